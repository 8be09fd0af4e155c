package com.moneywar.briefing.load;

import static com.moneywar.briefing.load.TableSpec.optional;
import static com.moneywar.briefing.load.TableSpec.required;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.CompanyKind;
import java.util.List;

/** {@code data/companies.csv}: investors, labs and AI units. */
final class CompanyRows implements RowParser<Company> {
  static final String FILE = DataFile.COMPANIES.path();

  @Override
  public TableSpec spec() {
    return new TableSpec(
        FILE,
        List.of(
            required("id"), required("name_ko"), required("name_en"), required("kind"),
            optional("country"), optional("founded"), optional("parent"), required("source"),
            optional("article_en")));
  }

  @Override
  public Company parse(CellReader cells) {
    return new Company(
        cells.id(),
        cells.localized("name"),
        cells.choice("kind", CompanyKind.class, CompanyKind::code),
        // Only what a source states: a fund whose home no source gives has no country (the pages say none).
        cells.text0("country").isBlank() ? "" : cells.country("country"),
        cells.optionalDate("founded"),
        cells.optionalRef("parent"),
        cells.ref("source"),
        theInEnglish(cells));
  }

  /** Column {@code article_en}: {@code the} for a name a sentence writes with "the", else empty. */
  private static boolean theInEnglish(CellReader cells) {
    String article = cells.text0("article_en");
    if (!article.isEmpty() && !article.equals("the")) {
      cells.reject("article_en", "expected 'the' or an empty cell in column 'article_en' (whether a sentence writes"
          + " the English name with 'the', as in 'the Public Investment Fund'), found '" + article + "'");
    }
    return article.equals("the");
  }
}
