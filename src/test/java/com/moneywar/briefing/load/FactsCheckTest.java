package com.moneywar.briefing.load;

import static com.moneywar.briefing.testing.ShippedProject.positionOf;
import static com.moneywar.briefing.testing.ShippedProject.replace;
import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.pipeline.BuildSummary;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The new fact columns and rules, checked on a copy of the shipped briefing as a user would meet them. */
class FactsCheckTest {
  private static final String COMPANIES = "data/companies.csv";
  private static final String VALUATIONS = "data/valuations.csv";
  private static final String INVESTMENTS = "data/investments.csv";
  private static final String ROUNDS = "data/rounds.csv";
  private static final String TEXT_EN = "data/texts/ai-money-war-2024-03-28.en.md";
  private static final String TEXT_KO = "data/texts/ai-money-war-2024-03-28.ko.md";
  private static final String TEXT_EN_2025 = "data/texts/ai-money-war-2025-11-28.en.md";

  @TempDir Path dir;
  private Path project;

  @BeforeEach
  void copyShippedBriefing() {
    project = ShippedProject.copyTo(dir);
  }

  private List<String> problems() {
    return ShippedProject.checkProblems(project);
  }

  @Test
  void theEuropeanUnionIsACountryCodeACompanyMayHave() {
    // A new user could not enter the EU's InvestAI programme: 'EU' was refused.
    replace(project, COMPANIES, "mistral-ai,미스트랄AI,Mistral AI,ai-lab,FR", "mistral-ai,미스트랄AI,Mistral AI,ai-lab,EU");
    assertThat(new com.moneywar.briefing.pipeline.BriefingBuild(com.moneywar.briefing.pipeline.BuildListener.silent())
        .check(project).problems()).isEmpty();
    assertThat(new java.util.Locale("", "EU").getDisplayCountry(java.util.Locale.KOREAN)).isEqualTo("유럽 연합");
  }

  @Test
  void aCompanyWhoseHomeNoSourceStatesHasNoCountry() {
    // A new user had to invent countries for investors no source placed ("only what a source states").
    replace(project, COMPANIES, "mistral-ai,미스트랄AI,Mistral AI,ai-lab,FR", "mistral-ai,미스트랄AI,Mistral AI,ai-lab,");
    var checked = new com.moneywar.briefing.pipeline.BriefingBuild(com.moneywar.briefing.pipeline.BuildListener.silent())
        .check(project);
    assertThat(checked.problems()).isEmpty();
    assertThat(checked.orElseThrow().company("mistral-ai").orElseThrow().country()).isEmpty();
  }

  @Test
  void errorsInTwoTablesAndATextAreAllReportedInOneCheck() {
    replace(project, COMPANIES, "mistral-ai,미스트랄AI,Mistral AI,ai-lab,FR", "mistral-ai,미스트랄AI,Mistral AI,ai-lab,France");
    replace(project, VALUATIONS, "openai-2023,openai,29000000000,USD,exact", "openai-2023,openai,29000000000,USD,ceiling");
    replace(project, TEXT_EN, "{{investment:amazon-anthropic-t2}}", "{{investment:amazon-anthropic-t9}}");
    String text = positionOf(project, TEXT_EN, "{{investment:amazon-anthropic-t9}}");
    assertThat(problems()).containsExactly(
        positionOf(project, COMPANIES, "France")
            + ": error: expected an ISO 3166-1 two-letter country code such as US or FR (or EU for the European Union) in column 'country', found 'France'",
        text + ": error: expected the id of a row in data/investments.csv in {{investment:amazon-anthropic-t9}}, found no row 'amazon-anthropic-t9'",
        positionOf(project, VALUATIONS, "ceiling")
            + ": error: expected one of exact, up-to, less-than, about, at-least, more-than, range in column 'bound', found 'ceiling'");
  }

