package com.moneywar.briefing.load;

import static com.moneywar.briefing.testing.ShippedProject.positionOf;
import static com.moneywar.briefing.testing.ShippedProject.replace;
import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of bad input, in a copy of the shipped briefing, gives its own positioned message. */
class ProjectCheckTest {
  private static final String INVESTMENTS = "data/investments.csv";
  private static final String VALUATIONS = "data/valuations.csv";

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
  void shippedBriefingHasNoProblems() {
    assertThat(new BriefingBuild(BuildListener.silent()).check(project)).isInstanceOf(Result.Ok.class);
  }

  @Test
  void aRowWithoutAnAmountNeedsNoExchangeRate() throws IOException {
    // A new user had to write fx=none on six USD rows whose price was not disclosed ("expected a
    // USD→KRW rate for 'msit-nvidia-2025-10' … found none"): a row with nothing to convert needs no rate.
    Path flows = project.resolve("data/flows.csv");
    Files.writeString(flows, Files.readString(flows).stripTrailing() + "\nanthropic-gpu-2025-11,compute-purchase,"
        + "anthropic,microsoft,,agreed,,,,,USD,exact,2025-11-19,wyomingstar-2025-11-19,,,,,,,,GPU 구매. 금액 미공개.,"
        + "GPU purchase; no price disclosed.\n", StandardCharsets.UTF_8);
    assertThat(new BriefingBuild(BuildListener.silent()).check(project)).isInstanceOf(Result.Ok.class);
    // A row with an amount on the same day still needs its rate.
    replace(project, "data/flows.csv", "microsoft,,agreed,,,,,USD,exact,2025-11-19", "microsoft,,agreed,,,5,,USD,exact,2025-11-19");
    assertThat(problems()).singleElement().asString().contains("expected a USD→KRW rate for 'anthropic-gpu-2025-11'");
  }

  @Test
  void aMissingTableOrTextFolderIsNamedWithoutALineOrColumn() throws IOException {
    Files.delete(project.resolve("data/exchange_rates.csv"));
    try (var texts = Files.list(project.resolve("data/texts"))) {
      for (Path text : texts.toList()) {
        Files.delete(text);
      }
    }
    Files.delete(project.resolve("data/texts"));
    assertThat(problems()).containsExactly(
        "data/exchange_rates.csv: error: expected the file data/exchange_rates.csv, found none",
        "data/texts: error: expected a folder of Markdown texts, found none");
  }

  @Test
  void aFactTableMayBeLeftOutAndEachReferenceToItsRowsSaysItIsMissing() throws IOException {
    // A new user's briefing on capital spending and its bonds stopped at "expected the file
    // data/valuations.csv, found none": it had no valuation to enter.
    Files.delete(project.resolve(VALUATIONS));
    assertThat(problems()).isNotEmpty().allSatisfy(p -> assertThat(p).contains("(the project has no data/valuations.csv)"));
  }

  @Test
  void aChartOfStakesIsNotSentToAMissingInvestmentsTable() throws IOException {
    // Walk 71: a deals briefing with no investments.csv, whose only stake row had a bad date, was told
    // "data/charts.csv:…: expected at least one row to plot, found none (the project has no
    // data/investments.csv)", while its money-flows chart draws stakes from flows.csv.
    Files.delete(project.resolve(INVESTMENTS));
    replace(project, "data/flows.csv", "USD,exact,2025-06-12,rttnews", "USD,exact,2025-06-31,rttnews");
    List<String> problems = problems();
    assertThat(problems).anyMatch(p -> p.startsWith("data/flows.csv:") && p.contains("2025-06-31"));
    // Line 2 is the money-flows chart (a cumulative chart adds up investments alone: told so, rightly).
    assertThat(problems).noneMatch(p -> p.startsWith("data/charts.csv:2:") && p.contains("found none"));
  }

