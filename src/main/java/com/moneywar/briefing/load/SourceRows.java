package com.moneywar.briefing.load;

import static com.moneywar.briefing.load.TableSpec.optional;
import static com.moneywar.briefing.load.TableSpec.required;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.Source;
import java.util.List;

/** {@code data/sources.csv}: the publications facts come from. */
final class SourceRows implements RowParser<Source> {
  static final String FILE = DataFile.SOURCES.path();

  @Override
  public TableSpec spec() {
    return new TableSpec(
        FILE,
        List.of(
            required("id"), required("outlet_ko"), required("outlet_en"), optional("title"),
            optional("url"), required("published"), optional("cited_by"), required("language")));
  }

  @Override
  public Source parse(CellReader cells) {
    return new Source(
        cells.id(),
        cells.localized("outlet"),
        cells.optionalText("title"),
        cells.url("url"),
        cells.date("published"),
        cells.optionalRef("cited_by"),
        cells.language("language"));
  }
}
