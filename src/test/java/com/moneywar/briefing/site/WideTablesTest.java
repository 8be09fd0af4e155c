package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.NodeTools;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data tables fit a laptop's screen (1280 px) without scrolling sideways when they have every column:
 * a new user's English "Deals that are not investments", with a capacity column, dates written out
 * ("September 22, 2025") and a stake "completed June 12, 2025", ran 82 px past the page, and the
 * investments and rounds tables a little less.
 */
class WideTablesTest {
  @Test
  void theInvestmentsPageTablesFitALaptopScreenInBothLanguages(@TempDir Path dir) throws IOException, InterruptedException {
    NodeTools.skipOrFail("The browser tests", AccessibilityTest.missing(System.getenv()), System.getenv());
    // TEST FIXTURES, not reported deals: a supply deal with its capacity and a warrant, given to shipped
    // companies, dated with a long month name.
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    Path flows = project.resolve("data/flows.csv");
    List<String> lines = new ArrayList<>(Files.readAllLines(flows, StandardCharsets.UTF_8));
    lines.set(0, lines.get(0) + ",capacity,capacity_unit,capacity_bound,percent_bound");
    for (int i = 1; i < lines.size(); i++) {
      lines.set(i, lines.get(i) + ",,,,");
    }
    lines.add("fixture-supply-2025-09,supply,anthropic,microsoft,,agreed,,,,,USD,exact,2025-09-22,wyomingstar-2025-11-19,,,,,,,,"
        + "테스트용 공급 계약. 금액은 밝히지 않았다.,A TEST FIXTURE supply deal. No price disclosed.,6,GW,,");
    lines.add("fixture-warrant-2025-09,warrant,anthropic,microsoft,10,agreed,,,,,USD,exact,2025-09-22,wyomingstar-2025-11-19,,,,,,,,"
        + "테스트용 신주인수권.,A TEST FIXTURE warrant.,,,,about");
    Files.write(flows, lines, StandardCharsets.UTF_8);
    Path site = BuiltSite.build(project, dir.resolve("site"));
    List<String> command = new ArrayList<>(List.of("node", NodeTools.JS.resolve("browser.mjs").toString(), "tables", "1280",
        site.resolve("ko/investments.html").toString(), site.resolve("en/investments.html").toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    List<String> pages = output.lines().filter(l -> l.startsWith("{")).toList();
    assertThat(pages).hasSize(2);
    assertThat(pages).as("tables that scroll sideways at 1280 px")
        .allSatisfy(page -> assertThat(page).contains("\"wide\":[]"));
    // The fixture's deals are in the table the new user's ran past the page.
    assertThat(Files.readString(site.resolve("en/investments.html"))).contains("September\u00a022, 2025");
  }
}