  @Test
  void aTextFolderWithoutTextsIsAnErrorNamingTheFilesExpected() throws IOException {
    try (var texts = Files.list(project.resolve("data/texts"))) {
      for (Path text : texts.toList()) {
        Files.delete(text);
      }
    }
    Files.writeString(project.resolve("data/texts/notes.txt"), "not a text", StandardCharsets.UTF_8);
    assertThat(problems()).containsExactly("data/texts: error: expected at least one briefing in data/texts:"
        + " a text per language, SLUG.ko.md and SLUG.en.md (SLUG the briefing's id, such as"
        + " ai-money-war-2024-03-28), found no .md file");
  }

  @Test
  void reportsABadNumberAtItsCell() {
    replace(project, INVESTMENTS, ",2750000000,", ",27.5억,");
    assertThat(problems()).containsExactly(positionOf(project, INVESTMENTS, "27.5억")
        + ": error: expected a plain decimal number such as 2750000000 or 1.5 (no grouping, no currency sign)"
        + " in column 'amount', found '27.5억'; did you mean '2750000000'?");
  }

  @Test
  void aSourceMayBeInAnyLanguageNamedByItsIso639Code(@TempDir Path out) throws java.io.IOException {
    // A new user could not cite Nikkei or LatePost: only ko and en were accepted. A source's title is
    // in its own language, and the site marks it so (screen readers read it in that language).
    String sources = "data/sources.csv";
    replace(project, sources, "CNBC,,,2024-03-27,seed-2024-03-28,en",
        "CNBC,日経の見出し,,2024-03-27,seed-2024-03-28,ja");
    assertThat(new BriefingBuild(BuildListener.silent()).build(project, out.resolve("site")))
        .isInstanceOf(Result.Ok.class);
    org.jsoup.nodes.Document page = org.jsoup.Jsoup.parse(out.resolve("site/en/sources.html").toFile());
    assertThat(page.select("#source-cnbc-2024-03-27 span[lang=ja]")).extracting(org.jsoup.nodes.Element::text)
        .containsExactly("日経の見出し");
    // A country code is not a language: jp is Japan, ja its language.
    replace(project, sources, "seed-2024-03-28,ja", "seed-2024-03-28,jp");
    assertThat(problems()).containsExactly(positionOf(project, sources, "jp")
        + ": error: expected an ISO 639-1 two-letter language code such as ko, en or ja in column 'language',"
        + " found 'jp'");
  }

  @Test
  void reportsABadDate() {
    replace(project, INVESTMENTS, ",2024-03-27,", ",27/03/2024,");
    assertThat(problems()).containsExactly(positionOf(project, INVESTMENTS, "27/03/2024")
        + ": error: expected a date as YYYY, YYYY-MM or YYYY-MM-DD in column 'date', found '27/03/2024'; did you mean '2024-03-27'?");
  }

  @Test
  void aDateWithoutItsZerosGetsTheDateInFull() {
    replace(project, INVESTMENTS, ",2024-03-27,", ",2024-3-27,");
    assertThat(problems()).containsExactly(positionOf(project, INVESTMENTS, "2024-3-27")
        + ": error: expected a date as YYYY, YYYY-MM or YYYY-MM-DD in column 'date', found '2024-3-27'; did you mean '2024-03-27'?");
  }

  @Test
  void aDateInTheRightFormThatIsNoDayOfTheCalendarSaysWhy() {
    replace(project, INVESTMENTS, ",2024-03-27,", ",2024-03-32,");
    assertThat(problems()).containsExactly(positionOf(project, INVESTMENTS, "2024-03-32")
        + ": error: expected a day of the calendar as YYYY-MM-DD in column 'date', found '2024-03-32'"
        + " (March has 31 days)");
  }

  @Test
  void februaryHasItsLengthInThatYearAndDaysAndMonthsStartAtOne() {
    replace(project, INVESTMENTS, ",2024-03-27,", ",2023-02-29,");
    replace(project, VALUATIONS, ",USD,up-to,2024-03,", ",USD,up-to,2024-00,");
    replace(project, "data/sources.csv", ",2024-03-28,,ko", ",2024-03-00,,ko");
    assertThat(problems()).containsExactly(
        positionOf(project, INVESTMENTS, "2023-02-29") + ": error: expected a day of the calendar as YYYY-MM-DD"
            + " in column 'date', found '2023-02-29' (February 2023 has 28 days)",
        positionOf(project, "data/sources.csv", "2024-03-00") + ": error: expected a day of the calendar as YYYY-MM-DD"
            + " in column 'published', found '2024-03-00' (March has 31 days, numbered from 01)",
        positionOf(project, VALUATIONS, "2024-00") + ": error: expected a month of the calendar as YYYY-MM"
            + " in column 'date', found '2024-00' (months run from 01 to 12)");
  }

