package com.moneywar.briefing.pipeline;

import com.moneywar.briefing.chart.ChartImage;
import com.moneywar.briefing.chart.SvgDrawing;
import com.moneywar.briefing.model.Lang;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import java.util.EnumMap;
import java.util.Optional;

/**
 * Writes one language's charts as bytes for the build cache, and reads them back exactly (every
 * field of {@link ChartImage}, the drawings' SHA-256 included, so that a chart read back is not
 * hashed again; the cache checks each entry's bytes as a whole). Bytes it cannot read give
 * nothing, and the charts are drawn again.
 */
final class ChartImageCodec {
  /** Raise when the layout below changes. */
  private static final int VERSION = 5;

  private ChartImageCodec() {}

  static byte[] encode(List<ChartImage> charts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(VERSION);
      out.writeInt(charts.size());
      for (ChartImage c : charts) {
        chart(out, c);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Optional<List<ChartImage>> decode(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != VERSION) {
        return Optional.empty();
      }
      int count = in.readInt();
      List<ChartImage> charts = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Optional<ChartImage> chart = chart(in);
        if (chart.isEmpty()) {
          return Optional.empty();
        }
        charts.add(chart.get());
      }
      return in.available() == 0 ? Optional.of(List.copyOf(charts)) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /** The company pages' charts (company id → language → chart) as bytes. */
  static byte[] encodeByCompany(Map<String, Map<Lang, ChartImage>> charts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(VERSION);
      out.writeInt(charts.values().stream().mapToInt(Map::size).sum());
      for (Map.Entry<String, Map<Lang, ChartImage>> company : new TreeMap<>(charts).entrySet()) {
        for (ChartImage c : company.getValue().values()) {
          text(out, company.getKey());
          chart(out, c);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  static Optional<Map<String, Map<Lang, ChartImage>>> decodeByCompany(byte[] bytes) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
      if (in.readInt() != VERSION) {
        return Optional.empty();
      }
      int count = in.readInt();
      Map<String, Map<Lang, ChartImage>> charts = new TreeMap<>();
      for (int i = 0; i < count; i++) {
        String id = text(in);
        Optional<ChartImage> chart = chart(in);
        if (chart.isEmpty()) {
          return Optional.empty();
        }
        charts.computeIfAbsent(id, k -> new EnumMap<>(Lang.class)).put(chart.get().lang(), chart.get());
      }
      return in.available() == 0 ? Optional.of(charts) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static void chart(DataOutputStream out, ChartImage c) throws IOException {
    text(out, c.name());
    text(out, c.lang().code());
    drawing(out, c.wide());
    text(out, c.title());
    text(out, c.alt());
    text(out, c.caption());
    text(out, c.sourceLine());
    table(out, c.table());
    table(out, c.shownTable());
    drawing(out, c.narrow());
    text(out, c.printCaption());
  }

  /** A drawing as it is held: deflated, with its length, size and SHA-256, so that reading it back inflates and hashes nothing. */
  private static void drawing(DataOutputStream out, SvgDrawing d) throws IOException {
    out.writeInt(d.length());
    out.writeInt(d.width());
    out.writeInt(d.height());
    blob(out, d.sha256());
    blob(out, d.deflated());
  }

  private static SvgDrawing drawing(DataInputStream in) throws IOException {
    int length = in.readInt();
    int width = in.readInt();
    int height = in.readInt();
    byte[] sha256 = blob(in);
    byte[] deflated = blob(in);
    return length == 0 ? SvgDrawing.NONE : SvgDrawing.stored(deflated, length, sha256, width, height);
  }

  private static Optional<ChartImage> chart(DataInputStream in) throws IOException {
    String name = text(in);
    Optional<Lang> lang = Lang.ofCode(text(in));
    SvgDrawing svg = drawing(in);
    String title = text(in);
    String alt = text(in);
    String caption = text(in);
    String sourceLine = text(in);
    List<List<String>> table = table(in);
    List<List<String>> shown = table(in);
    SvgDrawing narrow = drawing(in);
    String printCaption = text(in);
    return lang.map(l -> new ChartImage(name, l, svg, title, alt, caption, sourceLine, table, shown, narrow, printCaption));
  }

  private static void text(DataOutputStream out, String s) throws IOException {
    blob(out, s.getBytes(StandardCharsets.UTF_8));
  }

  private static void blob(DataOutputStream out, byte[] b) throws IOException {
    out.writeInt(b.length);
    out.write(b);
  }

  private static void table(DataOutputStream out, List<List<String>> rows) throws IOException {
    out.writeInt(rows.size());
    for (List<String> row : rows) {
      out.writeInt(row.size());
      for (String cell : row) {
        text(out, cell);
      }
    }
  }

  private static String text(DataInputStream in) throws IOException {
    return new String(blob(in), StandardCharsets.UTF_8);
  }

  private static byte[] blob(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > in.available()) {
      throw new IOException("bad length " + length);
    }
    return in.readNBytes(length);
  }

  private static List<List<String>> table(DataInputStream in) throws IOException {
    int rows = in.readInt();
    if (rows < 0 || rows > in.available()) {
      throw new IOException("bad row count " + rows);
    }
    List<List<String>> table = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      int cells = in.readInt();
      if (cells < 0 || cells > in.available()) {
        throw new IOException("bad cell count " + cells);
      }
      List<String> row = new ArrayList<>();
      for (int c = 0; c < cells; c++) {
        row.add(text(in));
      }
      table.add(row);
    }
    return table;
  }
}
