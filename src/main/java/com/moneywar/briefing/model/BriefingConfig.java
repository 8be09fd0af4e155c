package com.moneywar.briefing.model;

import static java.util.Objects.requireNonNull;

import java.net.URI;
import java.util.List;

/**
 * The project's settings from {@code briefing.properties}.
 *
 * @param baseUrl where the site is published, ending in {@code /}; used for canonical links
 * @param headlines the figures the home page leads with, in order
 * @param printStories how many of the newest briefings each PDF edition holds; the site keeps all
 * @param mail the e-mail edition's sender, subject and unsubscribe address ({@code mail.*})
 * @param fxMaxAgeDays how many days older than a fact its exchange rate may be ({@code fx-max-age-days})
 * @param dataPageRows how many rows a data page holds before it is split by year ({@code data-page-rows})
 */
public record BriefingConfig(
    Localized title,
    Localized tagline,
    Localized publisher,
    URI baseUrl,
    List<Lang> languages,
    Paper paper,
    List<FigureRef> headlines,
    int printStories,
    MailSettings mail,
    int fxMaxAgeDays,
    int dataPageRows) {
  /**
   * The default of {@code data-page-rows}: a data page holds this many rows (about 120 KB of HTML
   * for investments) before it is split into a part per year.
   */
  public static final int DEFAULT_DATA_PAGE_ROWS = 200;

  /** Settings whose data pages split at the default size. */
  public BriefingConfig(Localized title, Localized tagline, Localized publisher, URI baseUrl, List<Lang> languages,
      Paper paper, List<FigureRef> headlines, int printStories, MailSettings mail, int fxMaxAgeDays) {
    this(title, tagline, publisher, baseUrl, languages, paper, headlines, printStories, mail, fxMaxAgeDays,
        DEFAULT_DATA_PAGE_ROWS);
  }

  /** The PDF's default share of the briefings: a few weeks of a weekly desk, about 15 pages. */
  public static final int DEFAULT_PRINT_STORIES = 10;

  public BriefingConfig {
    requireNonNull(title, "title");
    requireNonNull(tagline, "tagline");
    requireNonNull(publisher, "publisher");
    requireNonNull(baseUrl, "baseUrl");
    languages = List.copyOf(languages);
    requireNonNull(paper, "paper");
    headlines = List.copyOf(headlines);
    if (printStories < 1) {
      throw new IllegalArgumentException("printStories must be at least 1, was " + printStories);
    }
    requireNonNull(mail, "mail");
    if (fxMaxAgeDays < 0) {
      throw new IllegalArgumentException("fxMaxAgeDays must not be negative, was " + fxMaxAgeDays);
    }
    if (dataPageRows < 1) {
      throw new IllegalArgumentException("dataPageRows must be at least 1, was " + dataPageRows);
    }
  }

  /** The default of {@code fx-max-age-days}: a rate at most a week older than the fact. */
  public static final int DEFAULT_FX_MAX_AGE_DAYS = 7;

  /** Settings without any {@code mail.*} key, and rates at most a week older than their facts. */
  public BriefingConfig(Localized title, Localized tagline, Localized publisher, URI baseUrl, List<Lang> languages,
      Paper paper, List<FigureRef> headlines, int printStories) {
    this(title, tagline, publisher, baseUrl, languages, paper, headlines, printStories, MailSettings.none(publisher),
        DEFAULT_FX_MAX_AGE_DAYS);
  }

  /** Settings without any {@code mail.*} key, with rates at most {@code fxMaxAgeDays} older than their facts. */
  public BriefingConfig(Localized title, Localized tagline, Localized publisher, URI baseUrl, List<Lang> languages,
      Paper paper, List<FigureRef> headlines, int printStories, int fxMaxAgeDays) {
    this(title, tagline, publisher, baseUrl, languages, paper, headlines, printStories, MailSettings.none(publisher),
        fxMaxAgeDays);
  }
}
