package com.moneywar.briefing.pipeline;

import com.moneywar.briefing.cache.Toolchain;
import com.moneywar.briefing.fonts.BundledFont;
import java.io.IOException;
import java.util.Optional;
import java.util.List;
import java.util.HexFormat;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * This process's {@link Toolchain}: the tool's version, the SHA-256 of the jar it runs from and of
 * the bundled fonts. Run from classes rather than a jar (tests, an IDE), the code's hash is a token
 * of the process, so nothing cached by one such process is taken by another: code that can change
 * without its version is never trusted across runs.
 */
final class ToolIdentity {
  private ToolIdentity() {}

  /** Computed once per process, on first use (reading the jar takes a few tens of milliseconds). */
  static Toolchain current() {
    return Holder.VALUE;
  }

  private static final class Holder {
    static final Toolchain VALUE = new Toolchain(version(), code(), fonts());
  }

  /** The file in a cache's folder that remembers the hashes of the jar last seen there. */
  static final String MEMO = "toolchain.txt";

  /**
   * This process's toolchain, the jar's hashes taken from {@code cacheFolder}'s memo when they were
   * taken there of this very jar file (same path, size, modification time and file key), else
   * taken now and remembered there: hashing the 23 MB jar and its fonts is a few hundred
   * milliseconds of a rebuild. A jar that is rebuilt or replaced has another time or key, so it is
   * hashed again.
   */
  static Toolchain current(Path cacheFolder) {
    Optional<Path> jar = jar();
    return jar.isEmpty() ? current() : remembered(cacheFolder, jar.get(), ToolIdentity::current);
  }

  /** The toolchain of {@code jar} from {@code cacheFolder}'s memo, or from {@code hash} (then remembered). */
  static Toolchain remembered(Path cacheFolder, Path jar, java.util.function.Supplier<Toolchain> hash) {
    Optional<String> stamp = stamp(jar);
    if (stamp.isEmpty()) {
      return hash.get();
    }
    Path memo = cacheFolder.resolve(MEMO);
    try {
      List<String> lines = Files.readAllLines(memo, StandardCharsets.UTF_8);
      if (lines.size() == 3 && lines.get(0).equals(stamp.get())) {
        HexFormat hex = HexFormat.of();
        byte[] code = hex.parseHex(lines.get(1));
        byte[] fonts = hex.parseHex(lines.get(2));
        if (code.length == 32 && fonts.length == 32) {
          return new Toolchain(version(), code, fonts);
        }
      }
    } catch (IOException | IllegalArgumentException e) {
      // no memo yet, or an unreadable one: hash the jar
    }
    Toolchain toolchain = hash.get();
    try {
      Files.createDirectories(cacheFolder);
      Path temporary = Files.createTempFile(cacheFolder, MEMO, ".tmp");
      Files.writeString(temporary, stamp.get() + "\n" + HexFormat.of().formatHex(toolchain.code()) + "\n"
          + HexFormat.of().formatHex(toolchain.fonts()) + "\n", StandardCharsets.UTF_8);
      Files.move(temporary, memo, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | RuntimeException e) {
      // not remembered: the next build hashes the jar again
    }
    return toolchain;
  }

  private static Optional<Path> jar() {
    try {
      Path path = Path.of(ToolIdentity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    } catch (java.net.URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** What identifies this jar file as it is on the disk; empty when the file system cannot say. */
  private static Optional<String> stamp(Path jar) {
    try {
      BasicFileAttributes a = Files.readAttributes(jar, BasicFileAttributes.class);
      if (a.fileKey() == null) {
        return Optional.empty();
      }
      return Optional.of(String.join(" ", version(), jar.toAbsolutePath().toString(), Long.toString(a.size()),
          Long.toString(a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS)), a.fileKey().toString()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String version() {
    String version = ToolIdentity.class.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  private static byte[] code() {
    try {
      Path path = Path.of(ToolIdentity.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(path)) {
        MessageDigest sha = sha256();
        try (InputStream in = Files.newInputStream(path)) {
          byte[] buffer = new byte[1 << 16];
          for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            sha.update(buffer, 0, n);
          }
        }
        return sha.digest();
      }
    } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
      // below: a token of this process
    }
    return sha256().digest(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] fonts() {
    MessageDigest sha = sha256();
    for (BundledFont font : BundledFont.values()) {
      sha.update(font.fileName().getBytes(StandardCharsets.UTF_8));
      sha.update(sha256().digest(font.bytes()));
    }
    return sha.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
