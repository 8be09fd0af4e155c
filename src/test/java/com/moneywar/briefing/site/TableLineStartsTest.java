package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.BuiltSite;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * A table cell's line never starts with the dot between its pieces nor with the arrow between two
 * names: a new user's Korean tables read "5000억달러 / · 보도" and "단건 투자 / · 지분 투자(주도)" as
 * list items, and a narrow first column set "오픈AI / → / AMD" on three lines.
 */
class TableLineStartsTest {
  /** The cell's text as a browser may break it: a plain space is a break, one inside a no-break span is not. */
  private static String breakable(Element cell) {
    Element copy = cell.clone();
    for (Element nobr : copy.select("span.nobr")) {
      for (TextNode t : nobr.textNodes()) {
        t.text(t.getWholeText().replace(' ', '\u00a0'));
      }
    }
    StringBuilder out = new StringBuilder();
    copy.traverse((node, depth) -> {
      if (node instanceof TextNode t) {
        out.append(t.getWholeText());
      }
    });
    return out.toString();
  }

  @Test
  void noLineOfACellStartsWithTheDotOrTheArrow() throws IOException {
    int pieces = 0;
    int pairs = 0;
    for (String page : List.of("ko/investments.html", "en/investments.html", "ko/companies/openai.html",
        "en/companies/anthropic.html", "ko/valuations.html")) {
      Document doc = Jsoup.parse(Files.readString(BuiltSite.shipped().resolve(page)));
      for (Element cell : doc.select("main td, main th[scope=row]")) {
        String text = breakable(cell);
        assertThat(text).as(page + ": " + cell.outerHtml()).doesNotContain(" ·").doesNotContain(" →");
        pieces += cell.is(".pieces") || !cell.select("span.nobr").isEmpty() ? 1 : 0;
        pairs += text.contains("→") ? 1 : 0;
      }
    }
    // The pages hold cells of both kinds: the check above looked at some.
    assertThat(pieces).isGreaterThan(10);
    assertThat(pairs).isGreaterThan(10);
  }
  @Test
  void aChartsCaptionKeepsTheDotAndTheArrowOfADealsNameOnTheLineBefore() throws IOException {
    // A phone's caption broke "(앤스로픽 / · 시리즈E".
    int arrows = 0;
    for (String page : List.of("ko/briefings/ai-money-war-2025-11-28.html", "en/briefings/ai-money-war-2025-11-28.html")) {
      Document doc = Jsoup.parse(Files.readString(BuiltSite.shipped().resolve(page)));
      for (Element caption : doc.select("figcaption")) {
        String text = breakable(caption);
        assertThat(text).as(page + ": " + caption.text()).doesNotContain(" · ").doesNotContain(" → ");
        arrows += text.contains("→") ? 1 : 0;
      }
    }
    assertThat(arrows).isGreaterThan(1);
  }
}