  @Test
  void theIdsARowNamesAreCheckedEvenWhenTheRowIsLeftOutForABadAmount() {
    // One run reports all four: the bad amount left the row out, and its company, source and rate
    // were mistyped too. Before, only the amount was reported, and the rest one fix later.
    replace(project, INVESTMENTS, "amazon-anthropic-2023,amazon,anthropic,commitment,,4000000000,USD,exact,announced,2023-09,"
        + "seed-2024-03-28,usd-krw-2024-03-28,", "amazon-anthropic-2023,amazn,anthropic,commitment,,40x00000000,USD,exact,"
        + "announced,2023-09,seed-2024-3-28,usd-krw-2024-03-2,");
    assertThat(problems()).containsExactly(
        positionOf(project, INVESTMENTS, "amazn,") + ": error: expected the id of a company in data/companies.csv,"
            + " found 'amazn'; did you mean 'amazon'?",
        positionOf(project, INVESTMENTS, "40x00000000") + ": error: expected a plain decimal number such as 2750000000"
            + " or 1.5 (no grouping, no currency sign) in column 'amount', found '40x00000000'",
        positionOf(project, INVESTMENTS, "seed-2024-3-28") + ": error: expected the id of a source in data/sources.csv,"
            + " found 'seed-2024-3-28'; did you mean 'seed-2024-03-28'?",
        positionOf(project, INVESTMENTS, "usd-krw-2024-03-2,") + ": error: expected the id of a row in"
            + " data/exchange_rates.csv or 'none', found 'usd-krw-2024-03-2'; did you mean 'usd-krw-2024-03-28'?");
  }

  @Test
  void aLeftOutRowsIdsAreNotReportedAgainWhenTheCellItselfIsBadOrTheIdExists() {
    // The source cell is no id at all: its own message only. The company and the rate exist.
    replace(project, INVESTMENTS, "amazon-anthropic-2023,amazon,anthropic,commitment,,4000000000,USD,exact,announced,2023-09,"
        + "seed-2024-03-28,", "amazon-anthropic-2023,amazon,anthropic,commitment,,40x00000000,USD,exact,announced,2023-09,"
        + "Seed 2024,");
    assertThat(problems()).hasSize(2).allSatisfy(p -> assertThat(p).doesNotContain("expected the id of a company")
        .doesNotContain("exchange_rates.csv").doesNotContain("expected the id of a source"));
  }

  @Test
  void aDateAnAmountAndAClaimWrittenAsPeopleWriteThemGetTheFormTheTableTakes() {
    replace(project, INVESTMENTS, "amazon-anthropic-2023,amazon,anthropic,commitment,,4000000000,USD,exact,announced,2023-09,",
        "amazon-anthropic-2023,amazon,anthropic,commitment,,40억달러,USD,exact,announced,Sept. 2023,");
    replace(project, VALUATIONS, "openai-2023,openai,29000000000,USD,exact", "openai-2023,openai,\"$29,000,000,000\",USD,exact");
    List<String> problems = problems();
    assertThat(problems).contains(
        positionOf(project, INVESTMENTS, "40억달러") + ": error: expected a plain decimal number such as 2750000000 or 1.5"
            + " (no grouping, no currency sign) in column 'amount', found '40억달러'; did you mean '4000000000'?",
        positionOf(project, INVESTMENTS, "Sept. 2023") + ": error: expected a date as YYYY, YYYY-MM or YYYY-MM-DD in"
            + " column 'date', found 'Sept. 2023'; did you mean '2023-09'?");
    assertThat(problems).anySatisfy(p -> assertThat(p).contains("found '$29,000,000,000'; did you mean '29000000000'?"));
  }

  @Test
  void aMistypedCurrencyBoundOrRoundTypeAndAnAmountWithItsSignGetTheCodeTheyMeant() {
    // New users' 'KWR' (KRW), 'aprox' (approx, which means about) and 'HK$4.8 billion' got no suggestion.
    replace(project, INVESTMENTS, "amazon-anthropic-2023,amazon,anthropic,commitment,,4000000000,USD,exact,",
        "amazon-anthropic-2023,amazon,anthropic,commitment,,HK$4.8 billion,KWR,aprox,");
    replace(project, ROUNDS, "openai-2025-03,openai,equity,softbank,", "openai-2025-03,openai,seris-b,SoftBank,");
    assertThat(problems()).contains(
        positionOf(project, ROUNDS, "SoftBank") + ": error: expected company ids separated by spaces in column 'lead',"
            + " found 'SoftBank'; ids are lower case: did you mean 'softbank'?",
        positionOf(project, INVESTMENTS, "HK$4.8 billion") + ": error: expected a plain decimal number such as 2750000000"
            + " or 1.5 (no grouping, no currency sign) in column 'amount', found 'HK$4.8 billion'; did you mean"
            + " '4800000000'?",
        positionOf(project, INVESTMENTS, "KWR") + ": error: expected an ISO 4217 currency code such as USD, EUR or KRW in"
            + " column 'currency', found 'KWR'; did you mean 'KRW'?",
        positionOf(project, INVESTMENTS, "aprox") + ": error: expected one of exact, up-to, less-than, about, at-least, more-than, range in"
            + " column 'bound', found 'aprox'; did you mean 'about'?",
        positionOf(project, ROUNDS, "seris-b") + ": error: expected one of pre-seed, seed, series-a … series-z, equity,"
            + " corporate, convertible-note, safe, secondary, debt, ipo in column 'type', found 'seris-b'; did you mean 'series-b'?");
  }

