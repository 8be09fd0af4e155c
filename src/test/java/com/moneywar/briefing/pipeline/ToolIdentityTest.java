package com.moneywar.briefing.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.cache.Toolchain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's hashes are remembered in the cache folder, so a rebuild does not read the whole jar
 * again; a jar that changed on the disk is always hashed anew, and a damaged memo is ignored.
 */
class ToolIdentityTest {
  @TempDir Path dir;

  private final AtomicInteger hashed = new AtomicInteger();

  private Supplier<Toolchain> hashing(byte fill) {
    return () -> {
      hashed.incrementAndGet();
      byte[] code = new byte[32];
      Arrays.fill(code, fill);
      return new Toolchain("test", code, new byte[32]);
    };
  }

  @Test
  void theSameJarIsHashedOnceAndAChangedOneAgain() throws IOException {
    Path jar = Files.writeString(dir.resolve("briefing.jar"), "first build of the tool");
    Path cache = dir.resolve("cache");
    Toolchain first = ToolIdentity.remembered(cache, jar, hashing((byte) 1));
    Toolchain again = ToolIdentity.remembered(cache, jar, hashing((byte) 2));
    assertThat(hashed).hasValue(1);
    assertThat(again.code()).isEqualTo(first.code());

    // A rebuilt jar: other bytes, another modification time.
    Files.writeString(jar, "second build of the tool");
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
    Toolchain rebuilt = ToolIdentity.remembered(cache, jar, hashing((byte) 3));
    assertThat(hashed).hasValue(2);
    assertThat(rebuilt.code()).isNotEqualTo(first.code());

    // The same size and bytes but touched: hashed again all the same.
    Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(10)));
    ToolIdentity.remembered(cache, jar, hashing((byte) 3));
    assertThat(hashed).hasValue(3);
  }

  @Test
  void aDamagedMemoIsNotTrusted() throws IOException {
    Path jar = Files.writeString(dir.resolve("briefing.jar"), "the tool");
    Path cache = dir.resolve("cache");
    ToolIdentity.remembered(cache, jar, hashing((byte) 1));
    Path memo = cache.resolve(ToolIdentity.MEMO);
    String stamp = Files.readAllLines(memo).get(0);
    Files.writeString(memo, stamp + "\nnot hex\n" + "00".repeat(32) + "\n");
    Toolchain read = ToolIdentity.remembered(cache, jar, hashing((byte) 4));
    assertThat(hashed).hasValue(2);
    assertThat(read.code()[0]).isEqualTo((byte) 4);
  }
}
