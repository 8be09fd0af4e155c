package com.moneywar.briefing.load;

import com.moneywar.briefing.model.DataFile;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.RawTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fact tables of a project as the editor wrote them, cell by cell, for the site's data
 * downloads: every table a briefing's facts come from, in {@link DataFile} order, without the
 * chart settings. Read after the project has passed its checks, so each file is well-formed.
 */
public final class TableTexts {
  private TableTexts() {}

  /** Every fact table the project has, in {@link DataFile} order; optional tables it lacks are left out. */
  public static List<RawTable> read(Path project) {
    List<RawTable> tables = new ArrayList<>();
    for (DataFile file : DataFile.values()) {
      Path path = project.resolve(file.path());
      if (file == DataFile.CHARTS || !Files.isRegularFile(path)) {
        continue;
      }
      try {
        tables.add(parse(file, Files.readAllBytes(path)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return tables;
  }

  /** The table in {@code bytes}, which must be a well-formed CSV file (as the loader has checked). */
  public static RawTable parse(DataFile file, byte[] bytes) {
    List<Problem> problems = new ArrayList<>();
    List<List<String>> records = new ArrayList<>();
    for (List<CsvRecords.Field> record : CsvRecords.read(file.path(), bytes, problems)) {
      if (record.isEmpty() || (record.size() == 1 && record.get(0).text().isEmpty())) {
        continue; // a blank line
      }
      records.add(record.stream().map(f -> f.text().strip()).toList());
    }
    if (!problems.isEmpty() || records.isEmpty()) {
      throw new IllegalStateException("expected " + file + " to have passed its checks, found " + problems);
    }
    List<String> header = new ArrayList<>(records.get(0));
    header.set(0, header.get(0).replace("\uFEFF", ""));
    return new RawTable(file, header, records.subList(1, records.size()));
  }
}
