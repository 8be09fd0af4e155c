package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.site.view.CompaniesIndex;
import com.moneywar.briefing.site.view.CompanyPage;
import com.moneywar.briefing.site.view.FactTable;
import com.moneywar.briefing.site.view.SourceView;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the company pages made from the tables in the builds before: each company's totals, tables,
 * sources and downloads, and the companies index's rows, per language. A process that builds the
 * same project many times (the preview, the build daemon) keeps one, so that an edit to a text does
 * not make every company's record again. Kept under a key of everything these parts are made from
 * (the config, every table, the templates and their messages; never the texts, which only list the
 * editions about a company); a build with another key empties it. Thread-safe.
 */
public final class KeptCompanies {
  /** One company's parts that the tables alone decide, in one language. */
  record Parts(List<CompanyPage.Total> totals, String totalsNote, List<FactTable> tables, List<SourceView> sources,
      byte[] csv, byte[] json) {
    Parts {
      totals = List.copyOf(totals);
      tables = List.copyOf(tables);
      sources = List.copyOf(sources);
    }
  }

  private final Map<Lang, Map<String, Parts>> parts = new ConcurrentHashMap<>();
  private final Map<Lang, List<CompaniesIndex.KindGroup>> index = new ConcurrentHashMap<>();
  private String key = "";

  /** Starts a build whose company parts are made from inputs that hash to {@code key}. */
  synchronized void beginBuild(String key) {
    if (!key.equals(this.key)) {
      parts.clear();
      index.clear();
      this.key = key;
    }
  }

  /** The parts of company {@code id} in {@code lang}: kept, or made by {@code make} and kept. */
  Parts parts(Lang lang, String id, java.util.function.Supplier<Parts> make) {
    return parts.computeIfAbsent(lang, l -> new ConcurrentHashMap<>()).computeIfAbsent(id, k -> make.get());
  }

  /** The companies index's groups in {@code lang}: kept, or made by {@code make} and kept. */
  List<CompaniesIndex.KindGroup> index(Lang lang, java.util.function.Supplier<List<CompaniesIndex.KindGroup>> make) {
    return index.computeIfAbsent(lang, l -> List.copyOf(make.get()));
  }

  /** Whether anything is kept for {@code lang}: for tests. */
  Optional<Integer> companies(Lang lang) {
    return Optional.ofNullable(parts.get(lang)).map(Map::size);
  }
}
