package com.moneywar.briefing.site;

import java.io.ByteArrayOutputStream;
import java.util.List;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvSchema;
import tools.jackson.dataformat.csv.CsvWriteFeature;

/**
 * Writes a table as RFC 4180 CSV through Jackson: UTF-8 after a byte-order mark (without it, some
 * spreadsheet programs read the Korean as garbage), CRLF line ends, cells quoted only when they need it.
 */
final class CsvTableWriter {
  // Every feature set explicitly: their defaults differ between Jackson versions.
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvWriteFeature.STRICT_CHECK_FOR_QUOTING, CsvWriteFeature.WRITE_LINEFEED_AFTER_LAST_ROW)
      .disable(CsvWriteFeature.ALWAYS_QUOTE_STRINGS, CsvWriteFeature.ALWAYS_QUOTE_EMPTY_STRINGS,
          CsvWriteFeature.ALWAYS_QUOTE_NUMBERS, CsvWriteFeature.QUOTE_STRINGS_WITH_LEADING_TRAILING_WHITESPACE,
          CsvWriteFeature.OMIT_MISSING_TAIL_COLUMNS, CsvWriteFeature.ESCAPE_QUOTE_CHAR_WITH_ESCAPE_CHAR,
          CsvWriteFeature.ESCAPE_CONTROL_CHARS_WITH_ESCAPE_CHAR)
      .build();
  private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withLineSeparator("\r\n");

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private CsvTableWriter() {}

  static byte[] write(List<List<String>> table) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    try (var writer = MAPPER.writer(SCHEMA).writeValues(out)) {
      for (List<String> row : table) {
        writer.write(row.toArray(String[]::new));
      }
    }
    return out.toByteArray();
  }
}
