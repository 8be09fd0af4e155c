package com.moneywar.briefing.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.moneywar.briefing.search.SearchDoc.Kind;
import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.TitledProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The index's terms, order, files and results, on made-up documents and on the shipped site. */
class SearchIndexTest {
  /** The cases both sides must agree on (SearchBrowserTest runs them in the browser). */
  static JsonNode cases() throws IOException {
    try (var in = SearchIndexTest.class.getResourceAsStream("/search/cases.json")) {
      return new ObjectMapper().readTree(in).get("cases");
    }
  }

  @Test
  void everySharedCaseMatchesAsItSays() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (JsonNode c : cases()) {
      boolean matched = SearchTerms.matches(c.get("text").asText(), c.get("query").asText());
      if (matched != c.get("match").asBoolean()) {
        wrong.add(c.get("query").asText() + " in " + c.get("text").asText() + ": " + matched);
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void hangulRunsBecomeOverlappingPairsAndASingleSyllableStaysWhole() {
    assertThat(SearchTerms.terms("앤스로픽은")).containsExactly("앤스", "스로", "로픽", "픽은");
    assertThat(SearchTerms.terms("큰 돈, 오픈AI")).containsExactly("큰", "돈", "오픈", "ai");
  }

  @Test
  void englishWordsAreFoldedToLightStems() {
    for (String w : List.of("invest", "invests", "invested", "investing", "investment", "investments", "Invests")) {
      assertThat(SearchTerms.terms(w)).as(w).containsExactly("invest");
    }
    assertThat(SearchTerms.terms("companies company")).containsExactly("company");
    assertThat(SearchTerms.terms("valuation valued value")).containsExactly("valu");
    assertThat(SearchTerms.terms("SoftBank's")).containsExactly("softbank");
    assertThat(SearchTerms.terms("is us bus ss")).containsExactly("is", "us", "bus", "ss");
  }

  @Test
  void particlesWrittenOntoALatinNameOrANumberAreNoTerms() {
    assertThat(SearchTerms.terms("퓨리오사AI가")).isEqualTo(SearchTerms.terms("퓨리오사AI"))
        .containsExactly("퓨리", "리오", "오사", "ai");
    assertThat(SearchTerms.terms("xAI의")).containsExactly("xai");
    assertThat(SearchTerms.terms("GPT-5를")).containsExactly("gpt", "5");
    assertThat(SearchTerms.terms("H100을 AI에서는 GPU로")).containsExactly("h100", "ai", "gpu");
    // Hangul that is not only particles is part of the name or a word of its own.
    assertThat(SearchTerms.terms("LG전자 AI칩 SK하이닉스")).containsExactly("lg", "전자", "ai", "칩", "sk", "하이", "이닉", "닉스");
    // 만 after a number is ten thousand, not "only".
    assertThat(SearchTerms.terms("100만")).containsExactly("100", "만");
    assertThat(SearchTerms.terms("AI만")).containsExactly("ai");
  }

  @Test
  void aQueryDropsAKoreanWordsParticleButTheIndexKeepsEveryPair() {
    assertThat(SearchTerms.query("앤스로픽이").terms()).containsExactly("앤스", "스로", "로픽");
    assertThat(SearchTerms.query("앤스로픽에서는").terms()).containsExactly("앤스", "스로", "로픽");
    assertThat(SearchTerms.terms("앤스로픽은")).containsExactly("앤스", "스로", "로픽", "픽은");
    // A name that ends in no particle keeps every pair; a word of two syllables keeps both (결과, not 결+과).
    assertThat(SearchTerms.query("삼성전자").terms()).containsExactly("삼성", "성전", "전자");
    assertThat(SearchTerms.query("삼성전자가").terms()).containsExactly("삼성", "성전", "전자");
    assertThat(SearchTerms.query("결과").terms()).containsExactly("결과");
    assertThat(SearchTerms.query("퓨리오사AI가").terms()).containsExactly("퓨리", "리오", "오사", "ai");
  }

  @Test
  void theLastWordOfAQueryFindsLongerWordsThatStartWithIt() {
    assertThat(SearchTerms.query("Furiosa").prefix()).isEqualTo("furiosa");
    assertThat(SearchTerms.query("nvidia Furiosa").prefix()).isEqualTo("furiosa");
    assertThat(SearchTerms.query("Furiosa money").prefix()).isEqualTo("money");
    assertThat(SearchTerms.query("퓨리오사AI가").prefix()).isEmpty();
    assertThat(SearchTerms.query("Fur").prefix()).isEmpty();
    assertThat(SearchTerms.query("2024").prefix()).isEmpty();
    assertThat(SearchTerms.query("Furiosa 퓨리오사").prefix()).isEmpty();
    List<SearchDoc> docs = List.of(doc(Kind.COMPANY, "", "FuriosaAI"), doc(Kind.COMPANY, "", "Furniture"),
        doc(Kind.DEAL, "2025", "Meta and FuriosaAI talked"));
    Map<String, byte[]> files = folder(SearchIndexer.index(docs));
    assertThat(IndexQuery.run(files, "Furiosa", 10).shown()).extracting(r -> r.get(4))
        .containsExactly("FuriosaAI", "Meta and FuriosaAI talked");
    assertThat(IndexQuery.run(files, "Furiosa meta", 10).ids()).isEmpty();
  }

  @Test
  void aHangulTermIsShardedByItsFirstSyllable() {
    assertThat(SearchTerms.shard("투자", 64)).isEqualTo(SearchTerms.shard("투", 64)).isEqualTo(SearchTerms.shard("투표", 64));
    assertThat(SearchTerms.shard("anything", 1)).isZero();
  }

  private static SearchDoc doc(Kind kind, String date, String text) {
    return new SearchDoc(kind, text, date, date, "x.html", text, true);
  }

  @Test
  void resultsAreListedCompaniesFirstThenDealsThenBriefingsNewestFirstThenSources() {
    SearchIndex index = SearchIndexer.index(List.of(
        doc(Kind.SOURCE, "2024-03-01", "앤스로픽 소식"),
        doc(Kind.BRIEFING, "2023-01-01", "앤스로픽은 오래된 글"),
        doc(Kind.BRIEFING, "2024-05-01", "앤스로픽에 새 글"),
        doc(Kind.DEAL, "2024-01-01", "아마존 → 앤스로픽"),
        doc(Kind.COMPANY, "", "앤스로픽 (Anthropic)")));
    IndexQuery.Found found = IndexQuery.run(folder(index), "앤스로픽", 10);
    assertThat(found.shown()).extracting(row -> row.get(4)).containsExactly(
        "앤스로픽 (Anthropic)", "아마존 → 앤스로픽", "앤스로픽에 새 글", "앤스로픽은 오래된 글", "앤스로픽 소식");
    assertThat(found.shown().get(0)).containsExactly("company", "앤스로픽 (Anthropic)", "", "x.html", "앤스로픽 (Anthropic)");
  }

  @Test
  void aBriefingsTitleFindsItOnceNotEveryParagraph() {
    SearchIndex index = SearchIndexer.index(List.of(
        new SearchDoc(Kind.BRIEFING, "쩐의 전쟁", "", "2024-03-28", "b.html", "요약", true),
        new SearchDoc(Kind.BRIEFING, "쩐의 전쟁", "", "2024-03-28", "b.html", "첫 문단", false),
        new SearchDoc(Kind.BRIEFING, "쩐의 전쟁", "", "2024-03-28", "b.html", "둘째 문단", false)));
    assertThat(IndexQuery.run(folder(index), "전쟁", 10).shown()).extracting(r -> r.get(4)).containsExactly("요약");
    assertThat(IndexQuery.run(folder(index), "문단", 10).ids()).hasSize(2);
  }

  @Test
  void theSameDocumentsGiveTheSameBytesAndAChangedOneANewFolder() {
    List<SearchDoc> docs = List.of(doc(Kind.BRIEFING, "2024-03-28", "구글이 투자한 회사"),
        doc(Kind.COMPANY, "", "Google"));
    SearchIndex a = SearchIndexer.index(docs);
    SearchIndex b = SearchIndexer.index(docs);
    assertThat(a.files().keySet()).isEqualTo(b.files().keySet());
    a.files().forEach((name, bytes) -> assertThat(b.files().get(name)).as(name).isEqualTo(bytes));
    SearchIndex c = SearchIndexer.index(List.of(doc(Kind.BRIEFING, "2024-03-28", "구글이 투자했다"),
        doc(Kind.COMPANY, "", "Google")));
    assertThat(c.manifest()).isNotEqualTo(a.manifest()).matches("search/[0-9a-f]{10}/manifest\\.js");
  }

  @Test
  void aLargeIndexIsSplitAndAQueryLoadsOnlyItsShards() {
    List<SearchDoc> docs = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      docs.add(doc(Kind.BRIEFING, "2024-01-01", "word" + i + " 투자" + (i % 7 == 0 ? "했다" : "한") + " 기업" + i));
    }
    SearchIndex index = SearchIndexer.index(docs);
    assertThat(index.shards()).isGreaterThan(8);
    IndexQuery.Found found = IndexQuery.run(folder(index), "투자했다", 10);
    assertThat(found.ids()).hasSize(3000 / 7 + 1);
    assertThat(found.files()).hasSizeLessThanOrEqualTo(1 + 3 + 10);
    assertThat(found.bytes()).isLessThan(index.size() / 4);
  }

  @Test
  void passagesDropMarkdownMarksAndCodeFencesAndKeepPlaceholdersForTheSite() {
    assertThat(Passages.blocks("""
        ## 아마존, **앤스로픽** 투자

        첫 문단은 [링크](https://example.com)와
        {{investment:a}}를 담는다.

        ```chart
        money-flow
        ```

        > 인용문
        - 하나
        - 둘
        """)).containsExactly("아마존, 앤스로픽 투자", "첫 문단은 링크와 {{investment:a}}를 담는다.", "인용문",
        "하나", "둘");
  }

  @Test
  void theShippedSiteFindsWordsWithTheirParticlesAndCompaniesUnderBothNames() throws IOException {
    Path site = BuiltSite.shipped();
    Map<String, byte[]> ko = folderOnDisk(site.resolve("ko/search"));
    IndexQuery.Found anthropic = IndexQuery.run(ko, "앤스로픽", 200);
    assertThat(anthropic.shown().get(0)).startsWith("company", "앤스로픽");
    // A company's result leads to its page, beside the search page in the language's folder.
    assertThat(anthropic.shown().get(0).get(3)).isEqualTo("companies/anthropic.html");
    assertThat(site.resolve("ko").resolve(anthropic.shown().get(0).get(3))).isRegularFile();
    assertThat(anthropic.shown()).extracting(r -> r.get(4)).anyMatch(t -> t.contains("앤스로픽은"))
        .anyMatch(t -> t.contains("앤스로픽에"));
    assertThat(anthropic.shown()).filteredOn(r -> r.get(0).equals("briefing"))
        .allMatch(r -> !r.get(4).contains("{{"), "figures written out");
    assertThat(IndexQuery.run(ko, "투자", 200).shown()).extracting(r -> r.get(4))
        .anyMatch(t -> t.contains("투자했다"));
    assertThat(IndexQuery.run(ko, "Anthropic", 1).shown().get(0)).startsWith("company", "앤스로픽");
    // A particle typed with the name does not hide the company: 오픈AI가 and 앤스로픽에서는 find it first.
    assertThat(IndexQuery.run(ko, "오픈AI가", 1).shown().get(0)).startsWith("company", "오픈AI");
    assertThat(IndexQuery.run(ko, "앤스로픽에서는", 1).shown().get(0)).startsWith("company", "앤스로픽");
    Map<String, byte[]> en = folderOnDisk(site.resolve("en/search"));
    IndexQuery.Found amazon = IndexQuery.run(en, "amazon anthropic", 50);
    assertThat(amazon.shown()).extracting(r -> r.get(0)).contains("deal", "briefing");
    assertThat(amazon.shown()).filteredOn(r -> r.get(0).equals("deal")).extracting(r -> r.get(3))
        // on the data page's part that holds the row: the commitment of November 2024 and all under it
        .anyMatch(u -> u.startsWith("investments.html#amazon-anthropic"));
    assertThat(IndexQuery.run(en, "investments", 5).ids()).isNotEmpty();
    assertThat(IndexQuery.run(en, "앤스로픽", 1).shown().get(0)).startsWith("company", "Anthropic");
    // The last word typed finds longer words that start with it.
    assertThat(IndexQuery.run(en, "Anthrop", 1).shown().get(0)).startsWith("company", "Anthropic");
    assertThat(IndexQuery.run(en, "zyzzyva", 5).ids()).isEmpty();
    assertThat(IndexQuery.run(ko, "연구자", 5).shown().get(0)).startsWith("talent", "실리콘밸리 기업의 최고 수준 AI 연구자");
    // Companies are listed first (Fidelity Management & Research matches 'research' too); the talent row follows.
    assertThat(IndexQuery.run(en, "researchers", 5).shown()).anySatisfy(r -> assertThat(r)
        .contains("talent.html#ai-researcher-pay-2024-03"));
  }

  /**
   * Funding rounds and deals that are not investments (a compute purchase, a stake) are results
   * like investments: found by either company's name or an investor's, their amount written as
   * the data page writes it, linked to their row on the part of the data page that shows it.
   */
  @Test
  void roundsAndComputeDealsAreFoundByTheirCompaniesAndLeadToTheirRow() throws IOException {
    Path site = BuiltSite.shipped();
    Map<String, byte[]> ko = folderOnDisk(site.resolve("ko/search"));
    Map<String, byte[]> en = folderOnDisk(site.resolve("en/search"));
    List<String> azure = row(IndexQuery.run(ko, "마이크로소프트가 앤스로픽", 200), "#flow-anthropic-azure-2025-11");
    assertThat(azure).startsWith("deal", "앤스로픽 → 마이크로소프트");
    assertThat(azure.get(4)).contains("앤스로픽 (Anthropic) → 마이크로소프트 (Microsoft)", "컴퓨팅 구매 약정", "300억달러");
    assertRowOnPage(site.resolve("ko"), azure.get(3));
    List<String> azureEn = row(IndexQuery.run(en, "Anthropic compute", 200), "#flow-anthropic-azure-2025-11");
    assertThat(azureEn.get(4)).contains("Anthropic (앤스로픽) → Microsoft (마이크로소프트)", "Compute purchase", "$30 billion");
    List<String> stake = row(IndexQuery.run(en, "Meta Scale", 200), "#flow-meta-scale-ai-2025-06");
    assertThat(stake.get(4)).contains("$14.3 billion", "49%");
    // A round is found by any of its investors, not only by the company raising.
    List<String> round = row(IndexQuery.run(ko, "오픈AI 피델리티", 200), "#round-openai-2024-10");
    assertThat(round.get(1)).isEqualTo("오픈AI · 지분 투자");
    assertThat(round.get(4)).contains("66억달러", "스라이브캐피털", "피델리티");
    assertRowOnPage(site.resolve("ko"), round.get(3));
    // A company's capital spending is found by the company and the kind, with its status, and leads to its row.
    List<String> capex = row(IndexQuery.run(ko, "메타 설비투자", 200), "#spending-meta-capex-2025-10");
    assertThat(capex).startsWith("spending", "메타 · 2025년 설비투자");
    assertThat(capex.get(4)).contains("700억~720억달러(약 100조~103조원, 계획)");
    assertRowOnPage(site.resolve("ko"), capex.get(3));
    List<String> capexEn = row(IndexQuery.run(en, "Microsoft AI infrastructure", 200), "#spending-microsoft-ai-dc-fy2025");
    assertThat(capexEn.get(1)).isEqualTo("Microsoft · fiscal 2025 AI infrastructure spending");
    assertThat(capexEn.get(4)).contains("$80 billion (planned)");
    assertThat(row(IndexQuery.run(en, "Thrive OpenAI", 200), "#round-openai-2024-10").get(4)).contains("$6.6 billion");
  }

  /**
   * A figure that is reported, claimed or denied, or a valuation that is an estimate or before the
   * money, says so in its result as the data tables and the key figures say it, in both languages:
   * out of a briefing's prose a result must never read as a confirmed figure.
   */
  @Test
  void aResultsFigureKeepsItsClaimStatusAndItsValuationBasis() throws IOException {
    Path site = BuiltSite.shipped();
    Map<String, byte[]> ko = folderOnDisk(site.resolve("ko/search"));
    Map<String, byte[]> en = folderOnDisk(site.resolve("en/search"));
    assertThat(row(IndexQuery.run(ko, "스라이브캐피털 오픈AI", 200), "#thrive-openai-2024-10").get(4))
        .startsWith("스라이브캐피털 (Thrive Capital) → 오픈AI (OpenAI) · 12억5000만달러(보도) · 단건 투자 · 집행 완료 · ");
    assertThat(row(IndexQuery.run(en, "Thrive OpenAI", 200), "#thrive-openai-2024-10").get(4))
        .startsWith("Thrive Capital (스라이브캐피털) → OpenAI (오픈AI) · $1.25 billion (reported) · Single investment · ");
    assertThat(row(IndexQuery.run(ko, "스케일AI 기업가치", 200), "#scale-ai-2025-06").get(4))
        .startsWith("스케일AI (Scale AI) · 기업가치 290억달러(추정치) · ");
    assertThat(row(IndexQuery.run(en, "Scale valuation", 200), "#scale-ai-2025-06").get(4))
        .startsWith("Scale AI (스케일AI) · Valuation $29 billion (estimate) · ");
    // A tranche says what it is without the table's tree mark ("· └ 분할 투자 ·" read as noise).
    assertThat(row(IndexQuery.run(ko, "아마존 앤스로픽", 200), "#amazon-anthropic-t2").get(4)).contains(" · 분할 투자")
        .doesNotContain("└");
    assertThat(row(IndexQuery.run(ko, "메타 연구원 보너스", 200), "#meta-signing-bonus-claim-2025-06").get(4))
        .contains(" · 1억달러(당사자 부인) · ");
    assertThat(row(IndexQuery.run(en, "Meta researchers", 200), "#meta-signing-bonus-claim-2025-06").get(4))
        .contains(" · $100 million (denied) · ");
    // The bound is said once, by the amount, as in the key figures: never "최대 50억달러(최대 약 …원)".
    assertThat(row(IndexQuery.run(ko, "마이크로소프트 앤스로픽", 200), "#microsoft-anthropic-2025-11").get(4))
        .containsPattern(" · 최대 50억달러\\(약 [\\d조억]+원\\) · ").doesNotContain("최대 약");
    assertThat(row(IndexQuery.run(en, "Microsoft Anthropic", 200), "#microsoft-anthropic-2025-11").get(4))
        .containsPattern(" · up to \\$5 billion \\(about ₩[\\d.]+ trillion\\) · ").doesNotContain("up to about");
  }

  private static List<String> row(IndexQuery.Found found, String anchor) {
    return found.shown().stream().filter(r -> r.get(3).endsWith(anchor)).findFirst()
        .orElseThrow(() -> new AssertionError(anchor + " not among " + found.shown()));
  }

  /** The link leads to a page of the site that has the row's anchor. */
  private static void assertRowOnPage(Path langFolder, String url) throws IOException {
    String file = url.substring(0, url.indexOf('#'));
    assertThat(Files.readString(langFolder.resolve(file), StandardCharsets.UTF_8))
        .contains("id=\"" + url.substring(url.indexOf('#') + 1) + "\"");
  }

  /**
   * A briefing whose title, summary and a heading hold data-bound figures is listed with them
   * written out as on its page, in both languages: the result's title, the summary shown under it,
   * the heading's passage; and the written-out words find it.
   */
  @Test
  void figuresInABriefingsTitleSummaryAndHeadingsAreWrittenOutAsOnItsPage() throws IOException {
    Path site = BuiltSite.titledProject().resolve("site");
    String url = "briefings/" + TitledProject.SLUG + ".html";
    for (String lang : List.of("ko", "en")) {
      Map<String, byte[]> files = folderOnDisk(site.resolve(lang + "/search"));
      files.forEach((name, bytes) -> assertThat(new String(bytes, StandardCharsets.UTF_8)).as(lang + " " + name)
          .doesNotContain("{{"));
      String title = TitledProject.title(lang);
      List<List<String>> found = IndexQuery.run(files, title, 50).shown().stream()
          .filter(r -> r.get(3).equals(url)).toList();
      assertThat(found).as(lang).hasSize(1);
      assertThat(found.get(0).get(1)).isEqualTo(title);
      assertThat(found.get(0).get(4)).startsWith(TitledProject.summary(lang));
      List<List<String>> heading = IndexQuery.run(files, TitledProject.heading(lang), 50).shown().stream()
          .filter(r -> r.get(3).equals(url)).toList();
      assertThat(heading).as(lang).anySatisfy(r -> assertThat(r).containsExactly("briefing", title, r.get(2), url,
          TitledProject.heading(lang)));
    }
  }

  /** The index's files by name inside its folder. */
  private static Map<String, byte[]> folder(SearchIndex index) {
    Map<String, byte[]> files = new TreeMap<>();
    String folder = index.manifest().substring(0, index.manifest().lastIndexOf('/') + 1);
    index.files().forEach((path, bytes) -> files.put(path.substring(folder.length()), bytes));
    return files;
  }

  private static Map<String, byte[]> folderOnDisk(Path search) throws IOException {
    try (Stream<Path> dirs = Files.list(search)) {
      List<Path> all = dirs.toList();
      assertThat(all).hasSize(1);
      Map<String, byte[]> files = new TreeMap<>();
      try (Stream<Path> in = Files.list(all.get(0))) {
        for (Path p : in.toList()) {
          files.put(p.getFileName().toString(), Files.readAllBytes(p));
        }
      }
      return files;
    }
  }
}
