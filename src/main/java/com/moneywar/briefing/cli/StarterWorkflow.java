package com.moneywar.briefing.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The GitHub Actions workflow {@code init} writes into a new project, {@code
 * .github/workflows/briefing.yml}: it checks pull requests and deploys main to GitHub Pages with the
 * {@code briefing.jar} of one tagged release of the tool, pinned by version and, when known, by
 * SHA-256. Where the release repository is not known, the workflow names the placeholder {@link
 * #PLACEHOLDER} (and fails saying to set it), and {@link #warnings()} says so.
 *
 * @param text the workflow
 * @param warnings what the user must still do, one sentence each; empty when nothing
 */
record StarterWorkflow(String text, List<String> warnings) {
  /** Where the workflow lives in the new project. */
  static final String PATH = ".github/workflows/briefing.yml";

  /** The repository written when none is known. */
  static final String PLACEHOLDER = "OWNER/NAME";

  private static final String TEMPLATE = "/com/moneywar/briefing/starter/github-workflow.yml";

  StarterWorkflow {
    requireNonNull(text, "text");
    warnings = List.copyOf(warnings);
  }

  /**
   * The workflow for the tool of {@code release}, fetched from {@code toolRepository} if given,
   * else from the release's own repository. {@code jarSha256} is the SHA-256 of the jar running
   * now; it is pinned only when that jar is the release's own (built by its release job, for the
   * repository the workflow downloads from).
   */
  static StarterWorkflow of(ReleaseInfo release, Optional<String> toolRepository, Optional<String> jarSha256) {
    List<String> warnings = new ArrayList<>();
    Optional<String> repository = toolRepository.or(release::repository);
    boolean ownRelease = release.repository().isPresent() && release.repository().equals(repository);
    Optional<String> sha256 = ownRelease ? jarSha256 : Optional.empty();
    if (repository.isEmpty()) {
      warnings.add("warning: " + PATH + " downloads briefing.jar from " + PLACEHOLDER + ", a placeholder: set"
          + " BRIEFING_REPOSITORY there to the GitHub repository whose releases carry briefing.jar"
          + " (or run init again with --tool-repository OWNER/NAME); until then the workflow fails");
    } else if (sha256.isEmpty()) {
      warnings.add("note: " + PATH + " pins briefing.jar by its release tag v" + release.version()
          + " only; set BRIEFING_SHA256 there to the contents of that release's briefing.jar.sha256 to pin its bytes");
    }
    String text = template()
        .replace("@REPOSITORY@", repository.orElse(PLACEHOLDER))
        .replace("@VERSION@", release.version())
        .replace("@SHA256@", sha256.orElse(""));
    return new StarterWorkflow(text, warnings);
  }

  private static String template() {
    try (InputStream in = StarterWorkflow.class.getResourceAsStream(TEMPLATE)) {
      if (in == null) {
        throw new IllegalStateException(TEMPLATE + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
