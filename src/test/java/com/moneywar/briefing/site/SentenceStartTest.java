package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.SourcePos;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * An English figure that opens a sentence is written with a capital, as the writer would have typed
 * it, in titles and summaries (which every output takes from {@link EditionTexts}) and in the body;
 * inside a sentence it stays in lower case, a company's name keeps its own case, Korean is untouched.
 */
class SentenceStartTest {
  private static final Briefing B = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
  /** Shipped facts: an "up to" valuation and an "about" investment. */
  private static final String UP_TO = "{{valuation:anthropic-2024-03:amount}}";
  private static final String ABOUT = "{{investment:softbank-openai-2024-10:amount}}";

  private static Document body(String markdown, Lang lang) {
    Article text = new Article("t", lang, "t", LocalDate.of(2025, 12, 1), SourcePos.startOf("t.md"), "s",
        markdown, List.of(), "t.md", 1, List.of(), List.of(), List.of());
    return Jsoup.parse(new MarkdownRenderer().render(text, lang, new Figures(B),
        new MarkdownRenderer.Links(slug -> slug, Optional.empty())));
  }

  @Test
  void aTitleOrSummaryThatOpensWithAFigureIsCapitalised() {
    Figures figures = new Figures(B);
    assertThat(figures.inline(UP_TO + " for Anthropic", Lang.EN)).isEqualTo("Up to $18.4 billion for Anthropic");
    assertThat(figures.inline("Anthropic is worth " + UP_TO + ". " + ABOUT + " from SoftBank? " + ABOUT + "! " + ABOUT,
        Lang.EN)).isEqualTo("Anthropic is worth up to $18.4 billion. About $500 million from SoftBank? "
            + "About $500 million! About $500 million");
    assertThat(figures.inline("\"" + ABOUT + ",\" he said", Lang.EN)).isEqualTo("\"About $500 million,\" he said");
    assertThat(figures.inline("앤트로픽 " + UP_TO, Lang.KO)).isEqualTo("앤트로픽 최대 184억달러");
  }

  @Test
  void aFigureOpeningAHeadingAParagraphAListItemOrASentenceIsCapitalised() {
    Document en = body("## " + UP_TO + " for Anthropic\n\n" + ABOUT + " came from SoftBank. " + UP_TO
        + " was the value.\nIt was " + ABOUT + ".\n\n- " + ABOUT + " in cash\n- *" + UP_TO + "* in stock\n", Lang.EN);
    assertThat(en.select("h2").text()).isEqualTo("Up to $18.4 billion for Anthropic");
    assertThat(en.select("p").text()).isEqualTo(
        "About $500 million came from SoftBank. Up to $18.4 billion was the value. It was about $500 million.");
    assertThat(en.select("li").eachText()).containsExactly("About $500 million in cash", "Up to $18.4 billion in stock");
  }

  @Test
  void insideASentenceAfterAnAbbreviationInATableCellOrAsANameAFigureKeepsItsCase() {
    Document en = body("SoftBank, e.g. " + ABOUT + ", and " + UP_TO + " for Anthropic.\n\n"
        + "| Deal |\n| --- |\n| " + ABOUT + " |\n", Lang.EN);
    assertThat(en.select("p").eachText()).first().isEqualTo(
        "SoftBank, e.g. about $500 million, and up to $18.4 billion for Anthropic.");
    assertThat(en.select("td").text()).isEqualTo("about $500 million");
    // A name keeps the case its company writes it in (xAI, eBay).
    assertThat(new Figures(B).opensSentence(new com.moneywar.briefing.model.FigureRef("company", List.of("openai"), "name",
        "{{company:openai:name}}", SourcePos.startOf("t")), Lang.EN, "")).isFalse();
    assertThat(body(ABOUT + "를 투자했다.", Lang.KO).text()).isEqualTo("약 5억달러를 투자했다.");
  }

  @Test
  void sentenceStartsAfterAFullStopAnExclamationOrAQuestionNotAnAbbreviation() {
    assertThat(SentenceStart.after("")).isTrue();
    assertThat(SentenceStart.after("It rose. ")).isTrue();
    assertThat(SentenceStart.after("He said \"it rose.\" ")).isTrue();
    assertThat(SentenceStart.after("It rose. “")).isTrue();
    assertThat(SentenceStart.after("Mr. ")).isFalse();
    assertThat(SentenceStart.after("It rose to ")).isFalse();
    assertThat(SentenceStart.after("$1.5")).isFalse();
    assertThat(SentenceStart.capitalize("about $1 billion")).isEqualTo("About $1 billion");
    assertThat(SentenceStart.capitalize("$1 billion")).isEqualTo("$1 billion");
  }
}
