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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What each edition's pages are made from, the same in both languages, as a hash per slug: the key
 * under which the build's cache keeps what the edition made ({@code site/EditionMemo}).
 *
 * <p>It holds, for every edition: the templates; the config as the build read it (with its command
 * line overrides); the bytes of {@code briefing.properties} and of every file under {@code data/}
 * but the texts (so every table, known or not); the texts of every edition dated on or before this
 * one, in series order (the briefing as of its date, its number, the edition before it); and the
 * text of the edition after it, which its page links to by title. The tool itself is in every key
 * of the cache. What the key cannot hold, the renderer adds by language: the charts, the site's
 * preview image, the stylesheets' names and which PDFs the output holds.
 *
 * <p>So an edit to the newest edition's text makes that edition and the one before it again, and an
 * edit to a table, the config or a template makes every edition again.
 */
final class EditionInputs {
  private EditionInputs() {}

  /** Each edition's inputs by slug; empty when a part of them cannot be read or fingerprinted. */
  static Optional<Map<String, String>> of(Path project, Briefing briefing, String templatesKey) {
    Fingerprint fingerprint = new Fingerprint();
    CacheKey.Builder shared = CacheKey.builder("edition-inputs").add(templatesKey);
    List<Story> series = AsOf.series(briefing);
    byte[][] texts = new byte[series.size()][];
    try {
      shared.add(fingerprint.of(briefing.config()));
      Path config = project.resolve("briefing.properties");
      if (Files.isRegularFile(config)) {
        shared.add("briefing.properties").add(Files.readAllBytes(config));
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
            shared.add(project.relativize(file).toString().replace('\\', '/')).add(Files.readAllBytes(file));
          }
        }
      }
      for (int i = 0; i < texts.length; i++) {
        texts[i] = fingerprint.of(series.get(i));
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    String whole = shared.build().hex();
    // The texts up to each edition, one after another in series order.
    String[] upTo = new String[series.size()];
    String before = "";
    for (int i = 0; i < series.size(); i++) {
      Story story = series.get(i);
      before = CacheKey.builder("edition-series").add(before).add(story.slug()).add(AsOf.date(story).toString())
          .add(texts[i]).build().hex();
      upTo[i] = before;
    }
    Map<String, String> inputs = new HashMap<>();
    for (int i = 0; i < series.size(); i++) {
      // An edition's record holds every text of its date, those after it in the series too.
      int last = i;
      while (last + 1 < series.size() && AsOf.date(series.get(last + 1)).equals(AsOf.date(series.get(i)))) {
        last++;
      }
      CacheKey.Builder key = CacheKey.builder("edition").add(whole).add(upTo[last]);
      if (i + 1 < series.size()) {
        Story next = series.get(i + 1);
        key.add(next.slug()).add(AsOf.date(next).toString()).add(texts[i + 1]);
      } else {
        key.add("newest");
      }
      inputs.put(series.get(i).slug(), key.build().hex());
    }
    return Optional.of(inputs);
  }
}
