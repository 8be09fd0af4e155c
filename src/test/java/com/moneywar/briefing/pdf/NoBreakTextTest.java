package com.moneywar.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** A print document's figures as unbreakable text, for openhtmltopdf. */
class NoBreakTextTest {
  @Test
  void aFiguresWordsBecomeOneTextWithNoBreakSpaces() {
    Document doc = Jsoup.parse("<p>It paid <span class=\"figure\"><span class=\"nobr\">$2.75 billion</span></span> in all.</p>");
    NoBreakText.apply(doc);
    assertThat(doc.selectFirst("span.figure").wholeText()).isEqualTo("$2.75\u00A0billion");
  }

  @Test
  void anOpeningBracketOrQuoteBeforeAFigureGoesWithIt() {
    // A new user's PDF ended a line on "planned (", with "HK$4.35 billion)" on the next.
    Document doc = Jsoup.parse("<p>less than it had planned (<span class=\"figure\"><span class=\"nobr\">HK$4.35 billion)"
        + "</span></span> and “<span class=\"figure\"><span class=\"nobr\">more than</span> <span class=\"nobr\">$1 billion</span>"
        + "</span>” more.</p>");
    NoBreakText.apply(doc);
    assertThat(doc.select("span.figure").stream().map(org.jsoup.nodes.Element::wholeText)).containsExactly("(HK$4.35\u00A0billion)", "“more\u00A0than $1\u00A0billion");
    assertThat(doc.selectFirst("p").wholeText()).isEqualTo(
        "less than it had planned (HK$4.35\u00A0billion) and “more\u00A0than $1\u00A0billion” more.");
    // A bracket followed by a space is no opening bracket of the figure.
    Document spaced = Jsoup.parse("<p>a ( <span class=\"figure\"><span class=\"nobr\">$1</span></span></p>");
    NoBreakText.apply(spaced);
    assertThat(spaced.selectFirst("span.figure").text()).isEqualTo("$1");
    // A figure that writes nothing (a confirmed claim's words) takes nothing and breaks nothing.
    Document empty = Jsoup.parse("<p>as (<span class=\"figure\"></span>) said</p>");
    NoBreakText.apply(empty);
    assertThat(empty.selectFirst("p").text()).isEqualTo("as () said");
  }
}
