package com.moneywar.briefing.site.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A headline is quoted in double quotes; its own quotes are nested as single ones. */
class SourceViewTest {
  private static String quoted(String headline) {
    return "“" + new SourceView("s", "동아일보", headline, "2024년 10월", "", "", "", "ko").title() + "”";
  }

  @Test
  void aHeadlinesOwnQuotesBecomeSingleInsideTheQuotesAroundIt() {
    // A new user's PDF listed 동아일보, “1.2조원 인수 제안 거절 “AI칩 독자 개발-양산””.
    assertThat(quoted("퓨리오사AI, 메타의 1.2조원 인수 제안 거절 “AI칩 독자 개발-양산”"))
        .isEqualTo("“퓨리오사AI, 메타의 1.2조원 인수 제안 거절 ‘AI칩 독자 개발-양산’”");
    assertThat(quoted("Nvidia \"intends\" to invest up to $100 billion in \"OpenAI\""))
        .isEqualTo("“Nvidia ‘intends’ to invest up to $100 billion in ‘OpenAI’”");
    assertThat(quoted("Meta’s offer, ‘no deal’")).isEqualTo("“Meta’s offer, ‘no deal’”");
  }
}
