package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.Flow;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Round;
import com.moneywar.briefing.model.TalentOffer;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The company pages of the shipped site: one per company and language, twinned and in the sitemap;
 * every company name in the data tables links to its page; the totals a page shows are those the
 * companies index, the data pages and the charts' tables show; its downloads hold its facts.
 */
class CompanyPagesTest {
  private static final String BASE = "https://example.org/ai-money-war/";
  private static Path site;
  private static Briefing briefing;

  @BeforeAll
  static void build() {
    site = BuiltSite.shipped();
    briefing = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
  }

  private static Document page(String path) throws IOException {
    return Jsoup.parse(site.resolve(path).toFile(), "UTF-8", BASE + path);
  }

  @Test
  void everyCompanyHasItsPageInBothLanguagesWithItsTwinHreflangAndSitemapEntry() throws IOException {
    String sitemap = Files.readString(site.resolve("sitemap.xml"), StandardCharsets.UTF_8);
    assertThat(briefing.companies()).hasSizeGreaterThan(10);
    for (Company c : briefing.companies()) {
      for (Lang lang : Lang.values()) {
        String path = lang.code() + "/companies/" + c.id() + ".html";
        String twin = lang.other().code() + "/companies/" + c.id() + ".html";
        Document doc = page(path);
        assertThat(doc.selectFirst("h1").text()).as(path).startsWith(c.name().in(lang));
        assertThat(doc.selectFirst("a.switch").absUrl("href")).as(path).isEqualTo(BASE + twin);
        for (Lang l : Lang.values()) {
          Element alt = doc.selectFirst("link[rel=alternate][hreflang=" + l.code() + "]");
          assertThat(alt.attr("href")).as(path).isEqualTo(BASE + l.code() + "/companies/" + c.id() + ".html");
        }
        assertThat(sitemap).as("sitemap").contains("<loc>" + BASE + path + "</loc>");
      }
    }
    for (Lang lang : Lang.values()) {
      Document index = page(lang.code() + "/companies.html");
      assertThat(index.select("tbody th a")).hasSize(briefing.companies().size());
      assertThat(sitemap).contains("<loc>" + BASE + lang.code() + "/companies.html</loc>");
    }
  }

  @Test
  void aGovernmentOrAStateFundIsListedAsAPublicBodyNotAsACompany(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    // A new user's national AI fund had to be "Other companies": kind 'public' lists it apart.
    Path project = com.moneywar.briefing.testing.ShippedProject.copyTo(dir.resolve("p"));
    com.moneywar.briefing.testing.ShippedProject.replace(project, "data/companies.csv",
        "scale-ai,스케일AI,Scale AI,other,", "scale-ai,스케일AI,Scale AI,public,");
    Path built = BuiltSite.build(project, dir.resolve("site"));
    for (String code : List.of("ko", "en")) {
      Document index = Jsoup.parse(built.resolve(code + "/companies.html").toFile(), "UTF-8");
      Element heading = index.getElementById("kind-public");
      assertThat(heading.text()).isEqualTo(code.equals("ko") ? "정부·공공기관" : "Governments and public bodies");
      // Listed in the order the kinds come: after the investors, before any other company.
      assertThat(index.select("h2[id^=kind-]").eachAttr("id")).containsSubsequence("kind-investor", "kind-public");
    }
    com.moneywar.briefing.testing.ShippedProject.replace(project, "data/companies.csv",
        "scale-ai,스케일AI,Scale AI,public,", "scale-ai,스케일AI,Scale AI,government,");
    assertThat(com.moneywar.briefing.testing.ShippedProject.checkProblems(project))
        .anySatisfy(p -> assertThat(p).contains("found 'government'; did you mean 'public'?"));
  }

