package com.moneywar.briefing.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SourceTextsTest {
  @Test
  void findsTheFirstFileInOrderWithLineAndColumnCountedInCharacters() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("data/texts/a.ko.md", "---\ntitle: 제목\n---\n\n美 아마존이 𝐀美\n");
    files.put("data/companies.csv", "id,name\n美,x\n");
    SourceTexts sources = new SourceTexts(files);

    assertThat(sources.find("美")).hasValueSatisfying(p -> assertThat(p).hasToString("data/texts/a.ko.md:5:1"));
    assertThat(sources.find("𝐀美")).hasValueSatisfying(p -> assertThat(p).hasToString("data/texts/a.ko.md:5:8"));
    assertThat(sources.find("id,name")).hasValueSatisfying(p -> assertThat(p).hasToString("data/companies.csv:1:1"));
    assertThat(sources.find("nowhere")).isEmpty();
  }
}
