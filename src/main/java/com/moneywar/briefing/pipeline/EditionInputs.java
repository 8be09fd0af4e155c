package com.moneywar.briefing.pipeline;

import com.moneywar.briefing.cache.CacheKey;
import com.moneywar.briefing.model.AsOf;
import com.moneywar.briefing.model.Story;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What each edition's pages are made from, the same in both languages, as a hash per slug: the key
 * under which the build's cache keeps what the edition made ({@code site/EditionMemo}).
 *
 * <p>It holds, for every edition: the templates; the tables and config ({@link ProjectInputs#tables});
 * the texts of every edition dated on or before this
 * one, in series order (the briefing as of its date, its number, the edition before it); and the
 * text of the edition after it, which its page links to by title. The tool itself is in every key
 * of the cache. What the key cannot hold, the renderer adds by language: the charts, the site's
 * preview image, the stylesheets' names and which PDFs the output holds.
 *
 * <p>So an edit to the newest edition's text makes that edition and the one before it again, and an
 * edit to a table, the config or a template makes every edition again.
 */
final class EditionInputs {
  private EditionInputs() {}

  /** Each edition's inputs by slug, from the project's ({@link ProjectInputs}) and the templates'. */
  static Map<String, String> of(ProjectInputs project, String templatesKey) {
    List<Story> series = project.series();
    List<byte[]> texts = project.texts();
    String whole = CacheKey.builder("edition-inputs").add(templatesKey).add(project.tables()).build().hex();
    // The texts up to each edition, one after another in series order.
    String[] upTo = new String[series.size()];
    String before = "";
    for (int i = 0; i < series.size(); i++) {
      Story story = series.get(i);
      before = CacheKey.builder("edition-series").add(before).add(story.slug()).add(AsOf.date(story).toString())
          .add(texts.get(i)).build().hex();
      upTo[i] = before;
    }
    Map<String, String> inputs = new HashMap<>();
    for (int i = 0; i < series.size(); i++) {
      // An edition's record holds every text of its date, those after it in the series too.
      int last = i;
      while (last + 1 < series.size() && AsOf.date(series.get(last + 1)).equals(AsOf.date(series.get(i)))) {
        last++;
      }
      CacheKey.Builder key = CacheKey.builder("edition").add(whole).add(upTo[last]);
      if (i + 1 < series.size()) {
        Story next = series.get(i + 1);
        key.add(next.slug()).add(AsOf.date(next).toString()).add(texts.get(i + 1));
      } else {
        key.add("newest");
      }
      inputs.put(series.get(i).slug(), key.build().hex());
    }
    return inputs;
  }
}
