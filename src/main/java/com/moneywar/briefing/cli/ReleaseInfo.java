package com.moneywar.briefing.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * The tool's version and the GitHub repository (OWNER/NAME) whose releases carry its jar, as Maven
 * wrote them into {@code com/moneywar/briefing/release.properties}. The repository is known only
 * in a jar built by the release job ({@code -Dbriefing.repository=...}).
 *
 * @param version the tool's version, such as {@code 0.1.0}
 * @param repository the release repository, empty when the build did not name one
 */
record ReleaseInfo(String version, Optional<String> repository) {
  /** A GitHub OWNER/NAME. */
  static final Pattern REPOSITORY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9._-]+");

  private static final String RESOURCE = "/com/moneywar/briefing/release.properties";

  ReleaseInfo {
    requireNonNull(version, "version");
    requireNonNull(repository, "repository");
    repository.ifPresent(r -> {
      if (!REPOSITORY.matcher(r).matches()) {
        throw new IllegalArgumentException("repository must be OWNER/NAME, found '" + r + "'");
      }
    });
  }

  /** The release info built into this jar (or into target/classes). */
  static ReleaseInfo ofThisBuild() {
    try (InputStream in = ReleaseInfo.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the jar");
      }
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      String repository = p.getProperty("repository", "").strip();
      return new ReleaseInfo(p.getProperty("version", "").strip(),
          repository.isEmpty() ? Optional.empty() : Optional.of(repository));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
