package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Article;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Korean prose on the site keeps a figure with the syllables glued to it, and a closing bracket
 * or quote with the particle after it, in one {@code <span class="nobr">} (browsers break after
 * {@code )} even with {@code word-break: keep-all}). A list of names may break after each comma.
 * English is left to break at its spaces.
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

  private static Document rendered(String markdown, Lang lang) {
    Briefing b = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
    Article text = new Article("t", lang, "t", LocalDate.of(2025, 12, 1), com.moneywar.briefing.model.SourcePos.startOf("t.md"), "s",
        markdown, List.of(), "t.md", 1, List.of(), List.of(), List.of());
    return Jsoup.parse(new MarkdownRenderer().render(text, lang, new Figures(b),
        new MarkdownRenderer.Links(slug -> slug, Optional.empty())));
  }

  @Test
  void aKoreanFigureTooWideForAPhonesLineMayBreakBeforeItsBracketsOnly(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws IOException {
    // A new user's "220억~225억달러(약 31조4000억~32조1000억원)를" ran 36 px out of a 360 px page.
    // A TEST FIXTURE row, not a reported figure.
    java.nio.file.Path project = ShippedProject.copyTo(dir);
    java.nio.file.Path investments = project.resolve("data/investments.csv");
    String header = java.nio.file.Files.readAllLines(investments).get(0);
    assertThat(header).startsWith("id,investor,investee,kind,part_of,amount,currency,bound,status,date,source,fx,"
        + "approx_digits,note_ko,note_en,replaces,round,role,amount_high,");
    java.nio.file.Files.writeString(investments, "fixture-wide,amazon,anthropic,single,,22000000000,USD,range,invested,"
        + "2024-03-28,seed-2024-03-28,usd-krw-2024-03-28,,,,,,,22500000000" + ",".repeat(header.split(",", -1).length - 19)
        + "\n", java.nio.file.StandardOpenOption.APPEND);
    Briefing b = new BriefingBuild(BuildListener.silent()).check(project).orElseThrow();
    Article text = new Article("t", Lang.KO, "t", LocalDate.of(2025, 12, 1), com.moneywar.briefing.model.SourcePos.startOf("t.md"),
        "s", "아마존은 앤스로픽에 {{investment:fixture-wide}}를 넣었다.", List.of(), "t.md", 1, List.of(), List.of(), List.of());
    Document ko = Jsoup.parse(new MarkdownRenderer().render(text, Lang.KO, new Figures(b),
        new MarkdownRenderer.Links(slug -> slug, Optional.empty())));
    org.jsoup.nodes.Element figure = ko.selectFirst("span.figure");
    assertThat(figure.parent().is("span.nobr")).as(figure.parent().outerHtml()).isFalse();
    assertThat(figure.select("span.nobr").eachText()).containsExactly("220억~225억달러", "(약 29조7000억~30조4000억원)를");
    assertThat(KoreanWords.ems(figure.text())).isGreaterThan(KoreanWords.LINE_EM);
    // A figure that fits stays whole with its particle, brackets and all.
    Document short_ = rendered("아마존은 {{investment:amazon-anthropic-t2}}를 더 넣었다.", Lang.KO);
    assertThat(short_.selectFirst("span.figure").parent().is("span.nobr")).isTrue();
    assertThat(short_.select("span.figure").first().parent().text()).isEqualTo("27억5000만달러(약 3조7100억원)를");
  }

  @Test
  void aTitleOrSummaryKeepsEachFigureAndEachKoreanWordWhole() {
    // A new user's summary broke "220억" / "~225억달러" on the home page, and started a line with "·SK하이닉스와".
    Briefing b = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
    Figures figures = new Figures(b);
    Document ko = Jsoup.parseBodyFragment(figures.inlineHtml(
        "아마존이 {{investment:amazon-anthropic-t2}}를 더 넣었고 삼성전자·SK하이닉스와 <손잡았다>.", Lang.KO));
    assertThat(ko.select("span.figure > span.nobr").eachText()).containsExactly("27억5000만달러(약 3조7100억원)를");
    assertThat(ko.select("span.nobr").eachText()).contains("삼성전자·SK하이닉스와");
    assertThat(ko.text()).isEqualTo("아마존이 27억5000만달러(약 3조7100억원)를 더 넣었고 삼성전자·SK하이닉스와 <손잡았다>.")
        .isEqualTo(figures.inline("아마존이 {{investment:amazon-anthropic-t2}}를 더 넣었고 삼성전자·SK하이닉스와 <손잡았다>.",
            Lang.KO));
    Document en = Jsoup.parseBodyFragment(figures.inlineHtml("Amazon added {{investment:amazon-anthropic-t2}}.", Lang.EN));
    assertThat(en.select("span.figure > span.nobr").eachText()).containsExactly("$2.75 billion", "(about ₩3.71 trillion).");
  }

  @Test
  void aRunOfWordsJoinedByDotsWiderThanAHeadlinesLineMayBreakAtItsDots() {
    // A new user's headline "…베팅…스타게이트·암페어·사카이까지" was one unbreakable run 457 px wide on a 360 px phone.
    Briefing b = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
    String title = "소프트뱅크, 오픈AI에 베팅…스타게이트·암페어·사카이까지 삼성전자·SK하이닉스와";
    Document ko = Jsoup.parseBodyFragment(new Figures(b).headlineHtml(title, Lang.KO));
    assertThat(ko.select("span.nobr").eachText()).containsExactly("삼성전자·SK하이닉스와");
    // In a summary, set as the body is, the run fits a phone's line and is kept whole.
    assertThat(Jsoup.parseBodyFragment(new Figures(b).inlineHtml(title, Lang.KO)).select("span.nobr").eachText())
        .containsExactly("베팅…스타게이트·암페어·사카이까지", "삼성전자·SK하이닉스와");
  }

  @Test
  void aListOfNamesMayBreakBetweenItsNamesAndKeepsOnlyTheLastWithTheParticle() {
    Document ko = rendered("참여사는 {{round:openai-2025-03:investors}}였다.", Lang.KO);
    assertThat(ko.text()).isEqualTo("참여사는 소프트뱅크그룹, 마이크로소프트, 코튜매니지먼트, 알티미터캐피털, 스라이브캐피털였다.");
    // No no-break span holds more than one name: the line may break after every comma.
    assertThat(ko.select("span.nobr")).allSatisfy(
        nobr -> assertThat(nobr.select("span.figure")).as(nobr.outerHtml()).hasSize(1));
    assertThat(ko.select("span.nobr").eachText()).containsExactly(
        "소프트뱅크그룹,", "마이크로소프트,", "코튜매니지먼트,", "알티미터캐피털,", "스라이브캐피털였다.");
    Document en = rendered("{{round:openai-2025-03:investors}} took part.", Lang.EN);
    assertThat(en.text()).isEqualTo("SoftBank Group, Microsoft, Coatue Management, Altimeter Capital and Thrive Capital took part.");
    assertThat(en.select("span.figure")).hasSize(5);
  }

  @Test
  void theParticipantsAloneAreListedAsTheInvestorsAreEachNameItsOwnFigure() {
    Document ko = rendered("{{round:openai-2025-03:lead}} 주도 라운드에 {{round:openai-2025-03:participants}} 등이 참여했다.",
        Lang.KO);
    assertThat(ko.text()).isEqualTo(
        "소프트뱅크그룹 주도 라운드에 마이크로소프트, 코튜매니지먼트, 알티미터캐피털, 스라이브캐피털 등이 참여했다.");
    assertThat(ko.select("span.nobr")).allSatisfy(
        nobr -> assertThat(nobr.select("span.figure")).as(nobr.outerHtml()).hasSize(1));
    assertThat(ko.select("span.figure").eachText()).containsExactly("소프트뱅크그룹", "마이크로소프트", "코튜매니지먼트",
        "알티미터캐피털", "스라이브캐피털");
    Document en = rendered("{{round:openai-2025-03:participants}} joined.", Lang.EN);
    assertThat(en.text()).isEqualTo("Microsoft, Coatue Management, Altimeter Capital and Thrive Capital joined.");
    assertThat(en.select("span.figure")).hasSize(4);
  }

  @Test
  void englishProseKeepsEachAmountOfAFigureAndThePunctuationAfterItOnOneLine() throws IOException {
    // English breaks as it likes, but never inside an amount or a range ("₩7–" / "14 billion"), and
    // the PDF's line breaker would start a line with the "," after "March 27, 2024": each piece of a
    // figure that holds a number is one no-break span, the last with the punctuation glued to it.
    Document en = page("en/briefings/ai-money-war-2024-03-28.html");
    assertThat(en.select("main span.figure")).isNotEmpty();
    // (The key-figure cards keep their amounts so too, checked by FigurePiecesTest: the prose is checked here.)
    assertThat(en.select("main span.nobr").stream().filter(e -> e.closest(".headlines") == null).toList())
        .isNotEmpty().allSatisfy(keep -> assertThat(
        keep.parent().is("span.figure") && keep.text().matches(".*\\d.*|.*[,.;:!?)\\]”’'\"]")
            || keep.select("span.figure").size() == 1 && keep.select("span.figure a").size() == 1)
        .as(keep.outerHtml()).isTrue());
    Document full = rendered("Amazon put in {{investment:amazon-anthropic-t2}}, the rest of its pledge.", Lang.EN);
    assertThat(full.select("span.figure span.nobr").eachText())
        .containsExactly("$2.75 billion", "(about ₩3.71 trillion),");
    // The reader, a search engine and a copy see the figure's text unchanged.
    assertThat(full.text()).isEqualTo("Amazon put in $2.75 billion (about ₩3.71 trillion), the rest of its pledge.");
    Document dates = rendered("It was agreed on {{investment:amazon-anthropic-2023:date}}, and paid later.", Lang.EN);
    assertThat(dates.select("span.nobr").eachText()).containsExactly("September 2023,");
    assertThat(com.moneywar.briefing.site.view.FigurePieces.of("up to $5–10 million (about ₩7–14 billion; denied)"))
        .containsExactly("up to", " ", "$5–10 million", " ", "(about ₩7–14 billion;", " ", "denied)");
    // A date's comma is no place to break: a new user's "October 26," / "2025".
    assertThat(com.moneywar.briefing.site.view.FigurePieces.of("October 26, 2025")).containsExactly("October 26, 2025");
    assertThat(com.moneywar.briefing.site.view.FigurePieces.of("$1 billion (about ₩1.4 trillion, reported)"))
        .containsExactly("$1 billion", " ", "(about ₩1.4 trillion,", " ", "reported)");
  }
}
