package com.moneywar.briefing.pipeline;

import com.moneywar.briefing.cache.Toolchain;
import com.moneywar.briefing.fonts.BundledFont;
import java.io.IOException;
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
