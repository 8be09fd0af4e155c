package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.BuiltSite;
import java.io.IOException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Korean prose on the site keeps a figure with the syllables glued to it, and a closing bracket
 * or quote with the particle after it, in one {@code <span class="nobr">} (browsers break after
 * {@code )} even with {@code word-break: keep-all}). English is left to break at its spaces.
 */
class KoreanLineBreaksTest {
  private static Document page(String path) throws IOException {
    return Jsoup.parse(BuiltSite.shipped().resolve(path).toFile(), "UTF-8");
  }

  @Test
  void eachKoreanFigureSharesOneNoBreakSpanWithTheParticleAfterIt() throws IOException {
    Document ko = page("ko/briefings/ai-money-war-2024-03-28.html");
    assertThat(ko.select("main span.figure")).isNotEmpty()
        .allSatisfy(figure -> assertThat(figure.parent().is("span.nobr")).as(figure.parent().outerHtml()).isTrue());
    assertThat(ko.select("main span.nobr").eachText()).contains(
        "27억5000만달러(약 3조7100억원)를", "40억달러(약 5조4000억원)를", "최대 184억달러(약 25조원)로",
        "2024년 3월 27일(현지", "최대 100만달러(약 13억4600만원)에", "최대 4.5배로");
  }

  @Test
  void aClosingBracketOrQuoteInKoreanTextKeepsTheParticleAfterIt() throws IOException {
    Document ko = page("ko/briefings/ai-money-war-2024-03-28.html");
    assertThat(ko.select("main span.nobr").eachText())
        .contains("월스트리트저널(WSJ)은", "오픈AI’로", "‘마이크로소프트(MS)-오픈AI’", "인공지능(AI)", "전쟁’을")
        .doesNotContain("‘마침표’", "‘유럽의");
  }

  @Test
  void englishProseHasNoNoBreakSpans() throws IOException {
    Document en = page("en/briefings/ai-money-war-2024-03-28.html");
    assertThat(en.select("main span.figure")).isNotEmpty();
    assertThat(en.select("main span.nobr")).isEmpty();
  }
}
