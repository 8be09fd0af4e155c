package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.NodeTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A won figure's exchange rate can be read on a phone, as the data pages say: the title a mouse
 * shows on hover is never shown on a touch screen, so the figure takes focus on a tap (or the Tab
 * key) and the style sheet writes its rate out while it has it.
 */
class FigureRateOnTouchTest {
  private static final String SEED = "briefings/ai-money-war-2024-03-28.html";

  @Test
  void everyFigureWithARateIsFocusableOnTheSiteOnly() throws IOException {
    Path site = BuiltSite.shipped();
    for (String lang : List.of("ko", "en")) {
      Document page = Jsoup.parse(site.resolve(lang + "/" + SEED).toFile(), "UTF-8");
      List<Element> rated = page.select(".story .figure[title]");
      assertThat(rated).as(lang).isNotEmpty().allSatisfy(f -> assertThat(f.attr("tabindex")).isEqualTo("0"));
      // A figure without a rate (a date) is no stop for the Tab key.
      assertThat(page.select(".figure:not([title])[tabindex]")).isEmpty();
      // The feed is read without our style sheet: its figures keep their title only.
      String feed = Files.readString(site.resolve(lang + "/feed.xml"), StandardCharsets.UTF_8);
      assertThat(feed).contains("class=&quot;figure&quot; title=").doesNotContain("tabindex");
    }
    assertThat(Files.readString(site.resolve("assets").resolve(hashed(site, "style")), StandardCharsets.UTF_8))
        .contains(".figure[tabindex]:focus::after {\n  content: attr(title);");
  }

  @Test
  void theDataPagesSayToTapOrHoverOverAFigure() throws IOException {
    Path site = BuiltSite.shipped();
    assertThat(Jsoup.parse(site.resolve("en/investments.html").toFile(), "UTF-8").select("p.note").text())
        .contains("in the briefing text, tap the figure or hover over it to see them.")
        .doesNotContain("hover over the figure to see it");
    assertThat(Jsoup.parse(site.resolve("ko/investments.html").toFile(), "UTF-8").select("p.note").text())
        .contains("본문에서는 원화 환산액을 누르거나 마우스를 올리면 나옵니다.");
  }

  @Test
  void aTapOnAFigureShowsItsRateOnAPhone() throws IOException, InterruptedException {
    NodeTools.skipOrFail("The browser tests", AccessibilityTest.missing(System.getenv()), System.getenv());
    for (String lang : List.of("ko", "en")) {
      Path file = BuiltSite.shipped().resolve(lang + "/" + SEED);
      Process process = new ProcessBuilder("node", NodeTools.JS.resolve("browser.mjs").toString(), "tap", file.toString())
          .redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
      assertThat(process.exitValue()).as(output).isZero();
      JsonNode tap = new ObjectMapper().readTree(output.lines().filter(l -> l.startsWith("{")).findFirst().orElseThrow());
      assertThat(tap.get("title").asText()).startsWith(lang.equals("ko") ? "환율 1달러 = 1,349원" : "Rate $1 = ₩1,349");
      assertThat(tap.get("focused").asBoolean()).as("the tapped figure has focus").isTrue();
      assertThat(tap.get("after").asText()).as("written out after the figure").isEqualTo("\"" + tap.get("title").asText() + "\"");
      assertThat(tap.get("overflow").asBoolean()).as("wider than the phone's screen").isFalse();
      assertThat(tap.get("away").asText()).as("after a tap elsewhere").isEqualTo("none");
    }
  }

  /** The file name under assets/ of a hashed asset ({@code style} → {@code style.<hash>.css}). */
  private static String hashed(Path site, String stem) throws IOException {
    try (var files = Files.list(site.resolve("assets"))) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(stem + ".") && n.endsWith(".css"))
          .findFirst().orElseThrow();
    }
  }
}
