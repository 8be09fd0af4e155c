package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.NodeTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * axe-core in headless Chromium finds no WCAG 2.1 AA violation on the home, a briefing, a data
 * page and the search page in both languages, in light and dark mode, and the pages request nothing from the network.
 * Needs node, Chromium ({@code /usr/bin/chromium}, or the binary named by {@code CHROMIUM}) and
 * src/test/js/node_modules (.ci/run and the GitHub workflow install them). Without them the test
 * is skipped on a developer's machine, and fails, naming what to install, where it must run: with
 * {@code CI=true} or {@code BRIEFING_BROWSER_TESTS=required}.
 */
class AccessibilityTest {
  /** What is missing to run the browser tests, each with how to install it; empty when nothing is. */
  static List<String> missing(Map<String, String> env) {
    List<String> missing = new ArrayList<>(NodeTools.missingChromium(env));
    missing.addAll(NodeTools.missingNodeAnd(List.of("axe-core", "playwright-core"), env));
    return missing;
  }

  @Test
  void aMissingBrowserFailsOnCiOrWhenRequiredAndNamesWhatToInstall() {
    assertThat(missing(Map.of("PATH", "", "CHROMIUM", "/nonexistent/chromium"))).startsWith(
        "Chromium at /nonexistent/chromium (apt-get install chromium, or set CHROMIUM to a Chromium or Chrome binary)",
        "node on the PATH (apt-get install nodejs)");
    assertThat(NodeTools.required(Map.of("CI", "true"))).isTrue();
    assertThat(NodeTools.required(Map.of("BRIEFING_BROWSER_TESTS", "required"))).isTrue();
    assertThat(NodeTools.required(Map.of("CI", "false"))).isFalse();
    assertThat(NodeTools.required(Map.of())).isFalse();
  }

  @Test
  void pagesHaveNoAxeViolationsAndNoNetworkRequests() throws IOException, InterruptedException {
    NodeTools.skipOrFail("The browser tests", missing(System.getenv()), System.getenv());
    Path site = BuiltSite.shipped();
    List<String> command = new ArrayList<>(List.of("node", NodeTools.JS.resolve("browser.mjs").toString(), "axe"));
    for (String page : List.of("index.html", "ko/index.html", "en/index.html",
        "ko/briefings/ai-money-war-2024-03-28.html", "en/briefings/ai-money-war-2024-03-28.html",
        "ko/investments.html", "en/investments.html", "ko/sources.html", "en/valuations.html", "ko/search.html",
        "en/search.html", "ko/companies.html", "en/companies.html", "ko/companies/anthropic.html",
        "en/companies/anthropic.html", "ko/companies/microsoft.html", "en/companies/microsoft.html")) {
      command.add(site.resolve(page).toString());
    }
    // A series of three: the archive, a briefing with previous and next, and one with its own charts.
    Path series = BuiltSite.series();
    for (String page : List.of("ko/archive.html", "en/archive.html", "ko/briefings/fixture-second.html",
        "en/briefings/fixture-second.html", "ko/briefings/fixture-third.html", "en/index.html")) {
      command.add(series.resolve(page).toString());
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    List<String> lines = output.lines().filter(l -> l.startsWith("{")).toList();
    assertThat(lines).hasSize(2 * (command.size() - 3)); // each page in light and dark
    assertThat(lines).allSatisfy(line -> {
      assertThat(line).contains("\"violations\":[]");
      assertThat(line).contains("\"external\":[]");
    });
  }
}
