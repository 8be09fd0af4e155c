package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.load.TableTexts;
import com.moneywar.briefing.model.RawTable;
import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.NodeTools;
import com.moneywar.briefing.testing.ShippedProject;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The data downloads a reader takes from the data pages: every fact table as CSV that spreadsheet
 * programs open with readable Korean, and as JSON, holding exactly the rows of the project's files;
 * and a {@code datapackage.json} that is a valid Frictionless Tabular Data Package (checked against
 * the JSON Schema the Frictionless JavaScript library ships, from npm {@code datapackage}) whose
 * tables the same library reads without a type, key or link error.
 */
class DataDownloadsTest {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  @TempDir Path dir;

  @Test
  void everyFactTableIsPublishedAsCsvWithAByteOrderMarkHoldingTheProjectsRows() throws IOException {
    Path site = BuiltSite.shipped();
    List<RawTable> tables = TableTexts.read(ShippedProject.ROOT);
    assertThat(tables).extracting(RawTable::name).containsExactly("sources", "companies", "exchange_rates",
        "investments", "valuations", "talent_offers", "rounds", "flows", "spending");
    for (RawTable table : tables) {
      byte[] csv = Files.readAllBytes(site.resolve("data/" + table.name() + ".csv"));
      assertThat(Arrays.copyOf(csv, 3)).as(table.name() + ".csv starts with a byte-order mark").isEqualTo(BOM);
      // Read back as our loader reads a project's file: the same header and the same cells, row by row.
      RawTable published = TableTexts.parse(table.file(), csv);
      assertThat(published.header()).isEqualTo(table.header());
      assertThat(published.rows()).as(table.name()).isEqualTo(table.rows());
      assertThat(new String(csv, StandardCharsets.UTF_8)).contains("\r\n");
    }
    String companies = Files.readString(site.resolve("data/companies.csv"), StandardCharsets.UTF_8);
    assertThat(companies).contains("anthropic,앤스로픽,Anthropic");
  }

  @Test
  void theJsonHoldsTheSameRowsWithNumbersAsNumbersAndEmptyCellsAsNull() throws IOException {
    Path site = BuiltSite.shipped();
    for (RawTable table : TableTexts.read(ShippedProject.ROOT)) {
      JsonNode rows = JSON.readTree(site.resolve("data/" + table.name() + ".json").toFile());
      assertThat(rows.size()).as(table.name()).isEqualTo(table.rows().size());
      for (int r = 0; r < table.rows().size(); r++) {
        List<String> row = table.rows().get(r);
        JsonNode object = rows.get(r);
        assertThat(object.propertyNames()).containsExactlyElementsOf(table.header());
        for (int c = 0; c < table.header().size(); c++) {
          String column = table.header().get(c);
          JsonNode value = object.get(column);
          String cell = row.get(c);
          if (cell.isEmpty()) {
            assertThat(value.isNull()).as(table.name() + " " + column).isTrue();
          } else if (value.isNumber()) {
            assertThat(value.decimalValue()).as(table.name() + " " + column).isEqualByComparingTo(new BigDecimal(cell));
          } else {
            assertThat(value.asString()).as(table.name() + " " + column).isEqualTo(cell);
          }
        }
      }
    }
    JsonNode flow = JSON.readTree(site.resolve("data/flows.json").toFile()).get(0);
    assertThat(flow.get("amount").isNumber()).isTrue();
    assertThat(flow.get("amount").decimalValue()).isEqualByComparingTo("14300000000");
  }

  @Test
  void aRoundWithoutALeadIsPublishedWithANullLeadThatTheSchemaDoesNotRequire() throws IOException {
    // A test fixture, not shipped data: a secondary sale whose sources name the buyers and no lead.
    RawTable rounds = TableTexts.parse(com.moneywar.briefing.model.DataFile.ROUNDS,
        ("id,investee,type,lead,participants,amount,currency,bound,date,source\n"
            + "fixture-secondary,openai,secondary,,thrive-capital softbank mgx,6600000000,USD,about,2025-10,s1\n")
            .getBytes(StandardCharsets.UTF_8));
    JsonNode row = JSON.readTree(DataPackage.json(rounds)).get(0);
    assertThat(row.get("lead").isNull()).isTrue();
    assertThat(row.get("participants").asString()).isEqualTo("thrive-capital softbank mgx");
    assertThat(new String(DataPackage.csv(rounds), StandardCharsets.UTF_8)).contains("fixture-secondary,openai,secondary,,thrive");
    byte[] descriptor = new DataPackage(List.of(rounds)).files("t", java.net.URI.create("https://example.org/"))
        .get(DataPackage.DESCRIPTOR);
    JsonNode fields = JSON.readTree(descriptor).at("/resources/0/schema/fields");
    for (JsonNode field : fields) {
      if (!field.get("name").asString().equals("id")) {
        assertThat(field.at("/constraints/required").isMissingNode()).as(field.toString()).isTrue();
      }
    }
    assertThat(fields.findValuesAsString("name")).contains("lead", "participants");
  }