  @Test
  void reportsAnUnknownCurrency() {
    replace(project, VALUATIONS, ",EUR,", ",EURO,");
    assertThat(problems()).containsExactly(positionOf(project, VALUATIONS, "EURO")
        + ": error: expected an ISO 4217 currency code such as USD, EUR or KRW in column 'currency', found 'EURO';"
        + " did you mean 'EUR'?");
  }

  @Test
  void aCurrencyWrittenAsAnArticleWritesItIsOfferedItsCodeWhereverACurrencyIsRead() {
    replace(project, INVESTMENTS, ",2750000000,USD,", ",2750000000,RMB,");
    replace(project, "data/exchange_rates.csv", "\nusd-krw-2024-03-28,USD,KRW,", "\nusd-krw-2024-03-28,US$,₩,");
    replace(project, "data/charts.csv", "valuations,valuations,,,,,,log,", "valuations,valuations,,,,,¥,log,");
    String expected = ": error: expected an ISO 4217 currency code such as USD, EUR or KRW in column ";
    assertThat(problems()).containsExactly(
        positionOf(project, "data/charts.csv", "¥") + expected + "'currency', found '¥', the sign of both the yen (JPY)"
            + " and the yuan (CNY); write the code of the one meant",
        positionOf(project, "data/exchange_rates.csv", "US$") + expected + "'base', found 'US$'; did you mean 'USD'?",
        positionOf(project, "data/exchange_rates.csv", "₩") + expected + "'quote', found '₩'; did you mean 'KRW'?",
        positionOf(project, INVESTMENTS, "RMB") + expected + "'currency', found 'RMB'; did you mean 'CNY'?");
  }

  @Test
  void theGulfCurrenciesAsThePressWritesThemAreOfferedTheirCodes() {
    // A new user wrote "riyal" and "SR", as the Saudi press does, and got no suggestion.
    replace(project, INVESTMENTS, ",2750000000,USD,", ",2750000000,SR,");
    replace(project, INVESTMENTS, ",15000000,EUR,", ",15000000,riyal,");
    String expected = ": error: expected an ISO 4217 currency code such as USD, EUR or KRW in column 'currency', found ";
    assertThat(problems()).contains(positionOf(project, INVESTMENTS, "SR,") + expected + "'SR'; did you mean 'SAR'?",
        positionOf(project, INVESTMENTS, "riyal") + expected + "'riyal'; did you mean 'SAR'?");
  }

  @Test
  void reportsANegativeAmount() {
    replace(project, INVESTMENTS, ",15000000,", ",-15000000,");
    assertThat(problems()).containsExactly(positionOf(project, INVESTMENTS, "-15000000")
        + ": error: expected an amount of zero or more in column 'amount', found '-15000000'");
  }

  @Test
  void reportsADuplicateId() {
    replace(project, INVESTMENTS, "\nmicrosoft-mistral-2024,", "\nmicrosoft-openai-2023,");
    String first = positionOf(project, INVESTMENTS, "microsoft-openai-2023,");
    String firstLine = first.split(":")[1];
    assertThat(problems()).contains(INVESTMENTS + ":" + (Integer.parseInt(firstLine) + 1)
        + ":1: error: expected a unique id, found 'microsoft-openai-2023' again (first on line " + firstLine + ")");
  }

