package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class StructuredDataTest {
  @Test
  void aTitleThatCloseScriptsCannotEndTheScriptElementAndReadsBackTheSame() {
    String headline = "앤스로픽 </script><script>alert(1)</script> \"인용\"";
    String ld = StructuredData.article("https://example.org/ko/briefings/x.html", headline, "요약", "2024-03-28", "ko",
        "https://example.org/ko/briefings/x.png", "편집부");
    assertThat(ld).doesNotContain("</").contains("<\\/script>");
    assertThat(JsonMapper.builder().build().readTree(ld).get("headline").asString()).isEqualTo(headline);
  }
}
