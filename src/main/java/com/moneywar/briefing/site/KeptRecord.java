package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.search.SearchDoc;
import com.moneywar.briefing.site.view.CompaniesIndex;
import com.moneywar.briefing.site.view.CompanyPage;
import com.moneywar.briefing.site.view.FactTable;
import com.moneywar.briefing.site.view.SourceView;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * What the pages made from the record alone in the builds before: each company's totals, tables,
 * sources and downloads, the companies index's rows, the data pages' tables and the search's entries
 * for facts, per language. A process that builds the same project many times (the preview, the
 * build daemon) keeps one, so that an edit to a text does not make the whole record's pages again.
 * Kept under a key of everything these parts are made from (the config, every table, the templates
 * and their messages; never the texts); a build with another key empties it. Thread-safe.
 */
public final class KeptRecord {
  /** One company's parts that the tables alone decide, in one language. */
  record CompanyParts(List<CompanyPage.Total> totals, String totalsNote, List<FactTable> tables,
      List<SourceView> sources, byte[] csv, byte[] json) {
    CompanyParts {
      totals = List.copyOf(totals);
      tables = List.copyOf(tables);
      sources = List.copyOf(sources);
    }
  }

  private record Company(Lang lang, String id) {}

  private record CompanyIndex(Lang lang) {}

  private record DataTables(Lang lang, String page, String root) {}

  private record FactDocs(Lang lang) {}

  private final Map<Object, Object> parts = new ConcurrentHashMap<>();
  private String key = "";

  /** Starts a build whose record parts are made from inputs that hash to {@code key}. */
  synchronized void beginBuild(String key) {
    if (!key.equals(this.key)) {
      parts.clear();
      this.key = key;
    }
  }

  /** The parts of company {@code id} in {@code lang}. */
  CompanyParts company(Lang lang, String id, Supplier<CompanyParts> make) {
    return kept(new Company(lang, id), make);
  }

  /** The companies index's groups in {@code lang}. */
  List<CompaniesIndex.KindGroup> companyIndex(Lang lang, Supplier<List<CompaniesIndex.KindGroup>> make) {
    return kept(new CompanyIndex(lang), () -> List.copyOf(make.get()));
  }

  /** The tables of data page {@code page} in {@code lang}, for a page {@code root} below the site's root. */
  List<FactTable> dataTables(Lang lang, String page, String root, Supplier<List<FactTable>> make) {
    return kept(new DataTables(lang, page, root), () -> List.copyOf(make.get()));
  }

  /** The search's entries for companies, deals, valuations, offers and sources in {@code lang}. */
  List<SearchDoc> factDocs(Lang lang, Supplier<List<SearchDoc>> make) {
    return kept(new FactDocs(lang), () -> List.copyOf(make.get()));
  }

  @SuppressWarnings("unchecked") // each slot's record type holds one type of value
  private <T> T kept(Object slot, Supplier<T> make) {
    Object there = parts.get(slot);
    if (there != null) {
      return (T) there;
    }
    T made = make.get();
    parts.put(slot, made);
    return made;
  }
}