  @Test
  void aDuplicateIdDoesNotMoveTheFirstRowsProblemsToTheSecondRow() {
    // The first row names an unknown company (found only when the whole briefing is checked); the
    // second, with the same id, names a known one and is the one reported as the duplicate.
    replace(project, INVESTMENTS, "\nmicrosoft-openai-2023,microsoft,", "\nmicrosoft-openai-2023,microsft,");
    replace(project, INVESTMENTS, "\nmicrosoft-mistral-2024,", "\nmicrosoft-openai-2023,");
    String unknown = positionOf(project, INVESTMENTS, "microsft");
    String firstLine = unknown.split(":")[1];
    assertThat(problems()).contains(
        unknown + ": error: expected the id of a company in data/companies.csv, found 'microsft'; did you mean 'microsoft'?",
        INVESTMENTS + ":" + (Integer.parseInt(firstLine) + 1) + ":1: error: expected a unique id, found"
            + " 'microsoft-openai-2023' again (first on line " + firstLine + ")")
        .noneMatch(p -> p.startsWith(INVESTMENTS + ":" + (Integer.parseInt(firstLine) + 1) + ":")
            && !p.contains("expected a unique id"));
  }

  @Test
  void reportsAReferenceToAnUnknownCompany() {
    replace(project, INVESTMENTS, "\nmicrosoft-openai-2023,microsoft,", "\nmicrosoft-openai-2023,microsft,");
    assertThat(problems()).containsExactly(positionOf(project, INVESTMENTS, "microsft")
        + ": error: expected the id of a company in data/companies.csv, found 'microsft'; did you mean 'microsoft'?");
  }

  @Test
  void reportsAFactWithoutASource() {
    replace(project, VALUATIONS, ",seed-2024-03-28,eur-krw", ",,eur-krw");
    assertThat(problems()).containsExactly(positionOf(project, VALUATIONS, ",,eur-krw").replaceFirst(":(\\d+)$", "")
        + ":" + (Integer.parseInt(positionOf(project, VALUATIONS, ",,eur-krw").replaceFirst(".*:", "")) + 1)
        + ": error: expected the id of a source in data/sources.csv in column 'source', found an empty cell");
  }

  @Test
  void reportsAMissingTranslation() throws IOException {
    Files.delete(project.resolve("data/texts/ai-money-war-2024-03-28.en.md"));
    // The Korean text is still checked as the seed briefing, so the later briefings' links to it are not reported.
    assertThat(ShippedProject.withNoBrokenLinksToTheSeed(project, problems())).containsExactly("data/texts/ai-money-war-2024-03-28.ko.md:1:1: error: expected an English"
        + " text data/texts/ai-money-war-2024-03-28.en.md for this text, found none");
  }

  @Test
  void reportsAMisspelledColumnWithASuggestion() {
    replace(project, INVESTMENTS, ",amount,", ",amuont,");
    assertThat(problems()).containsExactly(
        positionOf(project, INVESTMENTS, "amuont") + ": error: expected one of the columns id, investor, investee,"
            + " kind, part_of, replaces, round, role, status, closed_as, amount, amount_high, currency, bound, date, source,"
            + " sources, claim, alt_amount, alt_bound, alt_source, alt_currency, fx, approx_digits, note_ko, note_en,"
            + " found 'amuont'; did you mean 'amount'?",
        positionOf(project, INVESTMENTS, "alt_source") + ": error: expected a column 'amount' in the header, found none");
  }

  @Test
  void reportsAMissingColumn() throws IOException {
    Path file = project.resolve(VALUATIONS);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    // Drop the 'bound' column (the fifth) from every line; no cell before it holds a comma.
    List<String> cut = lines.stream().map(l -> {
      String[] head = l.split(",", 6);
      return String.join(",", head[0], head[1], head[2], head[3], head[5]);
    }).toList();
    Files.write(file, cut, StandardCharsets.UTF_8);
    // Reported at the header's last cell.
    assertThat(problems()).containsExactly(positionOf(project, VALUATIONS, "sources,claim").replaceFirst(":(\\d+)$",
        ":" + (Integer.parseInt(positionOf(project, VALUATIONS, "sources,claim").replaceFirst(".*:", "")) + 8))
        + ": error: expected a column 'bound' in the header, found none");
  }

