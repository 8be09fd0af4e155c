package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.NodeTools;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page fits a phone's screen (360 px) and a laptop's (1280 px) without scrolling sideways, with
 * the long names and long totals real briefings have: a new user's company page ran a total over the
 * next card, and a fund's name ran off the phone.
 */
class NarrowScreenTest {
  @Test
  void noPageIsWiderThanAPhoneOrALaptopWithALongNameAndLongTotals(@TempDir Path dir) throws IOException, InterruptedException {
    NodeTools.skipOrFail("The browser tests", AccessibilityTest.missing(System.getenv()), System.getenv());
    // A TEST FIXTURE: SoftBank named as long as a fund can be. It leads OpenAI's round of March 2025,
    // which the newest text names with a comma right after it, and its company page has long totals.
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    ShippedProject.replace(project, "data/companies.csv", "softbank,소프트뱅크그룹,SoftBank Group,",
        "softbank,소프트뱅크그룹,Hangzhou City Investment Group Industrial Fund,");
    Path site = BuiltSite.build(project, dir.resolve("site"));
    List<String> pages = new ArrayList<>();
    for (String lang : List.of("ko", "en")) {
      pages.add(site.resolve(lang + "/briefings/" + ShippedProject.newest() + ".html").toString());
      pages.add(site.resolve(lang + "/index.html").toString());
      pages.add(site.resolve(lang + "/companies/softbank.html").toString());
      pages.add(site.resolve(lang + "/companies/openai.html").toString());
      pages.add(site.resolve(lang + "/companies/anthropic.html").toString());
      pages.add(site.resolve(lang + "/companies/microsoft.html").toString());
    }
    for (String width : List.of("360", "1280")) {
      List<String> command = new ArrayList<>(List.of("node", NodeTools.JS.resolve("browser.mjs").toString(), "overflow", width));
      command.addAll(pages);
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
      assertThat(process.exitValue()).as(output).isZero();
      List<String> wide = new ArrayList<>();
      for (String line : output.lines().filter(l -> l.startsWith("{")).toList()) {
        JsonNode page = new ObjectMapper().readTree(line);
        if (page.get("overflow").asBoolean()) {
          wide.add(site.relativize(Path.of(page.get("file").asText())) + " " + page.get("out"));
        }
      }
      assertThat(output.lines().filter(l -> l.startsWith("{")).count()).isEqualTo(pages.size());
      assertThat(wide).as("pages wider than " + width + " px").isEmpty();
    }
  }
}
