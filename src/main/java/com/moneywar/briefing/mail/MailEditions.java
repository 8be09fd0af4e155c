package com.moneywar.briefing.mail;

import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MailSettings;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.model.Story;
import com.moneywar.briefing.site.MailRenderer;
import com.moneywar.briefing.site.SiteRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Makes the e-mail editions of one briefing, one per language of the project, from a checked
 * briefing and the PDF editions a build wrote into the site folder. Not thread-safe; one per run.
 *
 * <pre>{@code
 * Result<Map<Lang, EmailEdition>> editions =
 *     new MailEditions(project, project.resolve("site")).of(briefing, Optional.empty());
 * }</pre>
 */
public final class MailEditions {
  static final String CONFIG = "briefing.properties";
  private final Path project;
  private final Path site;

  /** Editions of the project at {@code project}, whose PDF editions are under {@code site}. */
  public MailEditions(Path project, Path site) {
    this.project = project;
    this.site = site;
  }

  /**
   * The PDF edition a language's e-mail attaches, relative to the site folder. The one place that
   * knows where a build puts it.
   */
  public static String pdfPath(Story story, Lang lang) {
    return SiteRenderer.pdfPath(lang, story);
  }

  /** The newest briefing (by date, then slug), or the one with {@code slug}; a problem if there is none. */
  public static Result<Story> pick(Briefing briefing, Optional<String> slug) {
    List<Story> stories = briefing.stories();
    Lang first = briefing.config().languages().get(0);
    if (slug.isPresent()) {
      return stories.stream().filter(s -> s.slug().equals(slug.get())).findFirst().map(Result::ok)
          .orElseGet(() -> Result.failed(List.of(new Problem(SourcePos.whole("data/texts"),
              "expected the slug of a briefing (" + stories.stream().map(Story::slug).sorted()
                  .collect(Collectors.joining(", ")) + "), found '" + slug.get() + "'"))));
    }
    return stories.stream()
        .max(Comparator.comparing((Story s) -> s.in(first).date()).thenComparing(Story::slug, Comparator.reverseOrder()))
        .map(Result::ok)
        .orElseGet(() -> Result.failed(List.of(new Problem(SourcePos.whole("data/texts"),
            "expected a briefing text to mail, found none"))));
  }

  /**
   * The sender of an edition written to look at while {@code mail.from} is not set: an address of
   * the reserved {@code .invalid} domain (RFC 2606), which no mail server delivers to, and which says
   * what is missing.
   */
  public static final String PREVIEW_FROM = "mail-from-not-set@example.invalid";

  /** The editions of {@code story} to send, keyed by language; every missing setting or PDF is a problem. */
  public Result<Map<Lang, EmailEdition>> of(Briefing briefing, Story story) {
    return of(briefing, story, true);
  }

  /**
   * The editions of {@code story}, keyed by language, to look at ({@code sending} false) or to send.
   * To look at, they need no sender: without {@code mail.from} they are from {@link #PREVIEW_FROM}.
   */
  public Result<Map<Lang, EmailEdition>> of(Briefing briefing, Story story, boolean sending) {
    List<Problem> problems = new ArrayList<>();
    MailSettings settings = briefing.config().mail();
    if (settings.from().isEmpty() && sending) {
      problems.add(new Problem(SourcePos.whole(CONFIG), "expected 'mail.from' (the sender's address) to send the"
          + " e-mail edition, found no such key; add a line such as 'mail.from=briefing@example.org' to " + CONFIG));
    } else if (settings.from().isEmpty()) {
      settings = new MailSettings(PREVIEW_FROM, settings.fromName(), settings.replyTo(), settings.subject(),
          settings.unsubscribe());
    }
    MailRenderer renderer = new MailRenderer(com.moneywar.briefing.site.TemplateFiles.read(project.resolve("templates")));
    Map<Lang, EmailEdition> editions = new EnumMap<>(Lang.class);
    for (Lang lang : briefing.config().languages()) {
      String pdfPath = pdfPath(story, lang);
      Path pdfFile = site.resolve(pdfPath);
      byte[] pdf = new byte[0];
      try {
        pdf = Files.readAllBytes(pdfFile);
      } catch (IOException e) {
        problems.add(new Problem(SourcePos.whole(shown(pdfFile)), "expected the PDF edition " + shown(pdfFile)
            + " to attach, found none: run 'briefing build' first (or give --site)"));
      }
      Result<MailRenderer.Bodies> bodies = renderer.render(briefing, story, lang, fileName(pdfPath));
      if (bodies instanceof Result.Failed<MailRenderer.Bodies> failed) {
        problems.addAll(failed.problems());
        continue;
      }
      MailRenderer.Bodies b = bodies.orElseThrow();
      Article article = story.in(lang);
      editions.put(lang, new EmailEdition(story.slug(), lang, article.date(), settings,
          subject(settings.subject().in(lang), b), b.html(), b.text(), fileName(pdfPath), pdf));
    }
    return Result.of(editions, problems.stream().distinct().toList());
  }

  private static String subject(String pattern, MailRenderer.Bodies bodies) {
    return pattern.replace("{title}", bodies.title()).replace("{date}", bodies.date());
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** A path as the user knows it: relative to the project when inside it. */
  private String shown(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path root = project.toAbsolutePath().normalize();
    return abs.startsWith(root) ? root.relativize(abs).toString().replace('\\', '/') : abs.toString();
  }
}
