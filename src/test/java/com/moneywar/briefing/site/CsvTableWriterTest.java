package com.moneywar.briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CSV downloads are RFC 4180: CRLF, and quotes exactly where a cell needs them; UTF-8 after a
 * byte-order mark, without which spreadsheet programs show the Korean as garbage.
 */
class CsvTableWriterTest {
  @Test
  void quotesOnlyTheCellsThatNeedItAndEndsEveryRowWithCrlf() {
    byte[] csv = CsvTableWriter.write(List.of(
        List.of("Investor", "Paid in, cumulative", "Note"),
        List.of("마이크로소프트 → 오픈AI", "13000000000", "said \"up to\""),
        List.of("Two\nlines", "", "plain")));
    assertThat(new String(csv, StandardCharsets.UTF_8)).isEqualTo(
        "\uFEFFInvestor,\"Paid in, cumulative\",Note\r\n"
            + "마이크로소프트 → 오픈AI,13000000000,\"said \"\"up to\"\"\"\r\n"
            + "\"Two\nlines\",,plain\r\n");
  }
}
