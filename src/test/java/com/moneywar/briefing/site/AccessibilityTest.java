package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * axe-core in headless Chromium finds no WCAG 2.1 AA violation on the home, a briefing and a data
 * page in both languages, in light and dark mode, and the pages request nothing from the network.
 * Needs Chromium and src/test/js/node_modules (.ci/run installs both); without them the test is
 * skipped, unless BRIEFING_BROWSER_TESTS=required says the machine must have them.
 */
class AccessibilityTest {
  private static final Path JS = ShippedProject.ROOT.resolve("src/test/js");

  @Test
  void pagesHaveNoAxeViolationsAndNoNetworkRequests() throws IOException, InterruptedException {
    boolean available = Files.isExecutable(Path.of("/usr/bin/chromium"))
        && Files.isDirectory(JS.resolve("node_modules/axe-core"));
    if ("required".equals(System.getenv("BRIEFING_BROWSER_TESTS"))) {
      assertThat(available).as("Chromium and src/test/js/node_modules are installed").isTrue();
    }
    assumeTrue(available, "Chromium or the npm packages in src/test/js are missing");
    Path site = BuiltSite.shipped();
    List<String> command = new ArrayList<>(List.of("node", JS.resolve("browser.mjs").toString(), "axe"));
    for (String page : List.of("index.html", "ko/index.html", "en/index.html",
        "ko/briefings/ai-money-war-2024-03-28.html", "en/briefings/ai-money-war-2024-03-28.html",
        "ko/investments.html", "en/investments.html", "ko/sources.html", "en/valuations.html")) {
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
    assertThat(lines).hasSize(30);
    assertThat(lines).allSatisfy(line -> {
      assertThat(line).contains("\"violations\":[]");
      assertThat(line).contains("\"external\":[]");
    });
  }
}
