package com.moneywar.briefing.site;

import freemarker.template.Configuration;

/**
 * The templates as FreeMarker parsed them, kept from build to build by the key of the files they
 * were parsed from: a build whose {@link TemplateFiles} have the same key takes the same
 * configuration, with every template it parsed, instead of parsing them all again (a fifth of the
 * preview's rebuild of a small project). Files that could not be read (no key) are never kept.
 * Thread-safe.
 *
 * <pre>{@code
 * ParsedTemplates parsed = new ParsedTemplates();   // once, for the builds of one project
 * new SiteRenderer(TemplateFiles.read(templatesFolder)).withParsedTemplates(parsed);
 * }</pre>
 */
public final class ParsedTemplates {
  private String key = "";
  private Configuration config;

  /** The configuration for {@code files}: the kept one when its key is theirs, else a new one (then kept). */
  synchronized Configuration configuration(TemplateFiles files) {
    if (files.key().isEmpty()) {
      return Templates.configuration(files);
    }
    if (config == null || !key.equals(files.key())) {
      config = Templates.configuration(files);
      key = files.key();
    }
    return config;
  }
}
