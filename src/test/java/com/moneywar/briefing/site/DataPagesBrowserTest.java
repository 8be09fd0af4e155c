package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.NodeTools;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import nu.validator.validation.SimpleDocumentValidator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * A data page's part in headless Chromium, used as a reader would: the sorting button of a money
 * column reached and pressed with the keyboard orders the rows by their value in US dollars and
 * says so in {@code aria-sort}; typing into the filter box hides the other rows and announces how
 * many are shown. The part has no axe violation and no validator error with the script and without
 * it. Skipped without the browser on a developer's machine, failing where required, as {@link
 * AccessibilityTest}.
 */
class DataPagesBrowserTest {
  @TempDir static Path dir;
  private static Path site;

  /**
   * The shipped briefing plus one made-up valuation (in no real report) of USD 2.1 billion in
   * March 2024: more in dollars than Mistral AI's EUR 2 billion is as a number, less in value
   * (EUR 2 billion is about USD 2.14 billion at the month's rates, 1,445 and 1,349 won).
   */
  @BeforeAll
  static void build() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    Files.writeString(project.resolve("data/valuations.csv"), "tablesort-usd-2024,anthropic,2100000000,USD,exact,"
        + "2024-03,seed-2024-03-28,usd-krw-2024-03-28,,정렬 시험용 가상 수치.,A made-up figure for the sorting test.,,,\n",
        StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    // Parts of eight rows: the shipped pages, one page each at the default size, split by year as an
    // archive's are, so that the navigation between parts is there to test.
    Files.writeString(project.resolve("briefing.properties"), "\ndata-page-rows=8\n", StandardCharsets.UTF_8,
        StandardOpenOption.APPEND);
    site = dir.resolve("site");
    new BriefingBuild(BuildListener.silent()).build(project, site, false).orElseThrow();
  }

  /** Ascending by value in US dollars: USD 2.1 billion before EUR 2 billion (about USD 2.14 billion). */
  private static final List<String> BY_DOLLARS = List.of("tablesort-usd-2024", "mistral-ai-2024-03", "anthropic-2024-03",
      "openai-2024-03", "openai-2024-10");

  @Test
  void aMoneyColumnSortsByDollarsWithTheKeyboardAndTheFilterAnnouncesItsCount() throws Exception {
    NodeTools.skipOrFail("The browser tests", AccessibilityTest.missing(System.getenv()), System.getenv());
    for (String[] run : new String[][] {{"en", "Valuation", "Mistral", "Company"}, {"ko", "기업가치", "오픈AI", "기업"}}) {
      String lang = run[0];
      Path file = site.resolve(lang + "/valuations/2024.html");
      Path after = dir.resolve(lang + "-after-script.html");
      JsonNode out = check(file, run[1], run[2], after, run[3]);
      assertThat(out.get("external")).as("requests that left the site").isEmpty();
      assertThat(out.get("errors")).as("script errors").isEmpty();
      assertThat(out.get("toolsShown").asBoolean()).isTrue();
      assertThat(out.get("tabs").asInt()).as("Tab presses to reach the button").isLessThan(200);
      assertThat(out.get("headings")).allSatisfy(h -> assertThat(h.get("button").asBoolean()).isTrue());

      List<String> before = texts(out.get("before").get("ids"));
      assertThat(before).as("newest first, as written").hasSize(5);
      assertThat(texts(out.get("ascending").get("ids"))).containsExactlyElementsOf(BY_DOLLARS);
      assertThat(out.get("ascending").get("sort").get(1).asText()).isEqualTo("ascending");
      assertThat(texts(out.get("ascending").get("sort"))).filteredOn(s -> !s.equals("null")).hasSize(1);
      assertThat(out.get("ascending").get("status").asText())
          .isEqualTo(lang.equals("en") ? "Sorted by Valuation, ascending" : "기업가치 기준 오름차순 정렬");
      List<String> descending = new ArrayList<>(BY_DOLLARS);
      java.util.Collections.reverse(descending);
      assertThat(texts(out.get("descending").get("ids"))).containsExactlyElementsOf(descending);
      assertThat(out.get("descending").get("sort").get(1).asText()).isEqualTo("descending");

      // The filter: the rows whose text has the query, counted from the page as built.
      Document page = Jsoup.parse(file.toFile(), "UTF-8");
      String query = run[2].toLowerCase(Locale.ROOT);
      long matching = page.select("table.data tbody tr").stream()
          .filter(r -> r.text().toLowerCase(Locale.ROOT).contains(query)).count();
      assertThat(matching).isBetween(1L, 4L);
      assertThat(texts(out.get("filtered").get("ids"))).hasSize((int) matching);
      assertThat(out.get("filtered").get("status").asText()).isEqualTo(lang.equals("en")
          ? matching + " of 5 rows shown" : "전체 5건 중 " + matching + "건 표시");
      assertThat(out.get("live").get("role").asText()).isEqualTo("status");
      assertThat(out.get("live").get("live").asText()).isEqualTo("polite");
      assertThat(texts(out.get("cleared").get("ids"))).hasSize(5);

      // Text in the language's collation (Hangul in 가나다 order on the Korean page).
      List<String> names = texts(out.get("byText"));
      assertThat(names).hasSize(5).isSortedAccordingTo(java.text.Collator.getInstance(Locale.forLanguageTag(lang)));
      assertThat(names.get(0)).isEqualTo(lang.equals("en") ? "Anthropic" : "미스트랄AI");

      // The page as the script left it is still valid HTML.
      assertThat(validatorErrors(after)).isEmpty();
    }
  }

