package com.moneywar.briefing.site.view;

import java.util.List;

/** {@code sitemap.ftlx}: every page in every language, each with its twins as hreflang alternates. */
public record Sitemap(List<Url> urls) implements TemplateRoot {
  public Sitemap {
    urls = List.copyOf(urls);
  }

  /** One page's absolute address and its language twins'. */
  public record Url(String loc, List<PageFrame.Alternate> alternates) {
    public Url {
      alternates = List.copyOf(alternates);
    }
  }

  @Override
  public String template() {
    return "sitemap.ftlx";
  }
}
