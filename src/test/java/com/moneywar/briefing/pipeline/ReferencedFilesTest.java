package com.moneywar.briefing.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A print document loads exactly the files whose names it holds, as a plain text search would find them. */
class ReferencedFilesTest {
  @Test
  void aDocumentGetsTheFilesWhoseNamesItHoldsAndNoOthers() {
    Map<String, String> files = new TreeMap<>();
    files.put("ko/charts/money-flows.1a2b3c4d5e.svg", "wide");
    files.put("ko/charts/money-flows.narrow.9f8e7d6c5b.svg", "narrow");
    files.put("ko/charts/valuations.0011223344.svg", "valuations");
    files.put("en/charts/money-flows.1a2b3c4d5e.svg", "english");
    files.put("ko/charts/odd name (1).svg", "odd");
    String xhtml = "<img src=\"briefing:///ko/charts/money-flows.1a2b3c4d5e.svg\"/><p>odd name (1).svg</p>";
    ReferencedFiles<String> index = new ReferencedFiles<>(files);

    // The same name in two folders: both are the document's to load, as a search for the name finds both.
    Map<String, String> expected = new TreeMap<>();
    files.forEach((path, file) -> {
      if (xhtml.contains(path.substring(path.lastIndexOf('/') + 1))) {
        expected.put(path, file);
      }
    });
    assertThat(index.in(xhtml)).isEqualTo(expected).containsOnlyKeys("ko/charts/money-flows.1a2b3c4d5e.svg",
        "en/charts/money-flows.1a2b3c4d5e.svg", "ko/charts/odd name (1).svg");
    assertThat(index.in("<p>no charts</p>")).isEmpty();
  }
}