  @Test
  void aLinkToARowThatMovedToItsYearsPageFindsItThere() throws Exception {
    NodeTools.skipOrFail("The browser tests", AccessibilityTest.missing(System.getenv()), System.getenv());
    // Amazon's first commitment was on ko/investments.html while 2024 was the newest year.
    Path front = site.resolve("ko/investments.html");
    assertThat(Jsoup.parse(front.toFile(), "UTF-8").getElementById("amazon-anthropic-2023")).isNull();
    List<String> command = List.of("node", NodeTools.JS.resolve("tables.mjs").toString(), "follow", front.toString(),
        "amazon-anthropic-2023");
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    JsonNode out = new ObjectMapper().readTree(output.lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow());
    assertThat(out.get("url").asText()).endsWith("/ko/investments/2024.html#amazon-anthropic-2023");
    assertThat(out.get("target").asText()).isEqualTo("amazon-anthropic-2023");
    assertThat(out.get("errors")).isEmpty();
  }

  @Test
  void aPartHasNoAxeViolationWithOrWithoutTheScript() throws Exception {
    NodeTools.skipOrFail("The browser tests", AccessibilityTest.missing(System.getenv()), System.getenv());
    List<String> command = new ArrayList<>(List.of("node", NodeTools.JS.resolve("browser.mjs").toString(), "axe"));
    for (String part : List.of("ko/valuations/2024.html", "en/investments/2024.html", "en/investments.html")) {
      Path file = site.resolve(part);
      // Without the script: the same page beside it, its script element left out.
      String html = Files.readString(file, StandardCharsets.UTF_8);
      String without = html.replaceAll("<script src=\"[^\"]*tables\\.[0-9a-f]{10}\\.js\" defer></script>", "");
      assertThat(without).isNotEqualTo(html);
      Path noScript = file.resolveSibling(file.getFileName().toString().replace(".html", ".noscript.html"));
      Files.writeString(noScript, without, StandardCharsets.UTF_8);
      command.add(file.toString());
      command.add(noScript.toString());
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    List<String> lines = output.lines().filter(l -> l.startsWith("{")).toList();
    assertThat(lines).hasSize(12); // 3 parts × with and without the script × light and dark
    assertThat(lines).allSatisfy(line -> {
      assertThat(line).contains("\"violations\":[]");
      assertThat(line).contains("\"external\":[]");
    });
  }

  @Test
  void withoutTheScriptAPartReadsWholeAndItsToolsStayHidden() throws Exception {
    for (String lang : List.of("ko", "en")) {
      Document page = Jsoup.parse(site.resolve(lang + "/valuations/2024.html").toFile(), "UTF-8");
      assertThat(page.select(".table-tools")).allSatisfy(t -> assertThat(t.hasAttr("hidden")).isTrue());
      assertThat(page.select("table.data thead button")).as("buttons come with the script").isEmpty();
      assertThat(page.select("table.data tbody tr")).hasSize(5);
      assertThat(page.select("table.data thead th").eachAttr("data-sort"))
          .containsExactly("text", "number", "number", "text", "date", "text", "text");
      assertThat(validatorErrors(site.resolve(lang + "/valuations/2024.html"))).isEmpty();
    }
  }

  private static JsonNode check(Path file, String column, String query, Path after, String textColumn)
      throws Exception {
    List<String> command = List.of("node", NodeTools.JS.resolve("tables.mjs").toString(), "check", file.toString(),
        column, query, after.toString(), textColumn);
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return new ObjectMapper().readTree(output.lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow());
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static List<String> validatorErrors(Path file) throws Exception {
    List<String> errors = new ArrayList<>();
    ErrorHandler handler = new ErrorHandler() {
      @Override
      public void warning(SAXParseException e) {}

      @Override
      public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
      }

      @Override
      public void fatalError(SAXParseException e) {
        error(e);
      }
    };
    SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
    validator.setUpValidatorAndParsers(handler, false, false);
    validator.checkHtmlFile(file.toFile(), true);
    return errors;
  }
}
