package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.BuiltSite;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One changed CSV cell changes the figure everywhere it appears, in both languages. */
class FigureChangeTest {
  @TempDir Path dir;

  @Test
  void aChangedCellReachesProseTablesAndHeadlinesInBothLanguages() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("project"));
    ShippedProject.replace(project, "data/valuations.csv", ",86000000000,", ",90000000000,");
    Path site = BuiltSite.build(project, dir.resolve("site"));
    for (String page : new String[] {"briefings/ai-money-war-2024-03-28.html", "valuations.html", "index.html"}) {
      // The valuations page across its parts (one per year).
      String ko = page.equals("valuations.html") ? BuiltSite.dataPageText(site, "ko", "valuations")
          : Jsoup.parse(site.resolve("ko/" + page).toFile(), "UTF-8").select("main").text();
      String en = page.equals("valuations.html") ? BuiltSite.dataPageText(site, "en", "valuations")
          : Jsoup.parse(site.resolve("en/" + page).toFile(), "UTF-8").select("main").text();
      assertThat(ko).as("ko/" + page).contains("900억달러").doesNotContain("860억달러");
      assertThat(en).as("en/" + page).contains("$90 billion").doesNotContain("$86 billion");
    }
    String koProse = Jsoup.parse(site.resolve("ko/briefings/ai-money-war-2024-03-28.html").toFile(), "UTF-8").text();
    assertThat(koProse).contains("900억달러(약 121조원)");
  }
}
