package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An editor changes a page's words (the investments page's caption and intro for a briefing whose
 * investors are banks, not Big Tech) with a messages file that holds only those words: the rest
 * come from the bundled file, and the built-in words presume no kind of investor.
 */
class MessagesOverrideTest {
  @TempDir Path dir;

  @Test
  void aProjectsMessagesFileNeedsOnlyTheWordsItChanges() throws IOException {
    Path project = ShippedProject.copyTo(dir.resolve("p"));
    Files.writeString(project.resolve("templates/messages/ko.properties"), """
        # 이 프로젝트가 바꾸는 말만
        investments.caption=은행의 AI 투자
        investments.intro=은행이 AI 기업에 약정하거나 집행한 투자입니다.
        """, StandardCharsets.UTF_8);
    Files.delete(project.resolve("templates/messages/en.properties"));
    Path site = dir.resolve("site");
    assertThat(new BriefingBuild(BuildListener.silent()).build(project, site, false)).isInstanceOf(Result.Ok.class);

    String ko = Files.readString(site.resolve("ko/investments.html"), StandardCharsets.UTF_8);
    assertThat(ko).contains("<caption>은행의 AI 투자</caption>", "은행이 AI 기업에 약정하거나 집행한 투자입니다.")
        // every word the file does not give is the bundled one
        .contains("<h1>투자</h1>", ">투자자 → 투자 대상<", ">원화 환산<");
    String en = Files.readString(site.resolve("en/investments.html"), StandardCharsets.UTF_8);
    assertThat(en).contains("<caption>Investments</caption>", "Investments committed and made, with their sources.");
    // The built-in captions and intros of the data pages presume no kind of investor or company.
    for (String page : new String[] {"en/investments.html", "en/valuations.html", "en/talent.html"}) {
      String html = Files.readString(site.resolve(page), StandardCharsets.UTF_8);
      assertThat(between(html, "<caption>", "</caption>") + between(html, "<p class=\"intro\">", "</p>")).as(page)
          .doesNotContain("Big Tech", "AI lab", "AI talent");
    }
    for (String page : new String[] {"ko/valuations.html", "ko/talent.html"}) {
      String html = Files.readString(site.resolve(page), StandardCharsets.UTF_8);
      assertThat(between(html, "<caption>", "</caption>") + between(html, "<p class=\"intro\">", "</p>")).as(page)
          .doesNotContain("빅테크", "몸값", "AI 인재");
    }
  }

  private static String between(String html, String open, String close) {
    int at = html.indexOf(open);
    assertThat(at).as(open).isNotNegative();
    return html.substring(at + open.length(), html.indexOf(close, at));
  }
}