  @Test
  void investorsSharesOfACompanysRoundsAreNotShownAsAllItWasPromised(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    // A new user's Cerebras page read "Raised in rounds $2.1 billion" beside "Committed to it $225 million":
    // the one investor's share the sources name, read as all the investors put in.
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    ShippedProject.replace(project, "data/investments.csv",
        "('last February'). The seed article gives no KRW conversion.\",,,,,,,,,",
        "('last February'). The seed article gives no KRW conversion.\",,mistral-test,,,,,,,");
    Files.writeString(project.resolve("data/rounds.csv"), "mistral-test,mistral-ai,equity,,microsoft,,400000000,,EUR,"
        + "about,2024-02,seed-2024-03-28,,,none,,,\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    // A running total a report gives is in no total, and changes nothing of that (a new user's Moonshot).
    Files.writeString(project.resolve("data/investments.csv"), "fixture-ms-mistral-total,microsoft,mistral-ai,total,,"
        + "15000000,EUR,exact,invested,2024-03,seed-2024-03-28,none,,시험용.,Fixture.,,,,,,,,,\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    Path built = BuiltSite.build(project, dir.resolve("site"));
    for (String code : List.of("ko", "en")) {
      Map<String, String> mistral = totals(Jsoup.parse(built.resolve(code + "/companies/mistral-ai.html").toFile(), "UTF-8"));
      assertThat(mistral).containsKeys("total.raised", "total.committedTo.named", "total.paidInto.named")
          .doesNotContainKeys("total.committedTo", "total.paidInto");
      // A company whose money came also outside its rounds keeps the plain words.
      Map<String, String> openai = totals(Jsoup.parse(built.resolve(code + "/companies/openai.html").toFile(), "UTF-8"));
      assertThat(openai).containsKeys("total.raised", "total.committedTo", "total.paidInto");
      // The index says it under the paid-in amount too, beside what the rounds raised.
      Document index = Jsoup.parse(built.resolve(code + "/companies.html").toFile(), "UTF-8");
      String named = words(code).get("companies.paidIn.named");
      assertThat(row(index, "mistral-ai").select("td").get(2).text()).endsWith(named);
      assertThat(row(index, "openai").select("td").get(2).text()).doesNotContain(named);
    }
  }

  @Test
  void theIndexGivesTheLatestValuationsBasisAsTheCompanysPageDoes() throws IOException {
    // Walk 72's index read "5000억달러(보도)" for a secondary-sale price only the company's page named.
    // The shipped OpenAI's latest value is post-money.
    assertThat(row(page("ko/companies.html"), "openai").text()).contains("3000억달러", "투자 후 기업가치");
    assertThat(row(page("en/companies.html"), "openai").text()).contains("$300 billion", "post-money");
  }

  @Test
  void theIndexLeavesOutAColumnNoCompanyHasAFigureIn(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    // Walk 74's briefing of deals alone (flows.csv, no investment, round or valuation) showed four
    // columns empty for every company. A copy of the shipped briefing with those tables emptied:
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    for (String table : List.of("investments", "rounds", "valuations", "talent_offers", "charts")) {
      Path file = project.resolve("data/" + table + ".csv");
      Files.writeString(file, Files.readAllLines(file, StandardCharsets.UTF_8).get(0) + "\n", StandardCharsets.UTF_8);
    }
    ShippedProject.replace(project, "briefing.properties",
        "headlines=investment:amazon-anthropic-2023,investment:microsoft-openai-2023,valuation:openai-2025-03,"
            + "talent:ai-researcher-pay-2024-03", "");
    try (var texts = Files.list(project.resolve("data/texts"))) {
      for (Path text : texts.toList()) {
        String whole = Files.readString(text, StandardCharsets.UTF_8);
        // The front matter without its key figures (they name rows emptied above), and a body without figures.
        String front = whole.substring(0, whole.indexOf("\n---", 4) + 5).replaceAll("(?m)^(headlines|charts):.*\n", "");
        Files.writeString(text, front + "\nDeals only.\n", StandardCharsets.UTF_8);
      }
    }
    Path built = BuiltSite.build(project, dir.resolve("site"));
    for (String code : List.of("ko", "en")) {
      Document index = Jsoup.parse(built.resolve(code + "/companies.html").toFile(), "UTF-8");
      Map<String, String> words = words(code);
      assertThat(index.select("thead").first().select("th").eachText()).as(code).doesNotContain(words.get("companies.raised"),
          words.get("companies.paidIn"), words.get("companies.paidOut"), words.get("companies.valuation")).hasSize(2);
      assertThat(index.select("tbody tr").first().select("td")).hasSize(1);
    }
    // The shipped index keeps all six.
    assertThat(page("ko/companies.html").select("thead").first().select("th")).hasSize(6);
  }

  @Test
  void aPersonInvestingInTheirOwnNameIsListedAsAnIndividualInvestor(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    // Two new users folded Jeff Bezos into Bezos Expeditions and Peter Thiel into a note: no kind fitted a person.
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    ShippedProject.replace(project, "data/companies.csv", "scale-ai,스케일AI,Scale AI,other,", "scale-ai,스케일AI,Scale AI,person,");
    Path built = BuiltSite.build(project, dir.resolve("site"));
    for (String code : List.of("ko", "en")) {
      Document index = Jsoup.parse(built.resolve(code + "/companies.html").toFile(), "UTF-8");
      assertThat(index.getElementById("kind-person").text()).isEqualTo(code.equals("ko") ? "개인 투자자" : "Individual investors");
      assertThat(index.select("h2[id^=kind-]").eachAttr("id")).containsSubsequence("kind-investor", "kind-person");
      assertThat(Jsoup.parse(built.resolve(code + "/companies/scale-ai.html").toFile(), "UTF-8").select("main").text())
          .contains(code.equals("ko") ? "개인 투자자" : "Individual investor");
    }
  }

  @Test
  void everyDateCellOfTheDataAndCompanyPagesStaysOnOneLine() throws IOException {
    // "2025년 11월 3일" broke into three lines in a narrow column of a new user's tables.
    int dates = 0;
    for (String path : List.of("ko/investments.html", "en/valuations.html", "ko/companies/anthropic.html",
        "en/companies/openai.html")) {
      for (Element td : page(path).select("table.data td")) {
        boolean looksLikeADate = td.ownText().matches("\\d{4}년 \\d{1,2}월( \\d{1,2}일)?|[A-Z][a-z]+ (\\d{1,2}, )?\\d{4}");
        if (looksLikeADate) {
          dates++;
          assertThat(td.hasClass("date")).as(path + ": " + td.outerHtml()).isTrue();
        }
      }
    }
    assertThat(dates).isGreaterThan(20);
    assertThat(java.nio.file.Files.readString(site.resolve("assets").resolve(java.nio.file.Files.list(site.resolve("assets"))
        .map(p -> p.getFileName().toString()).filter(n -> n.startsWith("style.") && n.endsWith(".css")).findFirst()
        .orElseThrow()))).contains("td.date { white-space: nowrap; }");
  }

  @Test
  void aCountryAndASourcesDateAndClosingQuoteStayOnOneLine() throws IOException {
    // "사우디아 / 라비아" broke inside the word in the companies index at 360 px, and a source's closing
    // quote began a line ("”, 2025년 7월 1일") in a new user's PDF.
    int countries = 0;
    for (Element td : page("ko/companies.html").select("table.companies tbody tr td:nth-of-type(1)")) {
      if (!td.text().isEmpty()) {
        countries++;
        assertThat(td.hasClass("country")).as(td.outerHtml()).isTrue();
      }
    }
    assertThat(countries).isGreaterThan(5);
    String css = java.nio.file.Files.readString(site.resolve("assets").resolve(java.nio.file.Files.list(site.resolve("assets"))
        .map(p -> p.getFileName().toString()).filter(n -> n.startsWith("style.") && n.endsWith(".css")).findFirst()
        .orElseThrow()));
    assertThat(css).contains("td.country { white-space: nowrap; }");
    int titled = 0;
    for (Element li : page("ko/sources.html").select("li[id^=source-]")) {
      if (li.text().contains("“")) {
        titled++;
        Element together = li.selectFirst("span.nobr");
        assertThat(together).as(li.outerHtml()).isNotNull();
        assertThat(together.text()).as(li.outerHtml()).matches("\\S+”, \\d{4}년.*");
      }
    }
    assertThat(titled).isGreaterThan(3);
  }

  @Test
  void everyCompanyNameInTheDataPagesLinksToItsPage() throws IOException {
    Map<String, List<String>> parties = parties();
    int rows = 0;
    for (Lang lang : Lang.values()) {
      for (String path : BuiltSite.pages(site)) {
        if (!path.matches(lang.code() + "/(investments|valuations|talent)([-/.].*)?\\.html")) {
          continue;
        }
        Document doc = page(path);
        for (Element tr : doc.select("table.data tbody tr[id]")) {
          List<String> ids = parties.get(tr.id());
          assertThat(ids).as(path + " row " + tr.id()).isNotNull();
          for (String id : ids) {
            String name = briefing.company(id).orElseThrow().name().in(lang);
            assertThat(tr.select("a").stream().filter(a -> a.text().equals(name)).map(a -> a.absUrl("href")))
                .as(path + " row " + tr.id() + ": " + name).isNotEmpty()
                .allMatch(href -> href.equals(BASE + lang.code() + "/companies/" + id + ".html"));
          }
          rows++;
        }
      }
    }
    // Every fact row of the record, in both languages.
    assertThat(rows).isGreaterThanOrEqualTo(2 * parties.size());
  }

  @Test
  void companyNamesInTheChartsTablesLinkToTheirPages() throws IOException {
    Element flows = page("en/index.html").getElementById("chart-money-flows");
    Element amazon = flows.select("tbody tr").stream().filter(tr -> tr.selectFirst("th").text().equals("Amazon → Anthropic"))
        .findFirst().orElseThrow();
    assertThat(amazon.select("th a").eachAttr("abs:href"))
        .containsExactly(BASE + "en/companies/amazon.html", BASE + "en/companies/anthropic.html");
    Element valuations = page("ko/briefings/ai-money-war-2024-03-28.html").getElementById("chart-valuations");
    assertThat(valuations.select("tbody th a").eachText()).contains("앤스로픽", "오픈AI");
  }

  @Test
  void anInvestorsPageAddsUpTheStakesItBoughtApartFromItsInvestments() throws IOException {
    // A new user's Nvidia page read "committed up to $42 billion" as all it had put into others, while
    // its Intel, Nokia and CoreWeave stakes (flows.csv) went unsaid. Meta bought 49% of Scale AI.
    assertThat(totals(page("en/companies/meta.html"))).containsEntry("total.stakesBought", "$14.3 billion")
        .doesNotContainKeys("total.committedBy", "total.paidBy");
    assertThat(totals(page("ko/companies/meta.html"))).containsEntry("total.stakesBought", "143억달러");
    // The company whose shares were bought has no such total.
    assertThat(totals(page("en/companies/scale-ai.html"))).doesNotContainKey("total.stakesBought");
  }

  @Test
  void theNoteUnderACompanysTotalsSaysOnlyWhatAppliesToThem() throws IOException {
    for (Lang lang : Lang.values()) {
      Map<String, String> t = ShippedProject.messages(lang.code());
      String currencies = t.get("company.totalsNote.currencies");
      String upTo = t.get("company.totalsNote.upTo");
      // Amazon's totals are exact, in dollars: nothing to explain.
      assertThat(note(lang, "amazon")).isEmpty();
      // Anthropic's committed total is "up to": how it was added.
      assertThat(note(lang, "anthropic")).isEqualTo(upTo);
      // Microsoft's totals hold dollars and euros, and a ceiling.
      assertThat(note(lang, "microsoft")).isEqualTo(currencies + " " + upTo);
    }
  }

  @Test
  void theNoteUnderACompanysTotalsNamesTheLettersOfIntentLeftOutOfThem(@org.junit.jupiter.api.io.TempDir Path dir)
      throws IOException {
    // Walk 75's Nvidia read "committed to others: up to $10 billion" with nothing to say that its
    // $100 billion letter of intent to OpenAI, the briefing's headline, was left out.
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    ShippedProject.addFixtureSource(project, "fixture-2025-11");
    Files.writeString(project.resolve("data/investments.csv"), "fixture-amazon-openai-loi,amazon,openai,commitment,,"
        + "10000000000,USD,up-to,intent,2025-11-01,fixture-2025-11,none,,시험용.,Fixture.,,,,,,,,,\n",
        StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    Path built = BuiltSite.build(project, dir.resolve("site"));
    for (Lang lang : Lang.values()) {
      String expected = ShippedProject.messages(lang.code()).get("company.totalsNote.notAgreed").replace("{0}",
          lang == Lang.KO ? "아마존 → 오픈AI 최대 100억달러 · 의향서" : "Amazon → OpenAI, up to $10 billion, letter of intent");
      for (String company : List.of("amazon", "openai")) {
        Element note = Jsoup.parse(built.resolve(lang.code() + "/companies/" + company + ".html").toFile(), "UTF-8")
            .selectFirst(".company-totals .note");
        assertThat(note).as(company).isNotNull();
        assertThat(note.text()).as(lang + " " + company).contains(expected);
      }
    }
    // Without it, no such sentence (the shipped pages: theNoteUnderACompanysTotalsSaysOnlyWhatAppliesToThem).
  }

  @Test
  void aTableCellBreaksOnlyBetweenItsShortPieces() throws IOException {
    for (Document page : List.of(page("ko/investments.html"), page("ko/companies/amazon.html"))) {
      List<Element> cells = page.select("td.pieces");
      assertThat(cells).isNotEmpty().allSatisfy(td -> {
        assertThat(td.select("> span.nobr")).isNotEmpty();
        // The reader, the table's filter and a copy see the cell's text as it was; each piece before
        // the last carries its " · ", so the dot never stands alone on a line (walk 72) and never
        // starts one (a new user's "5000억달러 / · 보도" read as a list item).
        assertThat(td.ownText()).isBlank();
        List<Element> pieces = td.select("> span.nobr");
        pieces.subList(0, pieces.size() - 1).forEach(p -> assertThat(p.text()).endsWith(" ·"));
        assertThat(pieces.get(pieces.size() - 1).text()).doesNotContain("·");
      });
    }
    assertThat(page("ko/investments.html").select("td.pieces").stream().map(Element::text))
        .contains("투자 약정 · 지분 투자(주도)");
    // A round's name after its company is one piece too: walk 72's "오픈AI · 전략적 / 투자" wrapped
    // inside it in a narrow first column.
    for (Document page : List.of(page("ko/investments.html"), page("ko/companies/openai.html"))) {
      List<Element> rounds = page.select("th[scope=row]:has(> a + span.nobr)");
      // Its first dot is glued to the company's name by a no-break space.
      assertThat(rounds).isNotEmpty().allSatisfy(th -> {
        assertThat(th.ownText()).isEqualTo("·");
        assertThat(th.html()).contains("</a>&nbsp;· <span class=\"nobr\">");
      });
      assertThat(rounds.stream().map(Element::text)).contains("오픈AI · 지분 투자");
    }
  }

  private static String note(Lang lang, String company) throws IOException {
    Element note = page(lang.code() + "/companies/" + company + ".html").selectFirst(".company-totals .note");
    return note == null ? "" : note.text();
  }

  @Test
  void aCompanysTotalsAreThoseTheIndexTheDataPagesAndTheChartsShow() throws IOException {
    for (Lang lang : Lang.values()) {
      String code = lang.code();
      Document index = page(code + "/companies.html");
      Map<String, Map<String, String>> shown = new LinkedHashMap<>();
      for (Company c : briefing.companies()) {
        shown.put(c.id(), totals(page(code + "/companies/" + c.id() + ".html")));
        Element row = index.select("tbody tr").stream()
            .filter(tr -> tr.selectFirst("th a").attr("href").endsWith("companies/" + c.id() + ".html"))
            .findFirst().orElseThrow();
        List<String> cells = row.select("td").stream().map(Element::text).toList();
        Map<String, String> t = shown.get(c.id());
        assertThat(cells.get(1)).as(c.id() + " raised").isEqualTo(t.getOrDefault("total.raised", ""));
        assertThat(cells.get(2)).as(c.id() + " paid in").isEqualTo(t.getOrDefault("total.paidInto", ""));
        assertThat(cells.get(3)).as(c.id() + " paid out").isEqualTo(t.getOrDefault("total.paidBy", ""));
        assertThat(row.select("td").get(4).ownText()).as(c.id() + " valuation")
            .isEqualTo(t.getOrDefault("total.valuation", ""));
      }
      // The latest valuation as the valuations page writes that row.
      Document valuations = page(code + "/valuations.html");
      assertThat(shown.get("anthropic").get("total.valuation"))
          .isEqualTo(valuations.getElementById("anthropic-2025-03").select("td").get(0).text())
          .isEqualTo(lang == Lang.KO ? "615억달러" : "$61.5 billion");
      assertThat(shown.get("openai").get("total.valuation"))
          .isEqualTo(valuations.getElementById("openai-2025-03").select("td").get(0).text());
      // Mistral AI has one investor: its paid-in total is that pair's bar in the money-flows chart's table.
      Element flows = page(code + "/index.html").getElementById("chart-money-flows");
      Element pair = flows.select("tbody tr").stream()
          .filter(tr -> tr.selectFirst("th").text().endsWith(briefing.company("mistral-ai").orElseThrow().name().in(lang)))
          .findFirst().orElseThrow();
      assertThat(shown.get("mistral-ai").get("total.paidInto")).isEqualTo(pair.select("td").get(1).text())
          .isEqualTo(lang == Lang.KO ? "1500만유로" : "€15 million");
      assertThat(shown.get("mistral-ai").get("total.committedTo")).isEqualTo(pair.select("td").get(0).text());
    }
  }

  @Test
  void theFiguresOnACompanyPageAreWrittenInEachLanguagesPressStyle() throws IOException {
    Map<String, String> ko = totals(page("ko/companies/anthropic.html"));
    Map<String, String> en = totals(page("en/companies/anthropic.html"));
    // Amazon's USD 4 billion paid in (two tranches) and Google's USD 0.5 billion.
    assertThat(ko.get("total.paidInto")).isEqualTo("45억달러");
    assertThat(en.get("total.paidInto")).isEqualTo("$4.5 billion");
    // USD 8 + 2 billion, and up to 5 (Microsoft) and 10 (Nvidia) billion more: stated as its ceiling,
    // never as "100억~250억달러", a range no report gave.
    assertThat(ko.get("total.committedTo")).isEqualTo("최대 250억달러");
    assertThat(en.get("total.committedTo")).isEqualTo("up to $25 billion");
    Map<String, String> microsoft = totals(page("en/companies/microsoft.html"));
    // Part of the dollars is only reported (Microsoft → OpenAI): the total says so, as the money-flows
    // chart does; the euros (Mistral AI) are confirmed. A new user's company page had added a reported
    // round into a confirmed one without a word.
    assertThat(microsoft.get("total.paidBy")).isEqualTo("up to $14 billion (partly reported), €15 million");
    assertThat(totals(page("ko/companies/microsoft.html")).get("total.paidBy"))
        .isEqualTo("최대 140억달러(일부 보도), 1500만유로");
    // In a card's large type, a total breaks after its "최대", before its status and after a comma
    // between currencies, never inside an amount (a new user's "up to $30.5 billion (partly reported)" ran over the next card).
    String paidByLabel = words("ko").get("total.paidBy");
    Element paidBy = page("ko/companies/microsoft.html").select(".company-totals li").stream()
        .filter(li -> li.selectFirst(".label").text().equals(paidByLabel)).findFirst().orElseThrow();
    assertThat(paidBy.selectFirst(".value").html().replace("\n", "")).isEqualTo(
        "<span class=\"nobr\">최대</span> <span class=\"nobr\">140억달러</span><wbr><span class=\"nobr\">(일부 보도)</span>, "
            + "<span class=\"nobr\">1500만유로</span>");
    // A row's won figure at the rate of its date, as on the investments page.
    Document page = page("ko/companies/anthropic.html");
    assertThat(page.getElementsContainingOwnText("약 3조7100억원")).isNotEmpty();
    assertThat(page.selectFirst(".as-of").text()).isEqualTo("2025년 11월 19일까지의 기록 기준");
  }

  @Test
  void aCompanyPageOffersItsFactsAsCsvWithAByteOrderMarkAndAsJson() throws IOException {
    for (Lang lang : Lang.values()) {
      Document doc = page(lang.code() + "/companies/anthropic.html");
      Path csv = site.resolve(lang.code() + "/companies/" + doc.selectFirst("a[download][type=text/csv]").attr("href"));
      Path json = site.resolve(lang.code() + "/companies/"
          + doc.selectFirst("a[download][type=application/json]").attr("href"));
      byte[] bytes = Files.readAllBytes(csv);
      assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
      List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
      assertThat(lines.get(0)).isEqualTo("\uFEFF" + String.join(",", CompanyPages.DOWNLOAD_COLUMNS));
      assertThat(lines).anyMatch(l -> l.startsWith("investments,amazon-anthropic-t2,amazon,anthropic,tranche,"
          + "2750000000,,USD,exact,2024-03-27,invested,"));
      assertThat(lines).anyMatch(l -> l.startsWith("valuations,anthropic-2025-03,,anthropic,post-money,61500000000,"));
      String text = Files.readString(json, StandardCharsets.UTF_8);
      assertThat(text).contains("\"name_ko\" : \"앤스로픽\"", "\"id\" : \"anthropic-2025-03\"");
      // One fact per CSV row: 2 rounds, 11 investments into it (Amazon 6, Google 3, Microsoft, Nvidia), 1 flow, 3 valuations.
      assertThat(lines).hasSize(1 + 2 + 11 + 1 + 3);
      assertThat(text.split("\"table\" :", -1)).hasSize(1 + 2 + 11 + 1 + 3);
    }
  }

  @Test
  void aCompanyPageListsTheBriefingsWhoseFiguresNameItAndABriefingListsItsCompanies() throws IOException {
    assertThat(page("en/companies/anthropic.html").select("#briefings-title + ul a").eachAttr("href")).as("newest first")
        .containsExactly("../../en/briefings/ai-money-war-2025-11-28.html", "../../en/briefings/ai-money-war-2024-03-28.html");
    assertThat(page("en/companies/scale-ai.html").select("#briefings-title + ul a").eachAttr("href"))
        .containsExactly("../../en/briefings/ai-money-war-2025-11-28.html");
    // Google DeepMind is on the record but no figure of a text is about it.
    assertThat(page("ko/companies/google-deepmind.html").select("#briefings-title + ul")).isEmpty();
    Document seed = page("ko/briefings/ai-money-war-2024-03-28.html");
    assertThat(seed.select(".story-companies a").eachText()).contains("아마존", "앤스로픽", "구글", "마이크로소프트", "오픈AI")
        .doesNotContain("스케일AI");
    // A figure that is a company's name links it: the round's lead, written as the data say it.
    Document second = page("ko/briefings/ai-money-war-2025-11-28.html");
    assertThat(second.select("article span.figure a").eachAttr("abs:href"))
        .containsExactly(BASE + "ko/companies/thrive-capital.html", BASE + "ko/companies/softbank.html");
    assertThat(second.select("article span.figure a").eachText()).containsExactly("스라이브캐피털", "소프트뱅크그룹");
    // The feed has no site around it: its figures stay text.
    assertThat(Files.readString(site.resolve("ko/feed.xml"), StandardCharsets.UTF_8)).doesNotContain("companies/");
  }

  @Test
  void aBriefingsCompaniesIncludeThoseOfItsOwnKeyFigures() {
    // A new user's edition showed SK hynix in its key figures but not under "companies in this briefing".
    com.moneywar.briefing.model.Briefing b = new com.moneywar.briefing.pipeline.BriefingBuild(
        com.moneywar.briefing.pipeline.BuildListener.silent()).check(com.moneywar.briefing.testing.ShippedProject.ROOT)
        .orElseThrow();
    com.moneywar.briefing.model.FigureRef head = new com.moneywar.briefing.model.FigureRef("investment",
        List.of("amazon-anthropic-2024-11"), "", "investment:amazon-anthropic-2024-11",
        com.moneywar.briefing.model.SourcePos.startOf("t.md"));
    com.moneywar.briefing.model.Article text = new com.moneywar.briefing.model.Article("t",
        com.moneywar.briefing.model.Lang.KO, "t", java.time.LocalDate.of(2025, 12, 1),
        com.moneywar.briefing.model.SourcePos.startOf("t.md"), "s", "본문에는 수치가 없다.", List.of(), "t.md", 1, List.of(),
        List.of(head), List.of());
    assertThat(CompanyPages.mentioned(b, text)).containsExactly("amazon", "anthropic");
    // A round's type or amount names its company, not its investors; its investors' figure names them
    // (a new user's edition listed fourteen investors of a Series C its text only called "Series C").
    java.util.function.Function<String, com.moneywar.briefing.model.Article> with = field -> new com.moneywar.briefing.model
        .Article("t", com.moneywar.briefing.model.Lang.KO, "t", java.time.LocalDate.of(2025, 12, 1),
        com.moneywar.briefing.model.SourcePos.startOf("t.md"), "s", "본문", List.of(new com.moneywar.briefing.model
        .FigureRef("round", List.of("anthropic-2025-03"), field, "round:anthropic-2025-03",
            com.moneywar.briefing.model.SourcePos.startOf("t.md"))), "t.md", 1, List.of(), List.of(), List.of());
    assertThat(CompanyPages.mentioned(b, with.apply("type"))).containsExactly("anthropic");
    assertThat(CompanyPages.mentioned(b, with.apply(""))).containsExactly("anthropic");
    assertThat(CompanyPages.mentioned(b, with.apply("investors"))).contains("anthropic", "lightspeed", "bessemer");
  }

  @Test
  void aCompanyPageNamesItsKindInTheSingular() throws IOException {
    // A new user read "Kind Investors" on one company's page; the index groups them under "Investors".
    assertThat(page("en/companies/softbank.html").select("dt:containsOwn(Kind) + dd").text()).isEqualTo("Investor");
    assertThat(page("en/companies.html").text()).contains("Investors");
  }

  /** A company page's totals by message key: the label says which, as the UI words give it. */
  private static Element row(Document index, String id) {
    return index.select("tbody tr").stream()
        .filter(tr -> tr.selectFirst("th a").attr("href").endsWith("companies/" + id + ".html")).findFirst().orElseThrow();
  }

  private static Map<String, String> totals(Document doc) throws IOException {
    Map<String, String> words = words(doc.selectFirst("html").attr("lang"));
    Map<String, String> totals = new LinkedHashMap<>();
    for (Element li : doc.select(".company-totals li")) {
      String label = li.selectFirst(".label").text();
      String key = words.entrySet().stream().filter(e -> e.getKey().startsWith("total.") && e.getValue().equals(label))
          .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError("no total labelled " + label));
      totals.put(key, li.selectFirst(".value").text());
    }
    return totals;
  }

  private static Map<String, String> words(String lang) throws IOException {
    java.util.Properties p = new java.util.Properties();
    try (var in = Files.newBufferedReader(ShippedProject.ROOT.resolve("templates/messages/" + lang + ".properties"),
        StandardCharsets.UTF_8)) {
      p.load(in);
    }
    Map<String, String> words = new LinkedHashMap<>();
    p.stringPropertyNames().forEach(k -> words.put(k, p.getProperty(k)));
    return words;
  }

  /** Every fact row's anchor on the data pages, and the companies it names. */
  private static Map<String, List<String>> parties() {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (Investment i : briefing.investments()) {
      rows.put(i.id(), List.of(i.investor(), i.investee()));
    }
    for (Round r : briefing.rounds()) {
      List<String> ids = new ArrayList<>(List.of(r.investee()));
      ids.addAll(r.investors());
      rows.put("round-" + r.id(), ids);
    }
    for (Flow f : briefing.flows()) {
      rows.put("flow-" + f.id(), List.of(f.from(), f.to()));
    }
    for (com.moneywar.briefing.model.Spending s : briefing.spending()) {
      rows.put("spending-" + s.id(), List.of(s.company()));
    }
    for (Valuation v : briefing.valuations()) {
      rows.put(v.id(), List.of(v.company()));
    }
    for (TalentOffer o : briefing.talent()) {
      rows.put(o.id(), o.employer().stream().toList());
    }
    return rows;
  }
}
