package com.moneywar.briefing.pipeline;

import com.moneywar.briefing.cache.CacheKey;
import com.moneywar.briefing.cache.Fingerprint;
import com.moneywar.briefing.model.AsOf;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Story;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a project is made of, hashed once per build for the keys that the checks and the pages are
 * kept by: {@code tables}, a hash of the config as the build read it (with its command-line
 * overrides), the bytes of {@code briefing.properties} and of every file under {@code data/} but the
 * texts (so every table, known or not; each table as the loader read it); and each edition's text,
 * as the briefing holds it, in series order ({@link AsOf#series}).
 *
 * @param tables the hash of everything but the texts, in hex
 * @param series the editions, oldest first
 * @param texts the hash of each edition's text (every language's), in the order of {@code series}
 */
record ProjectInputs(String tables, List<Story> series, List<byte[]> texts) {
  ProjectInputs {
    series = List.copyOf(series);
    texts = List.copyOf(texts);
  }

  /** The inputs of {@code briefing}, read from {@code project}; empty when a part cannot be read or hashed. */
  static Optional<ProjectInputs> of(Path project, Briefing briefing) {
    return of(project, briefing, new Fingerprint(), Map.of());
  }

  /**
   * As above, the texts hashed with {@code fingerprint} (which may remember some of them), and the
   * tables taken as the loader read them ({@code tables}, by path under the project): a table saved
   * while the build goes on must not give the key of its new bytes to what was made of its old
   * ones. Other files under {@code data/} are read here.
   */
  static Optional<ProjectInputs> of(Path project, Briefing briefing, Fingerprint fingerprint,
      Map<String, byte[]> tables) {
    CacheKey.Builder key = CacheKey.builder("project-tables");
    List<Story> series = AsOf.series(briefing);
    try {
      key.add(fingerprint.of(briefing.config()));
      Path config = project.resolve("briefing.properties");
      if (Files.isRegularFile(config)) {
        key.add("briefing.properties").add(Files.readAllBytes(config));
      }
      Path data = project.resolve("data");
      Path textFolder = data.resolve("texts");
      if (Files.isDirectory(data)) {
        try (Stream<Path> walk = Files.walk(data)) {
          for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
            // The texts are taken as the briefing holds them, each edition its own.
            if (file.startsWith(textFolder) && file.getFileName().toString().endsWith(".md")) {
              continue;
            }
            String path = project.relativize(file).toString().replace('\\', '/');
            byte[] read = tables.get(path);
            key.add(path).add(read != null ? read : Files.readAllBytes(file));
          }
        }
      }
      return Optional.of(new ProjectInputs(key.build().hex(), series,
          series.stream().map(fingerprint::of).toList()));
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The hash of the {@code i}th edition's text, in hex. */
  String text(int i) {
    return HexFormat.of().formatHex(texts.get(i));
  }
}
