package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.cli.Main;
import com.moneywar.briefing.testing.BuiltSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The investments page shows the tables its record has rows for, under captions that say what they
 * hold. A new user whose briefing held licensing deals and rounds but no investment found an empty
 * "투자 내역" table (headers and a filter box) above them, and the deals under "투자가 아닌 거래(컴퓨팅
 * 구매·공급 계약·인수·지분·공동 투자)", which named every kind but theirs.
 */
class DataPageTablesTest {
  @TempDir Path dir;

  /** The project {@code init} writes. */
  private Path starter() {
    Path project = dir.resolve("project");
    java.io.StringWriter out = new java.io.StringWriter();
    assertThat(new Main(new java.io.PrintWriter(out), new java.io.PrintWriter(out)).run("init", project.toString()))
        .as(out.toString()).isZero();
    return project;
  }

  private static void withoutMoneyFlowsChart(Path project) throws IOException {
    Path charts = project.resolve("data/charts.csv");
    Files.write(charts, Files.readAllLines(charts, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.startsWith("money-flows,")).toList(), StandardCharsets.UTF_8);
  }

  @Test
  void aTableWithoutRowsIsLeftOutAndTheDealsCaptionNamesTheKindsHeld() throws IOException {
    Path project = starter();
    // The starter's one investment goes; its texts name the round it belongs to instead.
    Path investments = project.resolve("data/investments.csv");
    Files.writeString(investments, Files.readAllLines(investments, StandardCharsets.UTF_8).get(0) + "\n",
        StandardCharsets.UTF_8);
    // Without investments the money-flows chart has nothing to draw: only the valuations chart stays.
    withoutMoneyFlowsChart(project);
    for (String file : List.of("data/texts/first-briefing.ko.md", "data/texts/first-briefing.en.md",
        "briefing.properties")) {
      Path text = project.resolve(file);
      Files.writeString(text, Files.readString(text, StandardCharsets.UTF_8)
          .replace("investment:amazon-anthropic-2024-03", "round:anthropic-2024-03-amazon"), StandardCharsets.UTF_8);
    }
    Path site = BuiltSite.build(project, dir.resolve("site"));
    for (String lang : List.of("ko", "en")) {
      Document page = Jsoup.parse(site.resolve(lang + "/investments.html").toFile(), "UTF-8");
      List<String> captions = page.select("table caption").eachText();
      boolean ko = lang.equals("ko");
      assertThat(captions).as(lang).noneMatch(c -> c.startsWith(ko ? "투자 내역" : "Investments"));
      assertThat(captions).as(lang).anyMatch(c -> c.contains(ko ? "라운드" : "round"));
      // The starter's deal is a compute purchase, and the caption names that kind only.
      assertThat(captions).as(lang).contains(ko ? "투자가 아닌 거래(컴퓨팅 구매 약정)"
          : "Deals that are not investments (compute purchase commitment)");
      assertThat(page.select("table").stream().map(Element::text)).allMatch(t -> !t.isBlank());
      // Nor is the page introduced as one of investments committed and made.
      assertThat(page.select("main p").eachText()).contains(ko ? "이 브리핑의 기록에 있는 거래를 출처와 함께 모았습니다."
          : "The deals on this briefing's record, with their sources.");
    }
  }

  /**
   * Loans and bonds bought are listed under a caption of their own, never under "투자 내역": a new
   * user's only investment rows were two bond buyers' shares, and the page read "Investments".
   */
  @Test
  void sharesOfADebtRoundAreListedAsLoansAndBondsNotAsInvestments() throws IOException {
    Path project = starter();
    // The starter's one investment is Amazon's share of a round: made a loan (a TEST FIXTURE).
    Path rounds = project.resolve("data/rounds.csv");
    Files.writeString(rounds, Files.readString(rounds, StandardCharsets.UTF_8)
        .replace("anthropic-2024-03-amazon,anthropic,corporate,", "anthropic-2024-03-amazon,anthropic,debt,"),
        StandardCharsets.UTF_8);
    // With no investment left, the money-flows chart has nothing to draw.
    withoutMoneyFlowsChart(project);
    Path site = BuiltSite.build(project, dir.resolve("site"));
    for (String lang : List.of("ko", "en")) {
      Document page = Jsoup.parse(site.resolve(lang + "/investments.html").toFile(), "UTF-8");
      List<String> captions = page.select("table caption").eachText();
      boolean ko = lang.equals("ko");
      assertThat(captions).as(lang).noneMatch(c -> c.startsWith(ko ? "투자 내역" : "Investments"));
      assertThat(captions).as(lang).contains(ko ? "대출·채권 내역" : "Loans and bonds");
      Element table = page.select("table").stream().filter(t -> t.selectFirst("caption").text()
          .equals(ko ? "대출·채권 내역" : "Loans and bonds")).findFirst().orElseThrow();
      assertThat(table.select("tbody tr").eachAttr("id")).contains("amazon-anthropic-2024-03");
      assertThat(page.select("main p").eachText()).contains(ko ? "이 브리핑의 기록에 있는 거래를 출처와 함께 모았습니다."
          : "The deals on this briefing's record, with their sources.");
    }
  }
}
