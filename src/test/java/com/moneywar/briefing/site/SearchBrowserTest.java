package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.search.SearchTerms;
import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.NodeTools;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Types queries into the search box of a built site in headless Chromium and reads the results,
 * as a reader would: a word found whatever particle follows it, a company and its deal under
 * either name, "no results" said in words, nothing requested from the network. Also runs the
 * shared term cases through the page's own script, so the browser and the index agree. Skipped
 * without the browser on a developer's machine, failing where required, as {@link AccessibilityTest}.
 */
class SearchBrowserTest {
  private static final Path JS = ShippedProject.ROOT.resolve("src/test/js");
  private static final Path CASES = ShippedProject.ROOT.resolve("src/test/resources/search/cases.json");

  @TempDir Path dir;

  /**
   * The shipped briefing, plus a made-up investor (SearchBank, in no real report) and one deal of
   * it, and a text whose only 앤스로픽 is 앤스로픽은.
   */
  private Path project() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    append(project.resolve("data/companies.csv"), "searchbank,서치뱅크,SearchBank,investor,JP,,,seed-2024-03-28\n");
    append(project.resolve("data/investments.csv"), "searchbank-openai-2024,searchbank,openai,single,,500000000,USD,"
        + "exact,invested,2024-03-28,seed-2024-03-28,usd-krw-2024-03-28,,\"검색 시험용 가상 투자.\",\"A made-up round for the search test.\""
        + ",,,,,,,,,\n");
    Files.writeString(project.resolve("data/texts/search-fixture-2024-04-02.ko.md"), """
        ---
        title: 검색 시험용 브리핑
        date: 2024-04-02
        summary: 앤스로픽 이야기로 검색 시험에만 쓰는 글이다.
        ---

        시험 문단이다. 앤스로픽은 이 문단에서 조사와 함께만 나온다.

        둘째 문단에도 앤스로픽이 나온다.

        셋째 문단에도 앤스로픽을 적었다.
        """, StandardCharsets.UTF_8);
    Files.writeString(project.resolve("data/texts/search-fixture-2024-04-02.en.md"), """
        ---
        title: A briefing for the search test
        date: 2024-04-02
        summary: Written for the search test only.
        ---

        A test paragraph, where the lab appears only as Anthropic's.
        """, StandardCharsets.UTF_8);
    return project;
  }

  private static void append(Path file, String line) throws IOException {
    Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }

  @Test
  void withoutJavaScriptThePageSaysSoAndLinksHome() throws IOException {
    for (String lang : List.of("ko", "en")) {
      var page = org.jsoup.Jsoup.parse(BuiltSite.shipped().resolve(lang + "/search.html").toFile(), "UTF-8");
      assertThat(page.getElementById("search-form").hasAttr("hidden")).as("the form waits for the script").isTrue();
      var note = page.getElementById("search-nojs");
      assertThat(note.hasAttr("hidden")).isFalse();
      assertThat(note.text()).contains(lang.equals("ko") ? "자바스크립트" : "JavaScript");
      assertThat(note.select("a").attr("href")).isEqualTo("../" + lang + "/index.html");
      assertThat(page.select("a[aria-current=page]").text()).isEqualTo(lang.equals("ko") ? "검색" : "Search");
    }
  }

  @Test
  void readersFindWordsWithTheirParticlesCompaniesAndDealsAndAreToldWhenNothingMatches() throws Exception {
    NodeTools.skipOrFail("The browser tests", AccessibilityTest.missing(System.getenv()), System.getenv());
    Path site = dir.resolve("site");
    new BriefingBuild(BuildListener.silent()).build(project(), site, false).orElseThrow();
    List<String> command = new ArrayList<>(List.of("node", JS.resolve("search.mjs").toString(), "check",
        site.toString(), CASES.toString(), "ko:앤스로픽", "ko:투자", "ko:SearchBank", "ko:없는말", "en:SearchBank",
        "en:SearchBank OpenAI", "en:invest", "en:zyzzyva", "ko~앤스로픽", "en~invest"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    JsonNode out = new ObjectMapper().readTree(output.lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow());

    assertThat(out.get("external")).as("requests that left the site").isEmpty();
    assertThat(out.get("errors")).as("script errors").isEmpty();
    assertThat(out.get("nojsHidden").asBoolean()).as("the script replaces the no-script note with the form").isTrue();

    // The browser's rules are the index's: the same answers on the shared cases, the same terms and shards.
    JsonNode cases = new ObjectMapper().readTree(CASES.toFile()).get("cases");
    for (int i = 0; i < cases.size(); i++) {
      JsonNode c = cases.get(i);
      assertThat(out.get("cases").get(i).asBoolean()).as("browser: " + c).isEqualTo(c.get("match").asBoolean());
    }
    for (int i = 0; i < out.get("termInputs").size(); i++) {
      String input = out.get("termInputs").get(i).asText();
      assertThat(texts(out.get("terms").get(i))).as("terms of " + input).isEqualTo(SearchTerms.terms(input));
      SearchTerms.Query query = SearchTerms.query(input);
      assertThat(texts(out.get("queryCuts").get(i).get("terms"))).as("query terms of " + input)
          .isEqualTo(query.terms());
      assertThat(out.get("queryCuts").get(i).get("prefix").asText()).as("prefix of " + input).isEqualTo(query.prefix());
    }
    for (String n : List.of("1", "64", "1024")) {
      out.get("shards").get(n).fields().forEachRemaining(e -> assertThat(e.getValue().asInt())
          .as("shard of " + e.getKey() + " in " + n).isEqualTo(SearchTerms.shard(e.getKey(), Integer.parseInt(n))));
    }

    JsonNode anthropic = query(out, "ko", "앤스로픽");
    assertThat(anthropic.get("live").asText()).isEqualTo("polite");
    assertThat(anthropic.get("results").get(0).get("kind").asText()).isEqualTo("기업");
    assertThat(anthropic.get("status").asText()).matches("‘앤스로픽’ 검색 결과 \\d+건");
    JsonNode fixture = result(anthropic, r -> r.get("passage").asText().contains("앤스로픽은 이 문단에서"));
    assertThat(fixture.get("title").asText()).isEqualTo("검색 시험용 브리핑");
    assertThat(fixture.get("href").asText()).isEqualTo("briefings/search-fixture-2024-04-02.html");
    assertThat(fixture.get("meta").asText()).isEqualTo("브리핑2024년 4월 2일");
    // Its summary and three paragraphs match: listed once, with its first two matching passages.
    assertThat(fixture.get("passages").asInt()).isEqualTo(2);
    assertThat(texts(fixture.get("marks"))).containsExactly("앤스로픽", "앤스로픽");
    assertThat(texts(anthropic.get("results").get(0).get("titleMarks"))).containsExactly("앤스로픽");

    // The results follow the typing without Enter, the same as when it is pressed (search.md: "a
    // reader types …; the page lists what matches"; a reader saw nothing until Enter).
    assertThat(query(out, "ko~", "앤스로픽").get("results")).isEqualTo(anthropic.get("results"));
    assertThat(query(out, "en~", "invest").get("results")).isEqualTo(query(out, "en", "invest").get("results"));

    assertThat(out.get("moreFocus").asBoolean()).as("focus moves to the first new result after 'more'").isTrue();
    JsonNode invest = query(out, "ko", "투자");
    assertThat(result(invest, r -> r.get("passage").asText().contains("투자를 모두 채우면서")).get("marks").toString())
        .contains("\"투자\"");
    JsonNode softbankKo = query(out, "ko", "SearchBank");
    assertThat(result(softbankKo, r -> r.get("kind").asText().equals("기업")).get("title").asText()).isEqualTo("서치뱅크");
    JsonNode softbank = query(out, "en", "SearchBank");
    JsonNode round = result(softbank, r -> r.get("kind").asText().equals("Deal or valuation"));
    assertThat(round.get("title").asText()).isEqualTo("SearchBank → OpenAI");
    assertThat(round.get("href").asText()).isEqualTo("investments.html#searchbank-openai-2024");
    assertThat(round.get("passage").asText()).contains("$500 million");
    assertThat(query(out, "en", "SearchBank OpenAI").get("results")).as("all words, not any").singleElement()
        .satisfies(r -> assertThat(r.get("href").asText()).isEqualTo("investments.html#searchbank-openai-2024"));
    // One result is one: not "1 results".
    assertThat(query(out, "en", "SearchBank OpenAI").get("status").asText())
        .isEqualTo("1 result for “SearchBank OpenAI”");
    assertThat(result(query(out, "en", "invest"), r -> r.get("passage").asText().contains("investment"))
        .get("marks").toString()).contains("investment");

    for (String[] none : List.of(new String[] {"ko", "없는말", "‘없는말’ 검색 결과 없음."},
        new String[] {"en", "zyzzyva", "No results for “zyzzyva”."})) {
      JsonNode q = query(out, none[0], none[1]);
      assertThat(q.get("results")).isEmpty();
      assertThat(q.get("status").asText()).startsWith(none[2]);
    }
    for (JsonNode q : out.get("queries")) {
      List<String> hrefs = StreamSupport.stream(q.get("results").spliterator(), false).map(r -> r.get("href").asText()).toList();
      assertThat(hrefs).as("pages listed for " + q.get("query")).doesNotHaveDuplicates();
      assertThat(q.get("overflow").asBoolean()).as("wider than 360 px after " + q.get("query")).isFalse();
      assertThat(texts(q.get("requested"))).as("files loaded for " + q.get("query"))
          .allMatch(f -> f.startsWith("assets/fonts/") || f.equals("favicon.svg")
              || f.matches("(ko|en)/search/[0-9a-f]{10}/(manifest|t\\d+|d\\d+)\\.js"));
    }
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
  }

  private static JsonNode query(JsonNode out, String lang, String query) {
    for (JsonNode q : out.get("queries")) {
      if (q.get("lang").asText().equals(lang) && q.get("query").asText().equals(query)) {
        return q;
      }
    }
    throw new AssertionError("no query " + lang + ":" + query);
  }

  private static JsonNode result(JsonNode query, java.util.function.Predicate<JsonNode> which) {
    for (JsonNode r : query.get("results")) {
      if (which.test(r)) {
        return r;
      }
    }
    throw new AssertionError("no such result for " + query.get("query") + " among " + query.get("results"));
  }
}
