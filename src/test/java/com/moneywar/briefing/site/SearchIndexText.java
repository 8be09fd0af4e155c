package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.search.SearchIndexer;
import com.moneywar.briefing.search.SearchWording;
import com.moneywar.briefing.testing.ShippedProject;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The whole search index of a record in one language, as text, with its figures written as the site writes them. */
final class SearchIndexText {
  private SearchIndexText() {}

  static String of(Briefing briefing, Lang lang) {
    Figures figures = new Figures(briefing);
    return String.join("\n", SearchIndexer.index(briefing, lang, new SearchWording() {
      @Override
      public String figure(FigureRef ref, Lang l) {
        return figures.text(ref, l);
      }

      @Override
      public String standing(String kind, String id, Lang l) {
        return figures.standing(briefing.moneyFacts().get(kind + ":" + id), l);
      }

      @Override
      public String briefingText(com.moneywar.briefing.model.Story story, String text, Lang l) {
        return text;
      }

      @Override
      public Map<String, String> words(Lang l) {
        return ShippedProject.messages(l.code());
      }
    }).files().values().stream().map(b -> new String(b, StandardCharsets.UTF_8)).toList());
  }
}
