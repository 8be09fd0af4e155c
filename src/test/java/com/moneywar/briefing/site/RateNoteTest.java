package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.BuiltSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The note that a won figure shows its exchange rate under it appears where a figure does: a new
 * user's AMD and Oracle pages, whose figures were all unconverted, said "won figures show their rate
 * below" over none.
 */
class RateNoteTest {
  @Test
  void aPageSaysItsWonFiguresShowTheirRatesOnlyWhenOneDoes() throws IOException {
    int with = 0;
    int without = 0;
    for (String lang : List.of("ko", "en")) {
      Path site = BuiltSite.shipped().resolve(lang);
      List<Path> pages;
      try (Stream<Path> companies = Files.list(site.resolve("companies"))) {
        pages = Stream.concat(companies, Stream.of(site.resolve("investments.html"), site.resolve("talent.html")))
            .filter(p -> p.toString().endsWith(".html")).toList();
      }
      for (Path page : pages) {
        Document doc = Jsoup.parse(Files.readString(page));
        boolean rates = !doc.select("main table span.rate").isEmpty();
        boolean note = doc.select("main p.note").eachText().stream()
            .anyMatch(t -> t.startsWith("원화 환산액 아래에") || t.startsWith("Each won figure shows the exchange rate"));
        assertThat(note).as(page.toString()).isEqualTo(rates);
        with += rates ? 1 : 0;
        without += rates ? 0 : 1;
      }
    }
    assertThat(with).isGreaterThan(4);
    assertThat(without).isGreaterThan(4);
  }
}