  @Test
  void aRatioOfValuesOnAnUnstatedAndAStatedBasisSaysToWriteABasisOnlyWhereASourceGivesIt() {
    // A new user read "the press's 'valued at' is most often post-money" as advice to write a basis
    // the source never gave.
    replace(project, TEXT_EN_2025, "\n## ", "\nIt grew {{ratio:anthropic-2023:anthropic-2025-03}} times.\n\n## ");
    assertThat(problems()).anySatisfy(p -> assertThat(p).contains("expected two comparable valuations")
        .endsWith("found 'anthropic-2023' on basis 'unstated' and 'anthropic-2025-03' on basis 'post-money' (where a"
            + " source says which value it is, write that basis; where none does, write the two values instead of a"
            + " multiple)"));
  }

  @Test
  void aRateOlderThanAllowedIsReportedAtTheFactsDate() {
    replace(project, INVESTMENTS, "invested,2024-10-02,wsj-2024-10-03,none", "invested,2024-10-02,wsj-2024-10-03,");
    String row = positionOf(project, INVESTMENTS, "thrive-openai-2024-10,");
    String date = positionOf(project, INVESTMENTS, "2024-10-02,wsj-2024-10-03,,");
    assertThat(date).startsWith(row.substring(0, row.lastIndexOf(':')));
    // The seed article's implied rate of 2024-03-28 is not offered: the row does not cite that article.
    assertThat(problems()).contains(date + ": error: expected a USD→KRW rate for 'thrive-openai-2024-10' in"
        + " data/exchange_rates.csv dated on or before 2024-10-02 and at most 7 days older, found none; nearest rates:"
        + " 'usd-krw-2025-10-29' (2025-10-29) (add a rate, name one in column 'fx', or write 'none' there)");
  }

  @Test
  void aRateRowLeftOutForItsOwnErrorHidesOnlyTheMissingRatesItMightHaveBeen() {
    replace(project, INVESTMENTS, "invested,2024-10-02,wsj-2024-10-03,none", "invested,2024-10-02,wsj-2024-10-03,");
    String date = positionOf(project, INVESTMENTS, "2024-10-02,wsj-2024-10-03,,");
    String missing = date + ": error: expected a USD→KRW rate for 'thrive-openai-2024-10' in";
    // TEST FIXTURE rates, each with a rate a spreadsheet wrote with a thousands separator.
    ShippedProject.appendRows(project, "data/exchange_rates.csv",
        "fixture-eur,EUR,KRW,\"1,470\",2024-10-01,seed-2024-03-28,market,,\n"
        + "fixture-old,USD,KRW,\"1,310\",2024-08-01,seed-2024-03-28,market,,\n");
    // Another currency, and a dollar rate two months too old: neither could have served the row,
    // whose missing rate is reported in the same run as the two bad rates.
    List<String> problems = problems();
    assertThat(problems).anySatisfy(p -> assertThat(p).startsWith(missing));
    assertThat(problems.stream().filter(p -> p.startsWith("data/exchange_rates.csv:"))).hasSize(2);

    // A dollar rate of the day before might have been the row's: nothing is said of the row until it is read.
    ShippedProject.appendRows(project, "data/exchange_rates.csv",
        "fixture-near,USD,KRW,\"1,330\",2024-10-01,seed-2024-03-28,market,,\n");
    assertThat(problems()).noneSatisfy(p -> assertThat(p).startsWith(missing));
  }

