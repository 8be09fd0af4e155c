package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A company whose only rounds are debt borrowed, and its page says so: a new user's Meta, with one bond
 * sale, read "라운드 유치액 300억달러 (그중 차입 300억달러)", which a Korean reader takes for shares sold. The
 * row added here is a TEST FIXTURE, not a reported figure.
 */
class BorrowedTotalTest {
  @TempDir Path dir;

  @Test
  void aCompanyThatOnlyBorrowedShowsItsBorrowingNotRoundsRaised() throws Exception {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    ShippedProject.addFixtureSource(project, "fixture-bonds");
    ShippedProject.appendRows(project, "data/rounds.csv",
        "fixture-bonds-2025-10,meta,debt,,,,30000000000,,USD,exact,2025-10-30,fixture-bonds,,,none,,,\n");
    Path site = dir.resolve("site");
    new BriefingBuild(BuildListener.silent()).build(project, site, false).orElseThrow();
    String ko = Jsoup.parse(site.resolve("ko/companies/meta.html").toFile(), "UTF-8").select("main").text();
    String en = Jsoup.parse(site.resolve("en/companies/meta.html").toFile(), "UTF-8").select("main").text();
    assertThat(ko).contains("차입 합계").doesNotContain("라운드 유치액");
    assertThat(en).contains("Borrowed").doesNotContain("Raised in rounds");
    // A company with shares and debt keeps its rounds total, with the debt in it said.
    String openai = Jsoup.parse(site.resolve("en/companies/openai.html").toFile(), "UTF-8").select("main").text();
    assertThat(openai).contains("Raised in rounds");
  }
}
