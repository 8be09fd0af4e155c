package com.moneywar.briefing.load;

import static com.moneywar.briefing.load.TableSpec.optional;
import static com.moneywar.briefing.load.TableSpec.required;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.Source;
import java.util.List;
import java.util.Optional;

/** {@code data/sources.csv}: the publications facts come from. */
final class SourceRows implements RowParser<Source> {
  static final String FILE = DataFile.SOURCES.path();

  @Override
  public TableSpec spec() {
    return new TableSpec(
        FILE,
        List.of(
            required("id"), required("outlet_ko"), required("outlet_en"), optional("title"),
            optional("url"), required("published"), optional("cited_by"), required("language"),
            optional("accessed")));
  }

  @Override
  public Source parse(CellReader cells) {
    PartialDate published = cells.date("published");
    Optional<PartialDate> accessed = cells.optionalDate("accessed");
    // Read before it was published: one of the two dates is a slip.
    if (accessed.isPresent() && accessed.get().lastDay().isBefore(published.firstDay())) {
      cells.reject("accessed", "expected the day the page was read, on or after its publication date " + published
          + " (column 'published'), in column 'accessed', found '" + accessed.get() + "'");
    }
    return new Source(
        cells.id(),
        cells.localized("outlet"),
        cells.optionalText("title"),
        cells.url("url"),
        published,
        cells.optionalRef("cited_by"),
        cells.language("language"),
        accessed);
  }
}