  @Test
  void anInvestorOutsideItsRoundAndAnInvestorListedTwiceAreRefused() {
    replace(project, INVESTMENTS, "nvidia-openai-2024-10,nvidia,openai", "nvidia-openai-2024-10,google,openai");
    replace(project, ROUNDS, "openai-2025-03,openai,equity,softbank,", "openai-2025-03,openai,equity,coatue,");
    List<String> problems = problems();
    assertThat(problems).contains(
        positionOf(project, INVESTMENTS, "google,openai,single")
            + ": error: expected an investor named in column 'lead' or 'participants' of round 'openai-2024-10', found 'google'",
        positionOf(project, ROUNDS, "microsoft coatue altimeter-capital thrive-capital,openai-2025-03")
            + ": error: expected each investor once, as lead or participant, found 'coatue' in both");
  }

  @Test
  void aMistypedInvestorIsOneErrorAtItsCellWithTheIdItMeant() {
    // nvidai is no company, so it is not reported again as an investor missing from its round.
    replace(project, INVESTMENTS, "nvidia-openai-2024-10,nvidia,openai", "nvidia-openai-2024-10,nvidai,openai");
    assertThat(problems()).containsExactly(positionOf(project, INVESTMENTS, "nvidai,openai")
        + ": error: expected the id of a company in data/companies.csv, found 'nvidai'; did you mean 'nvidia'?");
  }

  @Test
  void aMistypedInvestorOfARoundIsNeverSuggestedForAnInvestmentThatNamesTheRightOne() {
    // A new user's 'softbnak' in a round's participants gave the investment that names 'softbank' in that
    // round "did you mean 'softbnak'?": a suggestion comes only from the companies in data/companies.csv.
    replace(project, ROUNDS, "microsoft nvidia softbank khosla-ventures", "microsoft nvidia softbnak khosla-ventures");
    assertThat(problems()).containsExactly(
        positionOf(project, INVESTMENTS, "softbank,openai,single,,500000000")
            + ": error: expected an investor named in column 'lead' or 'participants' of round 'openai-2024-10', found"
            + " 'softbank'",
        positionOf(project, ROUNDS, "microsoft nvidia softbnak")
            + ": error: expected the id of a company in data/companies.csv, found 'softbnak'; did you mean 'softbank'?");
  }

  /** Test fixture (not shipped data): a secondary sale whose sources name its buyers and no lead. */
  private static final String NO_LEAD_ROUND = "fixture-secondary,openai,secondary,,thrive-capital softbank mgx,,"
      + "6600000000,,USD,about,2025-10,bloomberg-2024-10-02,,reported,none,,테스트용 행,Test fixture\n";

