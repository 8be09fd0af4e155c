package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.AsOf;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Story;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ChartTexts;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Funding rounds ({@code data/rounds.csv}) on the charts. New users writing round-heavy briefings
 * (AI chip start-ups, Anthropic) found no chart drew a round: the timeline drew Benchmark's $225
 * million share of a round but not Groq's $750 million round, and said nothing of the rounds it left
 * out; the money-flows chart left them out without a word; and {@code check} refused an edition's
 * timeline, "nothing to draw", on a record of six rounds. The Mistral AI rounds and shares added
 * here are TEST FIXTURES, not reported figures.
 */
class FundingRoundsChartTest {
  @TempDir static Path dir;
  private static Briefing briefing;
  private static Briefing pristine;

  @BeforeAll
  static void load() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    Files.writeString(project.resolve("data/sources.csv"),
        "fixture-rounds,시험용 출처(실제 보도 아님),Test fixture (not a real report),,,2022-06-01,,en\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    withStatusColumn(project);
    Files.writeString(project.resolve("data/rounds.csv"), ""
        // Drawn: closed, with an amount; reported and known only as a floor.
        + "fixture-mistral-d,mistral-ai,series-d,general-catalyst,,,600000000,,EUR,at-least,2025-06-10,fixture-rounds,,"
        + "reported,none,,시험용 값,Test value,closed\n"
        // Not drawn: in talks, called off, of undisclosed amount.
        + "fixture-mistral-e,mistral-ai,series-e,lightspeed,,,2000000000,,EUR,about,2025-09-01,fixture-rounds,,"
        + "reported,none,,시험용 값,Test value,talks\n"
        + "fixture-mistral-ipo,mistral-ai,ipo,,bessemer,,5000000000,,EUR,exact,2025-10-01,fixture-rounds,,"
        + "reported,none,,시험용 값,Test value,called-off\n"
        + "fixture-mistral-c,mistral-ai,series-c,,bessemer,,,,EUR,exact,2025-01-15,fixture-rounds,,"
        + "confirmed,none,,시험용 값,Test value,closed\n"
        // The record's first fact: a round before every deal.
        + "fixture-mistral-seed,mistral-ai,seed,lightspeed,,,100000000,,EUR,exact,2022-06-15,fixture-rounds,,"
        + "confirmed,none,,시험용 값,Test value,closed\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Path investments = project.resolve("data/investments.csv");
    assertThat(Files.readAllLines(investments, StandardCharsets.UTF_8).get(0)).isEqualTo("id,investor,investee,kind,"
        + "part_of,amount,currency,bound,status,date,source,fx,approx_digits,note_ko,note_en,replaces,round,role,"
        + "amount_high,sources,claim,alt_amount,alt_bound,alt_source");
    Files.writeString(investments, ""
        // A share of the round drawn: its money is in the round's point.
        + "fixture-gc-mistral,general-catalyst,mistral-ai,single,,200000000,EUR,exact,invested,2025-06-10,"
        + "fixture-rounds,none,,시험용 값,Test value,,fixture-mistral-d,,,,reported,,,\n"
        // A share of a round of undisclosed amount: drawn as an investment, as the round is not.
        + "fixture-bessemer-mistral,bessemer,mistral-ai,single,,100000000,EUR,exact,invested,2025-01-15,"
        + "fixture-rounds,none,,시험용 값,Test value,,fixture-mistral-c,,,,confirmed,,,\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    Files.writeString(project.resolve("data/charts.csv"),
        "euro-deals,timeline,,,,,EUR,,,유로 거래,Deals in euros,유로 거래를 시간순으로 놓았다.,Deals in euros by date.\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    // An edition whose record holds one funding round and nothing else yet.
    for (String lang : List.of("ko", "en")) {
      Files.writeString(project.resolve("data/texts/rounds-only-2022-07-01." + lang + ".md"),
          "---\ntitle: Rounds only " + lang + "\ndate: 2022-07-01\nsummary: One round on the record.\n"
              + "charts: timeline\n---\n\nNo deals yet.\n", StandardCharsets.UTF_8);
    }
    var result = new BriefingBuild(BuildListener.silent()).check(project);
    assertThat(result.problems()).isEmpty();
    briefing = result.orElseThrow();
    pristine = new BriefingBuild(BuildListener.silent()).check(ShippedProject.copyTo(dir.resolve("pristine")))
        .orElseThrow();
  }

  /** rounds.csv with the optional {@code status} column added last (the shipped file leaves it out). */
  private static void withStatusColumn(Path project) throws IOException {
    Path rounds = project.resolve("data/rounds.csv");
    List<String> lines = Files.readAllLines(rounds, StandardCharsets.UTF_8);
    assertThat(lines.get(0)).doesNotContain("status");
    Files.writeString(rounds, lines.stream().map(l -> l + (l.equals(lines.get(0)) ? ",status" : ","))
        .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
  }

  private static ChartImage chart(Briefing b, String id, Lang lang) {
    ChartSpec spec = b.charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    return new ChartRenderer().render(spec, b, lang);
  }

  @Test
  void aClosedRoundIsOnePointNamedAsTheTablesNameItAndItsSharesAreInIt() {
    for (Lang lang : Lang.values()) {
      ChartImage euros = chart(briefing, "euro-deals", lang);
      boolean ko = lang == Lang.KO;
      List<List<String>> rows = euros.table().subList(1, euros.table().size());
      // The round at its date and amount, with its bound and its status; no giver, as its money is its investors'.
      assertThat(rows).as(lang.code()).contains(List.of("2025-06-10", "", ko ? "미스트랄AI" : "Mistral AI",
          ko ? "투자 유치 라운드 · 시리즈D" : "Funding round · Series D", "EUR", "600000000", "at-least", "", "reported"));
      // General Catalyst's €200 million is inside the round's €600 million: never a second point.
      assertThat(rows).as(lang.code()).noneMatch(r -> r.contains(ko ? "제너럴캐털리스트" : "General Catalyst"));
      // Bessemer's share of a round of undisclosed amount is drawn as before: the round is not.
      assertThat(rows).as(lang.code()).anyMatch(r -> r.get(1).equals(ko ? "베서머벤처파트너스" : "Bessemer Venture Partners")
          && r.get(5).equals("100000000"));
      assertThat(rows).hasSize(4); // the seed round, Microsoft's €15 million, Bessemer's share, the Series D
      assertThat(euros.alt()).contains(ko ? "2025년 6월 10일 미스트랄AI · 시리즈D 라운드 최소 6억유로(보도)."
          : "On June 10, 2025, Mistral AI · Series D: at least €600 million (reported).");
      // Its kind has its key in the legend, as every kind the timeline draws.
      List<String> texts = ChartTexts.of(euros.svg()).stream().map(ChartTexts.Text::text).toList();
      assertThat(texts).contains(ko ? "투자 유치 라운드" : "Funding round");
      assertThat(euros.caption()).contains(ko
          ? "무산된 거래 1건(미스트랄AI · 기업공개(IPO)), 협상 중인 거래 1건(미스트랄AI · 시리즈E)과 금액이 밝혀지지 않은 거래"
              + " 1건(미스트랄AI · 시리즈C)은 그리지 않았다. 라운드 금액에 이미 포함된 투자자별 투자 1건(제너럴캐털리스트 →"
              + " 미스트랄AI)은 따로 그리지 않았다."
          : "Not drawn: 1 deal called off (Mistral AI · IPO), 1 deal still in talks (Mistral AI · Series E) and 1 deal"
              + " of undisclosed value (Mistral AI · Series C). Not drawn on their own, as their money is inside another"
              + " point: 1 investor's share of a round (General Catalyst → Mistral AI).");
    }
  }

  @Test
  void aTimelineOfOneCurrencyNamesTheRoundsOfTheOthersItLeavesOut() {
    // The dollar rounds are left out of the euro chart, and named so, round by round: never their
    // shares, whose money is in them, nor the flows without a word.
    String ko = chart(briefing, "euro-deals", Lang.KO).caption();
    String en = chart(briefing, "euro-deals", Lang.EN).caption();
    assertThat(ko).contains("통화가 달라 그래프에서 뺀 금액: ").contains("오픈AI · 지분 투자 66억달러", "앤스로픽 → 마이크로소프트 300억달러")
        .doesNotContain("스라이브캐피털");
    assertThat(en).contains("Left out as they are in another currency: ")
        .contains("OpenAI · Equity round $6.6 billion", "Anthropic → Microsoft $30 billion").doesNotContain("Thrive Capital");
  }

  @Test
  void theShippedTimelineDrawsEachDollarOnceAndSaysWhichRowsAreInsideAnotherPoint() {
    // The OpenAI rounds are points; the investors' shares of them are in those points; Amazon's
    // convertible-note round is in Amazon's commitment, of which its share is a part.
    ChartImage ko = chart(pristine, "timeline", Lang.KO);
    ChartImage en = chart(pristine, "timeline", Lang.EN);
    // Five shares: the first three named, the other two counted.
    // Amazon's commitment of September 2023, raised to $8 billion in November 2024, is in that point.
    assertThat(ko.caption()).contains("라운드 금액에 이미 포함된 투자자별 투자 5건(스라이브캐피털 → 오픈AI, 마이크로소프트 →"
        + " 오픈AI, 소프트뱅크그룹 → 오픈AI 외 2건), 투자 약정에 이미 포함된 라운드 1건(앤스로픽 · 전환사채)과 이후"
        + " 증액·변경된 약정에 포함된 이전 약정 1건(아마존 → 앤스로픽 · 2023년 9월)은 따로 그리지 않았다.");
    assertThat(en.caption()).contains("Not drawn on their own, as their money is inside another point: 5 investors'"
        + " shares of rounds (Thrive Capital → OpenAI, Microsoft → OpenAI, SoftBank Group → OpenAI and 2 more), 1 round"
        + " inside a commitment (Anthropic · Convertible note) and 1 earlier commitment that a later one raised or"
        + " changed, drawn at its new total (Amazon → Anthropic · September 2023).");
    assertThat(en.table()).anyMatch(r -> r.equals(List.of("2024-10-02", "", "OpenAI", "Funding round · Equity round",
        "USD", "6600000000", "exact", "", "confirmed")));
    assertThat(en.table()).noneMatch(r -> r.contains("Convertible note") || r.contains("Thrive Capital"));
  }

  @Test
  void theMoneyFlowsChartSaysWhichRoundsItCannotDrawAndWhy() {
    assertThat(chart(pristine, "money-flows", Lang.KO).caption())
        .contains("투자 유치 라운드 1건(앤스로픽 · 시리즈E)은 투자자별 금액이 없어 그리지 않았다.");
    assertThat(chart(pristine, "money-flows", Lang.EN).caption())
        .contains("1 funding round (Anthropic · Series E) is not drawn: it gives no amount per investor.");
    // A round with a share on record has its money drawn through it; a round not closed, or of no
    // amount, is no money raised.
    assertThat(chart(briefing, "money-flows", Lang.KO).caption())
        .contains("투자 유치 라운드 2건(앤스로픽 · 시리즈E, 미스트랄AI · 시드)은 투자자별 금액이 없어 그리지 않았다.");
    assertThat(chart(briefing, "money-flows", Lang.EN).caption()).contains("2 funding rounds (Anthropic · Series E,"
        + " Mistral AI · Seed) are not drawn: they give no amount per investor.");
  }

  @Test
  void anEditionWhoseRecordHoldsOnlyARoundHasATimelineOfIt() {
    Story early = briefing.stories().stream().filter(s -> s.slug().equals("rounds-only-2022-07-01")).findFirst()
        .orElseThrow();
    Briefing edition = AsOf.edition(briefing, early);
    assertThat(edition.charts()).extracting(ChartSpec::id).containsExactly("timeline");
    ChartImage timeline = chart(edition, "timeline", Lang.EN);
    assertThat(timeline.table()).hasSize(2);
    assertThat(timeline.table().get(1)).containsSequence("2022-06-15", "", "Mistral AI", "Funding round · Seed");
  }
}
