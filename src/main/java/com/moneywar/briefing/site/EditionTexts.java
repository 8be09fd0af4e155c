package com.moneywar.briefing.site;

import static java.util.Objects.requireNonNull;

import com.moneywar.briefing.model.AsOf;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Story;

/**
 * An edition's own words as every output shows them (its page, the archive, the company pages, the
 * feed, the PDF, the e-mail and the search index): its title, its summary or any other of its plain
 * text with each data-bound placeholder filled in, in the text's language, from the record as it
 * stood on the edition's date ({@link AsOf#edition}), exactly as the briefing's page fills in its
 * body. The one way a title is written out: {@link SiteRenderer} and {@link MailRenderer} both take
 * it from here, and the search index through its {@code SearchWording}. Thread-safe (immutable).
 *
 * <pre>{@code
 * EditionTexts texts = new EditionTexts(story, new Figures(AsOf.edition(briefing, story)));
 * String subject = texts.title(Lang.KO);   // 오픈AI 5000억달러…마이크로소프트 지분 27%
 * }</pre>
 */
final class EditionTexts {
  private final Story story;
  private final Figures figures;

  /** The texts of {@code story}; {@code asOf} renders the figures of the record as of the edition's date. */
  EditionTexts(Story story, Figures asOf) {
    this.story = requireNonNull(story, "story");
    this.figures = requireNonNull(asOf, "asOf");
  }

  /** The title of the text in {@code lang}, its figures filled in. */
  String title(Lang lang) {
    return inline(story.in(lang).title(), lang);
  }

  /** The summary (the dek) of the text in {@code lang}, its figures filled in. */
  String summary(Lang lang) {
    return inline(story.in(lang).summary(), lang);
  }

  /** The title as HTML for the pages, each figure's amounts kept on one line ({@link Figures#inlineHtml}). */
  String titleHtml(Lang lang) {
    return figures.headlineHtml(story.in(lang).title(), lang);
  }

  /** The summary as HTML for the pages, each figure's amounts kept on one line. */
  String summaryHtml(Lang lang) {
    return figures.inlineHtml(story.in(lang).summary(), lang);
  }

  /** Any plain text of the edition in {@code lang} (a heading, a paragraph), its figures filled in. */
  String inline(String text, Lang lang) {
    return figures.inline(text, lang);
  }
}