  private void write(String file, String text) {
    try {
      Files.writeString(project.resolve(file), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private void append(String file, String text) {
    try {
      Files.writeString(project.resolve(file), text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void aRoundWithoutALeadIsAcceptedAndARoleOfLeadInItIsRefused() {
    append(ROUNDS, NO_LEAD_ROUND);
    // MGX bought as one of the buyers (an empty role is the round's word: participant); SoftBank's row says 'lead'.
    append(INVESTMENTS, "fixture-mgx,mgx,openai,single,,1000000000,USD,about,invested,2025-10,bloomberg-2024-10-02,"
        + "none,,,,,fixture-secondary,,,,reported,,,\n"
        + "fixture-softbank,softbank,openai,single,,1000000000,USD,about,invested,2025-10,bloomberg-2024-10-02,"
        + "none,,,,,fixture-secondary,lead,,,reported,,,\n");
    assertThat(problems()).containsExactly(positionOf(project, INVESTMENTS, "lead,,,reported,,,") + ": error: expected role 'participant' (or an empty cell) as round 'fixture-secondary' names no lead"
        + " investor, found 'lead'");
  }

  @Test
  void aRoundWithoutALeadShowsOnTheDataAndCompanyPagesAndInTheTextsOfBothLanguages() throws IOException {
    append(ROUNDS, NO_LEAD_ROUND);
    replace(project, TEXT_EN_2025, "OpenAI raised {{round:openai-2024-10:amount}}",
        "In {{round:fixture-secondary:date}}, {{round:fixture-secondary:participants}} bought shares. "
            + "OpenAI raised {{round:openai-2024-10:amount}}");
    replace(project, "data/texts/ai-money-war-2025-11-28.ko.md", "오픈AI는 {{round:openai-2024-10:date}}",
        "{{round:fixture-secondary:date}} 구주 매각에는 {{round:fixture-secondary:investors}} 등이 참여했다. "
            + "오픈AI는 {{round:openai-2024-10:date}}");
    Path out = dir.resolve("out");
    Result<BuildSummary> built = new BriefingBuild(BuildListener.silent()).build(project, out, false);
    assertThat(built.problems()).isEmpty();
    for (String page : List.of("investments.html", "companies/openai.html", "companies/mgx.html")) {
      assertThat(leadCell(out.resolve("ko/" + page))).as(page).isEqualTo("밝혀지지 않음");
      assertThat(leadCell(out.resolve("en/" + page))).as(page).isEqualTo("not named");
    }
    assertThat(org.jsoup.Jsoup.parse(out.resolve("en/briefings/ai-money-war-2025-11-28.html").toFile(), "UTF-8")
        .select("main p").text()).contains("In October 2025, Thrive Capital, SoftBank Group and MGX bought shares.");
    assertThat(org.jsoup.Jsoup.parse(out.resolve("ko/briefings/ai-money-war-2025-11-28.html").toFile(), "UTF-8")
        .select("main p").text()).contains("2025년 10월 구주 매각에는 스라이브캐피털, 소프트뱅크그룹, MGX 등이 참여했다.");
  }

  /** The text of the lead investors' cell in the fixture round's row on a built page. */
  private static String leadCell(Path page) throws IOException {
    org.jsoup.nodes.Document doc = org.jsoup.Jsoup.parse(page.toFile(), "UTF-8");
    org.jsoup.nodes.Element row = doc.selectFirst("tr:has(td:matchesOwn(Test fixture|테스트용 행))");
    assertThat(row).as(page.toString()).isNotNull();
    org.jsoup.select.Elements headings = row.closest("table").select("thead th");
    int column = headings.eachText().indexOf(page.toString().contains("/ko/") ? "주도 투자자" : "Lead investors");
    assertThat(column).as(headings.eachText().toString()).isNotNegative();
    return row.select("> th, > td").get(column).text();
  }

  @Test
  void anEmptyRoleIsTheRoundsOwnWordForTheInvestor() {
    // Thrive Capital led the round of October 2024: its share needs no 'lead' in column 'role'.
    replace(project, INVESTMENTS, "openai-2024-10,lead,", "openai-2024-10,,");
    assertThat(new BriefingBuild(BuildListener.silent()).check(project).problems()).isEmpty();
  }

  @Test
  void aLeadOrParticipantsPlaceholderThatWouldNameNobodyIsRefusedWhereItStands() {
    append(ROUNDS, NO_LEAD_ROUND);
    replace(project, TEXT_EN_2025, "OpenAI raised {{round:openai-2024-10:amount}}",
        "Buyers: {{round:fixture-secondary:participants}}, lead {{round:fixture-secondary:lead}}; "
            + "{{round:anthropic-2024-11-amazon:participants}}. OpenAI raised {{round:openai-2024-10:amount}}");
    assertThat(problems()).containsExactly(
        positionOf(project, TEXT_EN_2025, "{{round:fixture-secondary:lead}}")
            + ": error: expected a round with a lead investor, found 'fixture-secondary', whose sources name none",
        positionOf(project, TEXT_EN_2025, "{{round:anthropic-2024-11-amazon:participants}}")
            + ": error: expected a round with participants besides its lead, found 'anthropic-2024-11-amazon',"
            + " whose sources name none");
  }

  @Test
  void placeholdersInTitleAndSummaryAreRenderedOnThePage() throws IOException {
    replace(project, TEXT_EN, "title: Amazon completes its Anthropic bet",
        "title: {{investment:amazon-anthropic-t2:amount}} more: Amazon completes its Anthropic bet");
    // A figure in a text must be on the record at the text's date (docs/series.md): this one is.
    replace(project, TEXT_KO, "summary: ", "summary: 오픈AI 기업가치는 {{valuation:openai-2024-03}}로 평가됐다. ");
    Path out = dir.resolve("out");
    Result<BuildSummary> built = new BriefingBuild(BuildListener.silent()).build(project, out, false);
    assertThat(built.problems()).isEmpty();
    String en = Files.readString(out.resolve("en/briefings/ai-money-war-2024-03-28.html"), StandardCharsets.UTF_8);
    assertThat(en).contains("<title>$2.75 billion more: Amazon completes").doesNotContain("{{");
    // The summary is the seed briefing's, shown on its own page (the home page shows the newest briefing).
    String ko = Files.readString(out.resolve("ko/briefings/ai-money-war-2024-03-28.html"), StandardCharsets.UTF_8);
    assertThat(ko).contains("오픈AI 기업가치는 860억달러(약 116조원)로 평가됐다.").doesNotContain("{{");
  }

  @Test
  void aBadPlaceholderInTheFrontMatterIsReportedAtItsPosition() {
    replace(project, TEXT_EN, "title: Amazon completes", "title: {{investment:nope:amount}} Amazon completes");
    assertThat(problems()).containsExactly(positionOf(project, TEXT_EN, "{{investment:nope")
        + ": error: expected the id of a row in data/investments.csv in {{investment:nope:amount}}, found no row 'nope'");
  }

  private static final String SPENDING = "data/spending.csv";

  /** Test fixture rows (not shipped data) added to data/spending.csv, created with its header when missing. */
  private void appendSpending(String rows) {
    if (!Files.exists(project.resolve(SPENDING))) {
      write(SPENDING, "id,company,kind,period,status,replaces,amount,amount_high,currency,bound,date,source,sources,"
          + "claim,alt_amount,alt_bound,alt_source,fx,approx_digits,note_ko,note_en\n");
    }
    append(SPENDING, rows);
  }

  /** A fixture row of Meta's 2025 capex guidance: id, kind, period, status, replaces, low, high and date as given. */
  private static String spendingRow(String id, String company, String kind, String period, String status,
      String replaces, String low, String high, String date) {
    return id + "," + company + "," + kind + "," + period + "," + status + "," + replaces + "," + low + "," + high
        + ",USD,range," + date + ",wyomingstar-2025-11-19,,,,,,none,,테스트용 행,Test fixture\n";
  }

  @Test
  void aSpendingRowsKindPeriodAndStatusAreCheckedAtTheirCellsAllAtOnce() {
    appendSpending(spendingRow("fx-kind", "meta", "capx", "2025", "guidance", "", "60000000000", "65000000000", "2025-01-29")
        + spendingRow("fx-half", "meta", "capex", "H1 2025", "planned", "", "60000000000", "65000000000", "2025-01-29")
        + spendingRow("fx-q5", "meta", "capex", "2025-Q5", "planned", "", "60000000000", "65000000000", "2025-01-29")
        + spendingRow("fx-years", "meta", "pledge", "2028-2025", "planned", "", "60000000000", "65000000000", "2025-01-29")
        + spendingRow("fx-fyq", "meta", "capex", "FY2026-Q1", "spnt", "", "60000000000", "65000000000", "2025-01-29"));
    assertThat(problems()).containsExactly(
        positionOf(project, SPENDING, "capx") + ": error: expected one of capex, ai-infrastructure, pledge in column"
            + " 'kind', found 'capx'; did you mean 'capex'?",
        positionOf(project, SPENDING, "guidance") + ": error: expected one of planned, spent, estimated in column"
            + " 'status', found 'guidance'; did you mean 'planned'?",
        positionOf(project, SPENDING, "H1 2025") + ": error: expected the period as 2025 (a calendar year), 2025-Q3"
            + " (a quarter), FY2025 (a fiscal year), FY2025-Q1 (a quarter of it) or 2025-2028 (calendar years) in"
            + " column 'period', found 'H1 2025'",
        positionOf(project, SPENDING, "2025-Q5") + ": error: expected a quarter Q1, Q2, Q3 or Q4 in column 'period',"
            + " found 'Q5' in '2025-Q5'",
        positionOf(project, SPENDING, "2028-2025") + ": error: expected the first year before the last in column"
            + " 'period' (2025-2028), found '2028-2025'",
        positionOf(project, SPENDING, "spnt") + ": error: expected one of planned, spent, estimated in column"
            + " 'status', found 'spnt'; did you mean 'spent'?");
  }

  @Test
  void aRevisionNamesOneEarlierFigureOfTheSameCompanyKindPeriodAndCurrency() {
    appendSpending(spendingRow("fx-jan", "meta", "capex", "2025", "planned", "", "60000000000", "65000000000", "2025-01-29")
        + spendingRow("fx-typo", "meta", "capex", "2025", "planned", "fx-jn", "64000000000", "72000000000", "2025-04-30")
        + spendingRow("fx-self", "meta", "capex", "2025", "planned", "fx-self", "64000000000", "72000000000", "2025-04-30")
        + spendingRow("fx-other", "google", "capex", "2025", "planned", "fx-jan", "64100000000", "72000000000", "2025-04-30")
        + spendingRow("fx-period", "meta", "capex", "2026", "planned", "fx-jan", "64200000000", "72000000000", "2025-04-30")
        + spendingRow("fx-apr", "meta", "capex", "2025", "planned", "fx-oct", "64000000000", "72000000000", "2025-04-30")
        + spendingRow("fx-oct", "meta", "capex", "2025", "planned", "fx-apr", "70000000000", "72000000000", "2025-10-29"));
    assertThat(problems()).containsExactly(
        positionOf(project, SPENDING, "fx-jn") + ": error: expected the id of an earlier row of data/spending.csv in"
            + " column 'replaces', found 'fx-jn'; did you mean 'fx-jan'?",
        positionOf(project, SPENDING, "fx-self,64") + ": error: expected the id of an earlier row in column 'replaces',"
            + " found 'fx-self', this row's own id",
        positionOf(project, SPENDING, "fx-jan,641")
            + ": error: expected an earlier figure of the same company, kind, period and currency (google, capex, 2025,"
            + " USD), found 'fx-jan' (meta, capex, 2025, USD)",
        positionOf(project, SPENDING, "fx-jan,642")
            + ": error: expected an earlier figure of the same company, kind, period and currency (meta, capex, 2026,"
            + " USD), found 'fx-jan' (meta, capex, 2025, USD)",
        positionOf(project, SPENDING, "fx-oct,64") + ": error: expected a row dated before this one (2025-04-30),"
            + " found 'fx-oct' dated 2025-10-29 (a revision comes after the figure it revises)",
        positionOf(project, SPENDING, "fx-oct,64") + ": error: expected revisions that lead back to a first figure,"
            + " found a circle: 'fx-apr' → 'fx-oct' → 'fx-apr'",
        positionOf(project, SPENDING, "fx-apr,70") + ": error: expected revisions that lead back to a first figure,"
            + " found a circle: 'fx-oct' → 'fx-apr' → 'fx-oct'");
  }

  @Test
  void twoRowsThatReviseTheSameFigureAreRefusedAtTheSecond() {
    appendSpending(spendingRow("fx-jan", "meta", "capex", "2025", "planned", "", "60000000000", "65000000000", "2025-01-29")
        + spendingRow("fx-apr", "meta", "capex", "2025", "planned", "fx-jan", "64000000000", "72000000000", "2025-04-30")
        + spendingRow("fx-oct", "meta", "capex", "2025", "planned", "fx-jan", "70000000000", "72000000000", "2025-10-29"));
    assertThat(problems()).containsExactly(positionOf(project, SPENDING, "fx-jan,70")
        + ": error: expected each figure to be revised once (a later revision replaces the latest one), found 'fx-jan'"
        + " replaced also by 'fx-apr'");
  }

  @Test
  void aChartThatNamesASpendingRowIsRefusedAtThatId() {
    appendSpending(spendingRow("fx-jan", "meta", "capex", "2025", "planned", "", "60000000000", "65000000000", "2025-01-29"));
    replace(project, "data/charts.csv", "money-flows,money-flows,,", "money-flows,money-flows,fx-jan,");
    replace(project, "data/charts.csv", "investment:amazon-anthropic-2023 investment:google-anthropic",
        "spending:fx-jan investment:google-anthropic");
    assertThat(problems()).containsExactly(
        positionOf(project, "data/charts.csv", "fx-jan,") + ": error: expected the id of a row in data/investments.csv,"
            + " found 'fx-jan', a row of data/spending.csv (a chart of kind 'spending' draws its rows)",
        positionOf(project, "data/charts.csv", "spending:fx-jan") + ": error: expected investment:ID, valuation:ID,"
            + " round:ID or flow:ID in column 'compare', found 'spending:fx-jan' (a chart of kind 'spending' draws spending rows)");
  }

  private static final String CAPEX_CHART = "capex,spending,,,,,,,,";

  @Test
  void aSpendingChartNamesFiguresThatStandAndRefusesWhatItDoesNotUse() {
    // A replaced figure, a row of another table, a mistyped id; then pin, series and period it does not use.
    replace(project, "data/charts.csv", CAPEX_CHART,
        "capex,spending,meta-capex-2025-04 amazon-anthropic-2023 amazon-capex-2025-01,,,,,,,");
    assertThat(problems()).containsExactly(
        positionOf(project, "data/charts.csv", "meta-capex-2025-04 ") + ": error: expected a spending figure that stands"
            + " (no revision replaces it), found 'meta-capex-2025-04', which was revised by 'meta-capex-2025-07'"
            + " (2025-07-30); name that row, or the latest figure 'meta-capex-2025-10' (2025-10-29)",
        positionOf(project, "data/charts.csv", "amazon-anthropic-2023 amazon-capex") + ": error: expected the id of a row in"
            + " data/spending.csv, found 'amazon-anthropic-2023', a row of data/investments.csv (a chart of kind"
            + " 'money-flows' draws its rows)",
        positionOf(project, "data/charts.csv", "amazon-capex-2025-01") + ": error: expected the id of a row in"
            + " data/spending.csv, found no row 'amazon-capex-2025-01'"); // not October's
  }

  @Test
  void aFlowPinnedOnAChartIsToldHowFlowsAreDrawn() {
    // A new user pinned a compute deal on the timeline, which draws flows, and read "no chart kind draws its rows by id".
    replace(project, "data/charts.csv", "timeline,timeline,,", "timeline,timeline,,anthropic-azure-2025-11");
    assertThat(problems()).containsExactly(positionOf(project, "data/charts.csv", "anthropic-azure-2025-11")
        + ": error: expected the id of a row in data/investments.csv, found 'anthropic-azure-2025-11', a row of"
        + " data/flows.csv (no chart names flows by id: a chart of kind 'timeline' with 'rows' empty draws every flow"
        + " of the record)");
  }

  @Test
  void aSpendingChartRefusesPinSeriesAndPeriod() {
    replace(project, "data/charts.csv", CAPEX_CHART, "capex,spending,,meta-capex-2025-10,,company,,,year,");
    assertThat(problems()).containsExactly(
        positionOf(project, "data/charts.csv", "meta-capex-2025-10,") + ": error: expected an empty cell in column"
            + " 'pin' for a spending chart (it leaves out no company's current plan; name rows in 'rows' to draw"
            + " others), found 'meta-capex-2025-10'",
        positionOf(project, "data/charts.csv", "company,,,year") + ": error: expected an empty cell in column 'series'"
            + " for a spending chart (its series are fixed), found 'company'",
        positionOf(project, "data/charts.csv", "year,\"빅테크 설비투자") + ": error: expected an empty cell in column 'period' (only"
            + " cumulative charts add up by period), found 'year'");
  }

  private static final String PLAN_SUM = "{{sum:spending:meta-capex-2025-10+amazon-capex-2025-10:amount}}";

  @Test
  void aSumOfSpendingAddsOnePeriodAndOneStatusOfTheFiguresThatStand() {
    appendSpending(spendingRow("fx-spent", "amazon", "capex", "2025", "spent", "", "80000000000", "90000000000", "2025-10-30"));
    String periods = "{{sum:spending:meta-capex-2025-10+microsoft-ai-dc-fy2025:amount}}";
    String statuses = "{{sum:spending:meta-capex-2025-10+fx-spent:amount}}";
    String superseded = "{{sum:spending:meta-capex-2025-04+amazon-capex-2025-10:amount}}";
    replace(project, TEXT_EN_2025, PLAN_SUM, periods + ", " + statuses + " or " + superseded);
    assertThat(problems()).containsExactly(
        positionOf(project, TEXT_EN_2025, periods) + ": error: expected rows of one period in " + periods + ", found"
            + " 'meta-capex-2025-10' (2025) and 'microsoft-ai-dc-fy2025' (FY2025) (spending over different periods is"
            + " not added up)",
        positionOf(project, TEXT_EN_2025, statuses) + ": error: expected rows of one status in " + statuses + ", found"
            + " 'meta-capex-2025-10' (planned) and 'fx-spent' (spent) (a plan, what was spent and an estimate do not"
            + " add up to one figure)",
        positionOf(project, TEXT_EN_2025, superseded) + ": error: expected the latest figure of each row in "
            + superseded + " as of the briefing's date 2025-11-28, found 'meta-capex-2025-04', revised by"
            + " 'meta-capex-2025-07' dated 2025-07-30 (add the figure that stands: spending:meta-capex-2025-10)");
  }
}