  @Test
  void reportsRowsWithTooFewCells() {
    replace(project, VALUATIONS, "\nopenai-2023,", "\nopenai-2023,openai\nx,");
    assertThat(problems()).anyMatch(p -> p.startsWith(positionOf(project, VALUATIONS, "openai-2023,openai").split(":")[0]
        + ":" + positionOf(project, VALUATIONS, "openai-2023,openai").split(":")[1] + ":")
        && p.contains("expected 14 cells as in the header, found 2"));
  }

  @Test
  void reportsAnUnknownFigureInProse() {
    String file = "data/texts/ai-money-war-2024-03-28.ko.md";
    replace(project, file, "{{investment:amazon-anthropic-t2}}", "{{investment:amazon-anthropic-t3}}");
    assertThat(problems()).containsExactly(positionOf(project, file, "{{investment:amazon-anthropic-t3}}")
        + ": error: expected the id of a row in data/investments.csv in {{investment:amazon-anthropic-t3}},"
        + " found no row 'amazon-anthropic-t3'");
  }

  @Test
  void reportsEveryErrorOfTheRunAcrossFiles() {
    replace(project, INVESTMENTS, ",2750000000,", ",2,750,000,000,");
    replace(project, VALUATIONS, ",2024-03,", ",2024-3,");
    replace(project, "data/companies.csv", ",FR,", ",France,");
    List<String> problems = problems();
    assertThat(problems).hasSize(3);
    assertThat(problems).anyMatch(p -> p.startsWith("data/companies.csv:") && p.contains("found 'France'"));
    assertThat(problems).anyMatch(p -> p.startsWith(INVESTMENTS + ":") && p.contains("expected 24 cells"));
    assertThat(problems).anyMatch(p -> p.startsWith(positionOf(project, VALUATIONS, "2024-3,") + ":"));
  }

