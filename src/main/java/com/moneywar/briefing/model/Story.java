package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/** A briefing in every language it is published in, keyed by language. */
public record Story(String slug, Map<Lang, Article> articles) {
  public Story {
    requireNonNull(slug, "slug");
    articles = Map.copyOf(articles);
  }

  public Article in(Lang lang) {
    Article article = articles.get(lang);
    if (article == null) {
      throw new IllegalArgumentException(slug + " has no " + lang.code() + " text");
    }
    return article;
  }
}
