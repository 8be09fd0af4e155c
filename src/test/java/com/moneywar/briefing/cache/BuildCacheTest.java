package com.moneywar.briefing.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cache folder on its own: entries, their header, bounds and upkeep. (Builds: pipeline.BuildCacheTest.) */
class BuildCacheTest {
  private static final Toolchain TOOL = new Toolchain("1.0.0", bytes("code"), bytes("fonts"));

  @TempDir
  Path dir;

  @Test
  void anEntryComesBackAsStoredAndOnlyForItsKindKeyAndTool() {
    BuildCache cache = BuildCache.open(dir, TOOL);
    CacheKey key = CacheKey.builder("pdf").add("ko").add(bytes("<html/>")).build();
    cache.put(key, bytes("the PDF"));
    assertThat(cache.get(key)).hasValueSatisfying(v -> assertThat(v).isEqualTo(bytes("the PDF")));
    assertThat(cache.get(CacheKey.builder("pdf").add("en").add(bytes("<html/>")).build())).isEmpty();
    assertThat(cache.get(CacheKey.builder("charts").add("ko").add(bytes("<html/>")).build())).isEmpty();
    assertThat(BuildCache.open(dir, new Toolchain("1.0.1", TOOL.code(), TOOL.fonts())).get(key)).isEmpty();
    assertThat(cache.stats().hits("pdf")).isEqualTo(1);
    assertThat(cache.stats().written("pdf")).isEqualTo(1);
  }

  @Test
  void holdsSaysWhichKeysHaveAnEntryWithoutCountingAHitOrAMiss() {
    // The PDF stage starts the editions the cache does not hold first.
    BuildCache cache = BuildCache.open(dir, TOOL);
    CacheKey key = CacheKey.builder("pdf").add("ko").add(bytes("<html/>")).build();
    CacheKey other = CacheKey.builder("pdf").add("en").add(bytes("<html/>")).build();
    assertThat(cache.holds(key)).isFalse();
    cache.put(key, bytes("the PDF"));
    assertThat(cache.holds(key)).isTrue();
    assertThat(cache.holds(other)).isFalse();
    assertThat(BuildCache.open(dir, new Toolchain("1.0.1", TOOL.code(), TOOL.fonts())).holds(key))
        .as("another tool's entry").isFalse();
    assertThat(BuildCache.disabled().holds(key)).isFalse();
    assertThat(cache.stats().hits()).isZero();
    assertThat(cache.stats().misses()).isZero();
  }

  @Test
  void keysOfValuesFollowTheirContentNotTheirOrderOfIteration() {
    Fingerprint f = new Fingerprint();
    record Row(String id, java.math.BigDecimal amount, List<String> tags) {}
    Map<String, Row> one = new java.util.HashMap<>();
    Map<String, Row> other = new java.util.TreeMap<>(java.util.Comparator.reverseOrder());
    for (Map<String, Row> m : List.of(one, other)) {
      m.put("a", new Row("a", new java.math.BigDecimal("1.0"), List.of("x")));
      m.put("b", new Row("b", new java.math.BigDecimal("2"), List.of()));
    }
    assertThat(f.of(one)).isEqualTo(f.of(other));
    assertThat(f.of(new Row("a", new java.math.BigDecimal("1.0"), List.of())))
        .as("1.0 and 1.00 are different inputs").isNotEqualTo(f.of(new Row("a", new java.math.BigDecimal("1.00"), List.of())));
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> f.of(new Object())))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot fingerprint");
  }

  @Test
  void pruneDropsTheLeastRecentlyUsedAndOtherFormats() throws IOException {
    BuildCache cache = BuildCache.open(dir, TOOL);
    CacheKey old = CacheKey.builder("pdf").add("old").build();
    CacheKey used = CacheKey.builder("pdf").add("used").build();
    cache.put(old, new byte[1000]);
    cache.put(used, new byte[1000]);
    for (Path entry : entries()) {
      Files.setLastModifiedTime(entry, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    }
    assertThat(cache.get(used)).isPresent(); // marks it as used now
    Files.createDirectories(dir.resolve("v0/pdf/ab"));
    Files.write(dir.resolve("v0/pdf/ab/cdef"), new byte[10]);

    long entry = Files.size(entries().get(0));
    assertThat(cache.prune(entry)).isEqualTo(entry + 10);
    assertThat(cache.get(used)).isPresent();
    assertThat(cache.get(old)).isEmpty();
    assertThat(dir.resolve("v0")).doesNotExist();
    assertThat(cache.clean()).isEqualTo(entry);
    assertThat(dir).doesNotExist();
  }

  @Test
  void aDisabledCacheWritesNothing() {
    BuildCache off = BuildCache.disabled();
    off.put(CacheKey.builder("pdf").add("x").build(), bytes("y"));
    assertThat(off.get(CacheKey.builder("pdf").add("x").build())).isEmpty();
    assertThat(off.folder()).isEmpty();
    assertThat(dir.toFile().list()).isEmpty();
  }

  private List<Path> entries() throws IOException {
    try (Stream<Path> walk = Files.walk(dir.resolve(BuildCache.FOLDER))) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