  @Test
  void acceptsAByteOrderMarkAndCrlfLineEnds() throws IOException {
    Path file = project.resolve(INVESTMENTS);
    String text = Files.readString(file, StandardCharsets.UTF_8).replace("\n", "\r\n");
    Files.write(file, ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
    assertThat(new BriefingBuild(BuildListener.silent()).check(project)).isInstanceOf(Result.Ok.class);
  }

  @Test
  void frontMatterLinesStartingWithAHashAreCommentsAndAHashInAValueIsKept() {
    String text = "data/texts/ai-money-war-2024-03-28.en.md";
    replace(project, text, "title: Amazon completes", "# The headline, one line.\n  # Indented too.\n\n"
        + "title: #1 story: Amazon completes");
    var checked = new BriefingBuild(BuildListener.silent()).check(project);
    assertThat(checked.problems()).isEmpty();
    assertThat(checked.orElseThrow().stories().stream().filter(s -> s.slug().equals(ShippedProject.SEED)).findFirst()
        .orElseThrow().articles().get(com.moneywar.briefing.model.Lang.EN).title()).startsWith("#1 story: Amazon completes");
  }

  @Test
  void rejectsBytesThatAreNotUtf8() throws IOException {
    Path file = project.resolve("data/companies.csv");
    byte[] bytes = Files.readAllBytes(file);
    String text = new String(bytes, StandardCharsets.UTF_8);
    int at = text.indexOf("\n") + 1; // first byte of line 2
    bytes[at] = (byte) 0xC3;
    bytes[at + 1] = (byte) 0x28;
    Files.write(file, bytes);
    assertThat(problems()).containsExactly("data/companies.csv:2:1: error: expected UTF-8 text, found the byte 0xC3"
        + " that is not UTF-8 (save the file as UTF-8)");
  }

  @Test
  void reportsAnEmptyFile() throws IOException {
    Files.write(project.resolve("data/talent_offers.csv"), new byte[0]);
    assertThat(problems()).contains("data/talent_offers.csv:1:1: error: expected a header row (id,employer,role_ko,"
        + "role_en,period,status,amount,amount_high,currency,bound,date,source,sources,claim,alt_amount,alt_bound,alt_source,alt_currency,"
        + "fx,approx_digits,note_ko,note_en), found an empty file");
  }

  @Test
  void anApproximateCommitmentCoversPartsUpToHalfItsLastDigitMore() {
    // A TEST FIXTURE: Amazon's $4 billion made "about $4 billion", its tranches $4.25 billion in all. An
    // outlet's rounded total ("about ¥2.9 trillion" for ¥2.9025 trillion of parts) was refused.
    replace(project, INVESTMENTS, "amazon-anthropic-2023,amazon,anthropic,commitment,,4000000000,USD,exact,",
        "amazon-anthropic-2023,amazon,anthropic,commitment,,4000000000,USD,about,");
    replace(project, INVESTMENTS, ",1250000000,", ",1500000000,");
    assertThat(new com.moneywar.briefing.pipeline.BriefingBuild(com.moneywar.briefing.pipeline.BuildListener.silent())
        .check(project).problems()).isEmpty();
    // Beyond half a unit of its last digit: refused, saying what the words allow.
    replace(project, INVESTMENTS, ",1500000000,", ",2000000000,");
    assertThat(problems()).containsExactly(positionOf(project, INVESTMENTS, "4000000000")
        + ": error: expected the tranches of 'amazon-anthropic-2023' to add up to at most 4500000000 USD (about"
        + " 4000000000 USD), found 4750000000 USD: 'amazon-anthropic-t1' (line " + lineOf("amazon-anthropic-t1")
        + ") 2000000000 + 'amazon-anthropic-t2' (line " + lineOf("amazon-anthropic-t2") + ") 2750000000");
  }

  @Test
  void tranchesThatExceedTheirCommitmentAreEachNamedWithTheirLine() {
    // A new user was told the commitment's total was exceeded, but not by which rows: each part is
    // named with its line and amount, so the one that is wrong can be found.
    replace(project, INVESTMENTS, ",1250000000,", ",2250000000,");
    assertThat(problems()).containsExactly(positionOf(project, INVESTMENTS, "4000000000")
        + ": error: expected the tranches of 'amazon-anthropic-2023' to add up to at most 4000000000 USD, found"
        + " 5000000000 USD: 'amazon-anthropic-t1' (line " + lineOf("amazon-anthropic-t1") + ") 2250000000"
        + " + 'amazon-anthropic-t2' (line " + lineOf("amazon-anthropic-t2") + ") 2750000000");
  }

  @Test
  void aCommitmentCutToLessHoldsOnlyTheMoneyPaidInUnderTheOneItReplaces() {
    // "SoftBank will invest $30 billion, which may be cut to $20 billion": a cut is a new commitment that
    // replaces the first. Its tranches, planned, are not money it must hold; only what was paid in is.
    String cut = "softbank-openai-2025-12,softbank,openai,commitment,,20000000000,USD,exact,announced,2025-12-01,"
        + "itweb-2025-04-01,none,,축소.,Cut.,softbank-openai-2025-03,,,,,,,,\n";
    ShippedProject.appendRows(project, INVESTMENTS, cut);
    assertThat(new com.moneywar.briefing.pipeline.BriefingBuild(com.moneywar.briefing.pipeline.BuildListener.silent())
        .check(project).problems()).isEmpty();
    // Paid in beyond the new amount: refused, saying how the cut commitment was counted.
    replace(project, INVESTMENTS, "softbank-openai-2025-03-t2,softbank,openai,tranche,softbank-openai-2025-03,22500000000,USD,exact,planned,",
        "softbank-openai-2025-03-t2,softbank,openai,tranche,softbank-openai-2025-03,22500000000,USD,exact,invested,");
    assertThat(problems()).containsExactly(positionOf(project, INVESTMENTS, "20000000000")
        + ": error: expected the tranches of 'softbank-openai-2025-12' and the commitment it replaces to add up to"
        + " at most 20000000000 USD, found 22500000000 USD: 'softbank-openai-2025-03' (line "
        + positionOf(project, INVESTMENTS, "softbank-openai-2025-03,softbank,").split(":")[1] + ", replaced) 30000000000 (of 'softbank-openai-2025-03', which it"
        + " cuts, only the money paid in under it counts)");
  }

  @Test
  void aRaisedCommitmentThatIsExceededNamesTheCommitmentItReplacesAmongTheParts() {
    replace(project, INVESTMENTS, "amazon-anthropic-2024-11-new,amazon,anthropic,tranche,amazon-anthropic-2024-11,4000000000,",
        "amazon-anthropic-2024-11-new,amazon,anthropic,tranche,amazon-anthropic-2024-11,4500000000,");
    assertThat(problems()).containsExactly(positionOf(project, INVESTMENTS, "8000000000")
        + ": error: expected the tranches of 'amazon-anthropic-2024-11' and the commitment it replaces to add up to"
        + " at most 8000000000 USD, found 8500000000 USD: 'amazon-anthropic-2023' (line "
        + lineOf("amazon-anthropic-2023") + ", replaced) 4000000000 + 'amazon-anthropic-2024-11-new' (line "
        + lineOf("amazon-anthropic-2024-11-new") + ") 4500000000",
        // The new tranche is also Amazon's share of a round, now larger than the whole round.
        positionOf(project, INVESTMENTS, "4500000000") + ": error: expected an investor's share of round"
            + " 'anthropic-2024-11-amazon' (exact 4000000000 USD) to be at most 4000000000 USD, found 4500000000 USD,"
            + " more than the whole round; check the digits (an amount is in units of its currency: 6600000000 for"
            + " $6.6 billion) and the round named in column 'round'");
  }

  @Test
  void aShareLargerThanItsRoundIsRefusedWhateverTheWordsOfTheOtherShares() {
    // Nvidia's "about $100 million" typed with three zeros too many: $100 billion in a $6.6 billion
    // round, which the other shares ("a little less than a billion", "about") never summed against.
    replace(project, INVESTMENTS, "nvidia-openai-2024-10,nvidia,openai,single,,100000000,USD,about,",
        "nvidia-openai-2024-10,nvidia,openai,single,,100000000000,USD,about,");
    assertThat(problems()).containsExactly(positionOf(project, INVESTMENTS, "100000000000")
        + ": error: expected an investor's share of round 'openai-2024-10' (exact 6600000000 USD) to be at most"
        + " 6600000000 USD, found 100000000000 USD, more than the whole round; check the digits (an amount is in"
        + " units of its currency: 6600000000 for $6.6 billion) and the round named in column 'round'");
  }

  @Test
  void sharesThatTogetherExceedTheirRoundAreRefusedEachAtTheLeastItsWordsAllow() {
    // "About $5.5 billion" is at least $5.45 billion: with Thrive's $1.25 billion, more than $6.6 billion.
    // Microsoft's "up to" share counts for nothing, so it alone can never make the sum too large.
    replace(project, INVESTMENTS, "softbank-openai-2024-10,softbank,openai,single,,500000000,USD,about,",
        "softbank-openai-2024-10,softbank,openai,single,,5500000000,USD,about,");
    assertThat(problems()).containsExactly(positionOf(project, "data/rounds.csv", "6600000000")
        + ": error: expected the investors' reported shares of round 'openai-2024-10' (exact 6600000000 USD) to add"
        + " up to at most 6600000000 USD, found at least 6750000000 USD: 'thrive-openai-2024-10' (data/investments.csv"
        + " line " + rowLine("thrive-openai-2024-10") + ") 1250000000 + 'softbank-openai-2024-10' (data/investments.csv line "
        + rowLine("softbank-openai-2024-10") + ") 5500000000 + 'nvidia-openai-2024-10' (data/investments.csv line "
        + rowLine("nvidia-openai-2024-10") + ") 100000000 (an 'about' share counted at half a unit"
        + " of its last digit less)");
  }

  /** The line of the investments row that starts with this id. */
  private String rowLine(String id) {
    return positionOf(project, INVESTMENTS, id + ",").split(":")[1];
  }

  /** The line of the row with this id in the investments table. */
  private String lineOf(String id) {
    return positionOf(project, INVESTMENTS, id + ",amazon,").split(":")[1];
  }
}
