package com.moneywar.briefing.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.search.SearchDoc.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * An index made with the memo of earlier builds ({@link SearchMemo}) is byte for byte the index made
 * without one, whatever the builds before held: documents edited, added, taken out or moved.
 */
class SearchMemoPropertiesTest {
  @Property(tries = 200)
  void theMemoNeverChangesAByte(@ForAll("series") List<List<SearchDoc>> builds) {
    SearchMemo memo = new SearchMemo();
    for (List<SearchDoc> docs : builds) {
      memo.beginBuild();
      SearchIndex kept = SearchIndexer.index(docs, memo);
      memo.endBuild();
      SearchIndex fresh = SearchIndexer.index(docs);
      assertThat(kept.manifest()).isEqualTo(fresh.manifest());
      assertThat(kept.files().keySet()).isEqualTo(fresh.files().keySet());
      for (Map.Entry<String, byte[]> e : fresh.files().entrySet()) {
        assertThat(kept.files().get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
      }
    }
  }

  @Provide
  Arbitrary<List<List<SearchDoc>>> series() {
    Arbitrary<String> word = Arbitraries.of("openai", "앤스로픽은", "투자", "invested", "Nvidia's", "10억달러", "compute",
        "클라우드", "round", "xAI", "GPT-5를", "deal");
    Arbitrary<String> text = word.list().ofMinSize(1).ofMaxSize(8).map(w -> String.join(" ", w));
    Arbitrary<SearchDoc> doc = Combinators.combine(Arbitraries.of(Kind.values()), text, text,
        Arbitraries.of("2024-03-28", "2025-11", "2025-11-28", "2026"), Arbitraries.of("a.html", "b.html", "c.html"),
        Arbitraries.of(true, false))
        .as((kind, title, body, date, url, titled) -> new SearchDoc(kind, title, date, date, url, body, titled));
    // A first build, then edits of it: each document kept, replaced or dropped, and new ones added.
    return doc.list().ofMinSize(0).ofMaxSize(30).flatMap(first -> Arbitraries.integers().between(0, 1_000_000)
        .list().ofMinSize(1).ofMaxSize(4).flatMap(seeds -> doc.list().ofMaxSize(6).map(added -> {
          List<List<SearchDoc>> builds = new ArrayList<>();
          builds.add(first);
          List<SearchDoc> current = first;
          for (int seed : seeds) {
            List<SearchDoc> next = new ArrayList<>();
            for (int i = 0; i < current.size(); i++) {
              int pick = Math.floorMod(seed + i * 7919, 5);
              if (pick == 0) {
                continue; // taken out
              }
              next.add(pick == 1 && !added.isEmpty() ? added.get(i % added.size()) : current.get(i));
            }
            next.addAll(added.subList(0, Math.floorMod(seed, added.size() + 1)));
            builds.add(next);
            current = next;
          }
          return builds;
        })));
  }
}
