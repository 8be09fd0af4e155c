package com.moneywar.briefing.daemon;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The jar this JVM runs, as its path, size and time of change: a daemon serves only clients of the
 * same jar, and stops when {@code mvn package} rewrites it under its feet.
 */
public record JarIdentity(Path path, long size, long modifiedMillis) {
  /** The jar the tool's classes come from, or empty when they come from a folder (tests, an IDE). */
  public static Optional<JarIdentity> ofThisTool() {
    try {
      var source = JarIdentity.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path path = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(path) ? of(path) : Optional.empty();
    } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** {@code path} as it is now, or empty when it cannot be read. */
  public static Optional<JarIdentity> of(Path path) {
    try {
      BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
      return Optional.of(new JarIdentity(path.toAbsolutePath().normalize(), a.size(), a.lastModifiedTime().toMillis()));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** Whether the file at this path is no longer the one described (rewritten, or gone). */
  public boolean changed() {
    return of(path).map(now -> !now.equals(this)).orElse(true);
  }
}