  @Test
  void eachDataPageLinksItsTablesAndTheDescriptorAndEveryLinkResolves() throws IOException {
    Path site = BuiltSite.shipped();
    for (String lang : List.of("ko", "en")) {
      for (String page : List.of("investments", "valuations", "talent")) {
        Path html = site.resolve(lang + "/" + page + ".html");
        Document doc = Jsoup.parse(html.toFile(), "UTF-8");
        List<String> links = doc.select("section.downloads a").eachAttr("href");
        assertThat(links).as(lang + "/" + page).contains("../data/datapackage.json", "../data/companies.csv",
            "../data/sources.csv", "../data/exchange_rates.json");
        for (String link : links) {
          assertThat(html.getParent().resolve(link).normalize()).as(link + " on " + html).isRegularFile();
        }
        String own = switch (page) {
          case "investments" -> "investments";
          case "valuations" -> "valuations";
          default -> "talent_offers";
        };
        assertThat(links).contains("../data/" + own + ".csv", "../data/" + own + ".json");
        Element heading = doc.selectFirst("section.downloads h2");
        assertThat(heading.text()).isEqualTo(lang.equals("ko") ? "데이터 내려받기" : "Download the data");
      }
    }
    Document investments = Jsoup.parse(site.resolve("ko/investments.html").toFile(), "UTF-8");
    assertThat(investments.select("section.downloads a").eachAttr("href"))
        .contains("../data/rounds.csv", "../data/flows.csv", "../data/spending.csv");
    // Search engines learn of the downloads from the page's Dataset description.
    JsonNode dataset = JSON.readTree(investments.selectFirst("script[type=application/ld+json]").data());
    assertThat(dataset.get("distribution").findValuesAsString("contentUrl")).containsExactly(
        "https://example.org/ai-money-war/data/investments.csv", "https://example.org/ai-money-war/data/rounds.csv",
        "https://example.org/ai-money-war/data/flows.csv", "https://example.org/ai-money-war/data/spending.csv");
  }

  @Test
  void theDescriptorIsAValidTabularDataPackage() throws IOException {
    Path profile = NodeTools.JS.resolve("node_modules/datapackage/lib/profiles/tabular-data-package.json");
    NodeTools.skipOrFail("The data package tests", NodeTools.missingNodeAnd(List.of("datapackage"), System.getenv()),
        System.getenv());
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4)
        .getSchema(Files.readString(profile, StandardCharsets.UTF_8), InputFormat.JSON);
    String descriptor = Files.readString(BuiltSite.shipped().resolve("data/datapackage.json"), StandardCharsets.UTF_8);
    List<Error> errors = schema.validate(descriptor, InputFormat.JSON);
    assertThat(errors).as("datapackage.json against the Tabular Data Package profile").isEmpty();

    // The same schema rejects a descriptor that breaks it: a resource name in capitals, no schema.
    String broken = descriptor.replaceFirst("\"name\" : \"sources\"", "\"name\" : \"Sources\"");
    assertThat(schema.validate(broken, InputFormat.JSON)).isNotEmpty();

