package com.moneywar.briefing.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.NodeTools;
import com.moneywar.briefing.testing.BenchCorpus;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark of issue 20: the search index of a 250-edition series (the synthetic corpus, seed 42,
 * 40 companies, 1,000 investments), its size, and what each query loads, under 100 KB. Writes the
 * table to {@code target/search-bench.md}; docs/search.md quotes it.
 */
class SearchIndexSizeIT {
  private static final int EDITIONS = 250;
  private static final long LIMIT = 100_000;

  private static final int TIMED_RUNS = 5;

  @TempDir Path dir;

  @Test
  void aQueryOnA250EditionSeriesLoadsUnder100Kilobytes() throws Exception {
    Path project = dir.resolve("project");
    BenchCorpus.write(project, dir.resolve("corpus.log"), EDITIONS);
    Path site = dir.resolve("site");
    new BriefingBuild(BuildListener.silent()).build(project, site, false).orElseThrow();

    StringBuilder table = new StringBuilder("| language | query | results | files | bytes loaded | gzip "
        + "| shown after the index arrived (ms, median of " + TIMED_RUNS + " [min–max]) |\n|---|---|---|---|---|---|---|\n");
    List<String> sizes = new ArrayList<>();
    Map<String, List<String>> queries = Map.of(
        "ko", List.of("투자", "투자했다", "합성 회사 7", "가상의 스타트업", "기업가치", "연봉", "돈", "앤스로픽"),
        "en", List.of("invest", "Synthetic Co 7", "valuation", "talent war", "imaginary start-ups", "zyzzyva"));
    Map<String, String> shownAfter = timeInChromium(site, queries);
    for (String lang : List.of("ko", "en")) {
      Map<String, byte[]> files = folder(site.resolve(lang + "/search"));
      long total = files.values().stream().mapToLong(b -> b.length).sum();
      long gz = files.values().stream().mapToLong(SearchIndexSizeIT::gzip).sum();
      long shards = files.keySet().stream().filter(f -> f.startsWith("t")).count();
      long chunks = files.keySet().stream().filter(f -> f.startsWith("d")).count();
      long largestShard = files.entrySet().stream().filter(e -> e.getKey().startsWith("t"))
          .mapToLong(e -> e.getValue().length).max().orElse(0);
      sizes.add(String.format("%s: %,d bytes (%,d gzipped) in %d files: %d term shards (largest %,d bytes), %d files of %d things",
          lang, total, gz, files.size(), shards, largestShard, chunks, SearchIndexer.DOCS_PER_CHUNK));
      for (String q : queries.get(lang)) {
        IndexQuery.Found found = IndexQuery.run(files, q, 10);
        long zipped = found.files().stream().mapToLong(f -> gzip(files.get(f + ".js"))).sum();
        table.append(String.format("| %s | %s | %,d | %d | %,d | %,d | %s |%n", lang, q, found.ids().size(),
            found.files().size(), found.bytes(), zipped, shownAfter.get(lang + ":" + q)));
        assertThat(found.bytes()).as(lang + ":" + q).isLessThan(LIMIT);
      }
    }
    String report = "Search index, " + EDITIONS + " editions per language (synthetic corpus, seed 42, 40 companies, "
        + "1,000 investments)\n\n" + String.join("\n", sizes.stream().map(s -> "- " + s).toList()) + "\n\n"
        + "What the first ten results of each query load (manifest + term shards + files of things):\n\n" + table;
    Files.writeString(ShippedProject.ROOT.resolve("target/search-bench.md"), report, StandardCharsets.UTF_8);
    System.out.println(report);
  }

  /**
   * For each query, the time from the arrival of the last index file it needs to its results on
   * screen, in headless Chromium on freshly opened pages (src/test/js/search.mjs {@code time}):
   * "median [min–max]". A measurement for the report, never asserted. Without Chromium it says so,
   * except where the browser tests are required.
   */
  private static Map<String, String> timeInChromium(Path site, Map<String, List<String>> queries) throws Exception {
    List<String> missing = new ArrayList<>(NodeTools.missingNodeAnd(List.of("playwright-core"), System.getenv()));
    missing.addAll(NodeTools.missingChromium(System.getenv()));
    Map<String, String> shown = new java.util.HashMap<>();
    if (!missing.isEmpty()) {
      assertThat(NodeTools.required(System.getenv())).as("the search timing needs " + missing).isFalse();
      queries.forEach((lang, qs) -> qs.forEach(q -> shown.put(lang + ":" + q, "not measured (no Chromium)")));
      return shown;
    }
    List<String> command = new ArrayList<>(List.of("node", NodeTools.JS.resolve("search.mjs").toString(), "time",
        site.toString(), Integer.toString(TIMED_RUNS)));
    queries.forEach((lang, qs) -> qs.forEach(q -> command.add(lang + ":" + q)));
    Process node = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(node.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(node.exitValue()).as(output).isZero();
    String json = output.lines().filter(l -> l.startsWith("[")).findFirst().orElseThrow();
    for (var entry : tools.jackson.databind.json.JsonMapper.builder().build().readTree(json)) {
      List<Double> ms = new ArrayList<>();
      entry.get("ms").forEach(v -> ms.add(v.asDouble()));
      java.util.Collections.sort(ms);
      shown.put(entry.get("lang").asString() + ":" + entry.get("query").asString(), String.format(
          java.util.Locale.ROOT, "%.1f [%.1f–%.1f]", ms.get(ms.size() / 2), ms.get(0), ms.get(ms.size() - 1)));
    }
    return shown;
  }

  private static long gzip(byte[] bytes) {
    try {
      var out = new java.io.ByteArrayOutputStream();
      try (GZIPOutputStream z = new GZIPOutputStream(out)) {
        z.write(bytes);
      }
      return out.size();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Map<String, byte[]> folder(Path search) throws IOException {
    try (Stream<Path> dirs = Files.list(search)) {
      Path only = dirs.findFirst().orElseThrow();
      Map<String, byte[]> files = new TreeMap<>();
      try (Stream<Path> in = Files.list(only)) {
        for (Path f : in.toList()) {
          files.put(f.getFileName().toString(), Files.readAllBytes(f));
        }
      }
      return files;
    }
  }
}
