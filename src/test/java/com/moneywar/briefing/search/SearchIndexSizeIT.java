package com.moneywar.briefing.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
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

  @TempDir Path dir;

  @Test
  void aQueryOnA250EditionSeriesLoadsUnder100Kilobytes() throws Exception {
    Path project = dir.resolve("project");
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        ShippedProject.ROOT.resolve("bench/SyntheticCorpus.java").toString(), "--out", project.toString(), "--seed",
        "42", "--companies", "40", "--investments", "1000", "--texts", Integer.toString(EDITIONS))
        .redirectErrorStream(true).redirectOutput(dir.resolve("corpus.log").toFile()).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(dir.resolve("corpus.log"))).isZero();
    Path site = dir.resolve("site");
    new BriefingBuild(BuildListener.silent()).build(project, site, false).orElseThrow();

    StringBuilder table = new StringBuilder("| language | query | results | files | bytes loaded | gzip |\n|---|---|---|---|---|---|\n");
    List<String> sizes = new ArrayList<>();
    Map<String, List<String>> queries = Map.of(
        "ko", List.of("투자", "투자했다", "합성 회사 7", "가상의 스타트업", "기업가치", "연봉", "돈", "앤스로픽"),
        "en", List.of("invest", "Synthetic Co 7", "valuation", "talent war", "imaginary start-ups", "zyzzyva"));
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
        table.append(String.format("| %s | %s | %,d | %d | %,d | %,d |%n", lang, q, found.ids().size(),
            found.files().size(), found.bytes(), zipped));
        assertThat(found.bytes()).as(lang + ":" + q).isLessThan(LIMIT);
      }
    }
    String report = "Search index, " + EDITIONS + " editions per language (synthetic corpus, seed 42, 40 companies, "
        + "1,000 investments)\n\n" + String.join("\n", sizes.stream().map(s -> "- " + s).toList()) + "\n\n"
        + "What the first ten results of each query load (manifest + term shards + files of things):\n\n" + table;
    Files.writeString(ShippedProject.ROOT.resolve("target/search-bench.md"), report, StandardCharsets.UTF_8);
    System.out.println(report);
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