    JsonNode d = JSON.readTree(descriptor);
    assertThat(d.get("resources")).hasSize(9);
    JsonNode investments = d.get("resources").get(3);
    assertThat(investments.get("name").asString()).isEqualTo("investments");
    assertThat(investments.at("/schema/primaryKey").asString()).isEqualTo("id");
    assertThat(investments.at("/schema/foreignKeys").toString())
        .contains("{\"fields\":\"investor\",\"reference\":{\"resource\":\"companies\",\"fields\":\"id\"}}")
        .contains("{\"fields\":\"part_of\",\"reference\":{\"resource\":\"\",\"fields\":\"id\"}}");
  }

  @Test
  void theFrictionlessLibraryReadsEveryTableWithoutATypeKeyOrLinkError() throws IOException, InterruptedException {
    NodeTools.skipOrFail("The data package tests", NodeTools.missingNodeAnd(List.of("datapackage"), System.getenv()),
        System.getenv());
    Check shipped = check(BuiltSite.shipped().resolve("data/datapackage.json"));
    assertThat(shipped.output()).contains("investments: 20 row(s) read", "spending: 6 row(s) read",
        "datapackage: 9 resource(s), 0 problem(s)");
    assertThat(shipped.code()).as(shipped.output()).isZero();

    // The check finds a broken link: an investor that is not in companies.csv.
    Path copy = dir.resolve("data");
    Files.createDirectories(copy);
    try (var files = Files.list(BuiltSite.shipped().resolve("data"))) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    Path investments = copy.resolve("investments.csv");
    String text = Files.readString(investments, StandardCharsets.UTF_8);
    Files.writeString(investments, text.replaceFirst(",amazon,anthropic,", ",nobody,anthropic,"), StandardCharsets.UTF_8);
    // And a spending row of a kind outside the closed set.
    Path spending = copy.resolve("spending.csv");
    Files.writeString(spending, Files.readString(spending, StandardCharsets.UTF_8).replaceFirst(",meta,capex,", ",meta,capx,"),
        StandardCharsets.UTF_8);
    Check broken = check(copy.resolve("datapackage.json"));
    assertThat(broken.output()).contains("investments: Foreign key \"investor\" violation");
    assertThat(broken.output()).containsPattern("spending: .*kind");
    assertThat(broken.code()).isEqualTo(1);
  }

  private record Check(int code, String output) {}

  private static Check check(Path descriptor) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node", NodeTools.JS.resolve("datapackage.mjs").toString(),
        descriptor.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("the data package check finished").isTrue();
    return new Check(process.exitValue(), output);
  }

  @Test
  void theSpendingTableIsDescribedWithItsLinksItsClosedSetsAndThePatternOfItsPeriods() throws IOException {
    // Capital spending: its company and the figure a row revises are links; kind and status are closed sets.
    JsonNode d = JSON.readTree(Files.readString(BuiltSite.shipped().resolve("data/datapackage.json"),
        StandardCharsets.UTF_8));
    JsonNode spending = java.util.stream.StreamSupport.stream(d.get("resources").spliterator(), false)
        .filter(r -> r.get("name").asString().equals("spending")).findFirst().orElseThrow();
    assertThat(spending.at("/schema/foreignKeys").toString())
        .contains("{\"fields\":\"company\",\"reference\":{\"resource\":\"companies\",\"fields\":\"id\"}}")
        .contains("{\"fields\":\"replaces\",\"reference\":{\"resource\":\"\",\"fields\":\"id\"}}");
    assertThat(spending.at("/schema/fields/2/name").asString()).isEqualTo("kind");
    assertThat(spending.at("/schema/fields/2/constraints/enum").toString())
        .isEqualTo("[\"capex\",\"ai-infrastructure\",\"pledge\"]");
    assertThat(spending.at("/schema/fields/4/constraints/enum").toString())
        .isEqualTo("[\"planned\",\"spent\",\"estimated\"]");
    assertThat(spending.at("/schema/fields/3/constraints/pattern").asString()).isNotEmpty();
    String period = spending.at("/schema/fields/3/constraints/pattern").asString();
    assertThat(List.of("2025", "2025-Q3", "FY2025", "FY2025-Q1", "2025-2028")).allMatch(p -> p.matches(period));
    assertThat(List.of("2025-Q5", "FY2025-2026", "H1 2025")).noneMatch(p -> p.matches(period));
  }

  @Test
  void theRatesTableSaysWhichRatesAreOneReportsArithmetic() throws IOException {
    // A reuser of the downloads must tell a market rate from one implied by a report's conversion.
    JsonNode d = JSON.readTree(Files.readString(BuiltSite.shipped().resolve("data/datapackage.json"),
        StandardCharsets.UTF_8));
    JsonNode rates = java.util.stream.StreamSupport.stream(d.get("resources").spliterator(), false)
        .filter(r -> r.get("name").asString().equals("exchange_rates")).findFirst().orElseThrow();
    assertThat(rates.at("/schema/fields/6/name").asString()).isEqualTo("basis");
    assertThat(rates.at("/schema/fields/6/constraints/enum").toString()).isEqualTo("[\"market\",\"implied\"]");
    assertThat(Files.readString(BuiltSite.shipped().resolve("data/exchange_rates.csv"), StandardCharsets.UTF_8))
        .contains("usd-krw-2024-03-28,USD,KRW,1349,2024-03-28,seed-2024-03-28,implied,");
  }
}
