package com.moneywar.briefing.preview;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Writes an opaque image as a PNG file: 8-bit RGB, no interlacing, lossless, every pixel exactly
 * as drawn. It reads the pixels straight from the image's memory instead of converting them row by
 * row, and chooses each row's filter without trying all five on every row as the JDK's writer
 * does: a row the same as the one above gets the "Up" filter (each byte minus the one above), which
 * makes it all zeros without any work; any other row is written as it is (filter "None"), which
 * Deflate compresses as well as the JDK's choice on a flat card with text. Measured on the
 * link-preview cards (docs/benchmarks.md): a third of the JDK writer's time, files a little smaller.
 *
 * <p>A PNG is the eight-byte signature and then chunks (length, type, data, CRC-32 of type and
 * data): {@code IHDR} (size and pixel format), {@code IDAT} (the filtered rows, zlib-compressed)
 * and {@code IEND}. No chunk carries a time or anything else that varies, so the same pixels give
 * the same bytes. Thread-safe (no state).
 */
final class PngEncoder {
  private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final int COLOUR_TYPE_RGB = 2;
  private static final byte FILTER_UP = 2;
  /**
   * Deflate's level: 3 takes the same time as 1 on a card for files 8 % smaller; 6 takes twice as
   * long (measured in docs/benchmarks.md).
   */
  private static final int LEVEL = 3;

  private PngEncoder() {}

  /**
   * The PNG of {@code image}, which must be {@link BufferedImage#TYPE_INT_RGB} (the type the cards
   * are drawn on).
   */
  static byte[] encode(BufferedImage image) {
    if (image.getType() != BufferedImage.TYPE_INT_RGB) {
      throw new IllegalArgumentException("expected an image of TYPE_INT_RGB, found type " + image.getType());
    }
    int width = image.getWidth();
    int height = image.getHeight();
    // TYPE_INT_RGB keeps one int per pixel, 0x00RRGGBB, rows one after the other without gaps
    // (unless the image is a part of a larger one, which this encoder does not take).
    if (image.getRaster().getParent() != null || image.getRaster().getDataBuffer().getOffset() != 0) {
      throw new IllegalArgumentException("expected a whole image, found a part of a larger one");
    }
    int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    int rowBytes = 1 + 3 * width;
    byte[] rows = new byte[rowBytes * height]; // each row: its filter type (0, none), then R, G, B per pixel
    boolean[] repeats = new boolean[height];
    for (int y = 0; y < height; y++) {
      int p = y * width;
      int o = y * rowBytes + 1;
      if (y > 0 && Arrays.equals(pixels, p - width, p, pixels, p, p + width)) {
        // Most rows of a card are the same as the one above (paper between the lines): filter
        // "Up" (each byte minus the one above) makes them all zeros, which the array already is.
        rows[o - 1] = FILTER_UP;
        repeats[y] = true;
        continue;
      }
      for (int x = 0; x < width; x++) {
        int rgb = pixels[p + x];
        rows[o++] = (byte) (rgb >>> 16);
        rows[o++] = (byte) (rgb >>> 8);
        rows[o++] = (byte) rgb;
      }
    }

    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    out.writeBytes(SIGNATURE);
    byte[] header = new byte[13];
    putInt(header, 0, width);
    putInt(header, 4, height);
    header[8] = 8; // bits per sample
    header[9] = COLOUR_TYPE_RGB;
    // compression 0 (zlib), filter method 0 (the five row filters), interlace 0 (none): all zero
    chunk(out, "IHDR", header, header.length);
    byte[] compressed = deflate(rows, repeats, rowBytes);
    chunk(out, "IDAT", compressed, compressed.length);
    chunk(out, "IEND", new byte[0], 0);
    return out.toByteArray();
  }

  /**
   * The zlib stream of the rows: a header, the rows compressed as raw Deflate in segments, and the
   * Adler-32 of all the rows. A run of rows each the same as the one above is, after its "Up" filter,
   * a filter byte and zeros, the same bytes on every card of a width, so its compressed form is made
   * once per process for each length of run and reused: on a card such runs are two thirds of the
   * bytes, and compressing them was most of the card's time. Each segment but the last ends with a
   * full flush (byte-aligned, nothing referred to across it), so the segments join into one valid
   * stream in which only the last block is final.
   */
  private static byte[] deflate(byte[] rows, boolean[] repeats, int rowBytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(rows.length / 16);
    out.write(0x78); // zlib: Deflate with a 32 KB window,
    out.write(0x5e); // compressed "fast" (levels 2 to 5), no dictionary; 0x785e is a multiple of 31
    int height = repeats.length;
    // One compressor for the rows drawn on (a full flush forgets all before it), made once per card.
    Deflater drawn = new Deflater(LEVEL, true);
    try {
      for (int y = 0; y < height; ) {
        int end = y + 1;
        while (end < height && repeats[end] == repeats[y]) {
          end++;
        }
        boolean last = end == height;
        if (repeats[y]) {
          out.writeBytes(REPEATED.computeIfAbsent(new Run(rowBytes, end - y, last), PngEncoder::repeated));
        } else {
          drawn.setInput(rows, y * rowBytes, (end - y) * rowBytes);
          compress(drawn, last, out);
        }
        y = end;
      }
    } finally {
      drawn.end();
    }
    Adler32 adler = new Adler32();
    adler.update(rows);
    byte[] sum = new byte[4];
    putInt(sum, 0, (int) adler.getValue());
    out.writeBytes(sum);
    return out.toByteArray();
  }

  /** A run of {@code rows} rows of {@code rowBytes} bytes that repeat the one above, and whether it ends the image. */
  private record Run(int rowBytes, int rows, boolean last) {}

  /** Compressed runs of repeated rows, made once per process. */
  private static final Map<Run, byte[]> REPEATED = new ConcurrentHashMap<>();

  private static byte[] repeated(Run run) {
    byte[] data = new byte[run.rowBytes() * run.rows()];
    for (int i = 0; i < data.length; i += run.rowBytes()) {
      data[i] = FILTER_UP;
    }
    return segment(data, run.last());
  }

  /** Raw Deflate of {@code data}: the last segment finishes the stream, any other ends with a full flush. */
  private static byte[] segment(byte[] data, boolean last) {
    Deflater deflater = new Deflater(LEVEL, true);
    try {
      deflater.setInput(data);
      ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, data.length / 8));
      compress(deflater, last, out);
      return out.toByteArray();
    } finally {
      deflater.end();
    }
  }

  /** Compresses the deflater's input into {@code out}: finishing the stream if {@code last}, else to a full flush. */
  private static void compress(Deflater deflater, boolean last, ByteArrayOutputStream out) {
    byte[] buffer = new byte[32 * 1024];
    if (last) {
      deflater.finish();
      while (!deflater.finished()) {
        out.write(buffer, 0, deflater.deflate(buffer));
      }
    } else {
      int n;
      do {
        n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
        out.write(buffer, 0, n);
      } while (n == buffer.length);
    }
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data, int length) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    byte[] four = new byte[4];
    putInt(four, 0, length);
    out.writeBytes(four);
    out.writeBytes(name);
    out.write(data, 0, length);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data, 0, length);
    putInt(four, 0, (int) crc.getValue());
    out.writeBytes(four);
  }

  private static void putInt(byte[] b, int at, int value) {
    b[at] = (byte) (value >>> 24);
    b[at + 1] = (byte) (value >>> 16);
    b[at + 2] = (byte) (value >>> 8);
    b[at + 3] = (byte) value;
  }
}
