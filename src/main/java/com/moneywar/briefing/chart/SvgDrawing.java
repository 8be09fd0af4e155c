package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.ContentHashedName;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * One chart drawing (an SVG file), held deflated: a series of 250 editions draws about 1,700 charts,
 * some 145 MB of SVG that the PDF stage needs until its last edition is laid out, and the fastest
 * Deflate level takes it to 43 MB (the drawings are mostly coordinates, which compress less than
 * words; the default level gives 37 MB for four times the CPU). The SHA-256 of the bytes (the file's name, the cache keys) and the
 * drawing's size (from its {@code viewBox}) are taken once, when it is made. Immutable and
 * thread-safe; {@link #bytes()} inflates a fresh copy on each call.
 */
public final class SvgDrawing {
  private static final Pattern VIEW_BOX = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"");
  /** What {@code viewBox} is looked for in: the first bytes, where the renderer writes it. */
  private static final int HEAD = 2000;

  /** No drawing: a chart without a narrow version. */
  public static final SvgDrawing NONE = of(new byte[0]);

  private final byte[] deflated;
  private final int length;
  private final byte[] sha256;
  private final int width;
  private final int height;

  private SvgDrawing(byte[] deflated, int length, byte[] sha256, int width, int height) {
    if (sha256.length != 32) {
      throw new IllegalArgumentException("expected a SHA-256 digest of 32 bytes, found " + sha256.length);
    }
    if (length < 0 || width < 0 || height < 0) {
      throw new IllegalArgumentException("expected a length and size of 0 or more, found " + length + ", "
          + width + " × " + height);
    }
    this.deflated = deflated;
    this.length = length;
    this.sha256 = sha256;
    this.width = width;
    this.height = height;
  }

  /** The drawing {@code svg}, hashed, measured and deflated here. */
  public static SvgDrawing of(byte[] svg) {
    int[] size = size(svg);
    return new SvgDrawing(deflate(svg), svg.length, ContentHashedName.sha256(svg), size[0], size[1]);
  }

  /**
   * A drawing as {@link #deflated()} gave it, with its length, digest and size: the build cache
   * stores drawings this way and reads them back without inflating or hashing them. The cache checks
   * its entries' bytes; {@link #bytes()} still refuses a drawing that does not inflate to
   * {@code length} bytes.
   */
  public static SvgDrawing stored(byte[] deflated, int length, byte[] sha256, int width, int height) {
    return new SvgDrawing(deflated.clone(), length, sha256.clone(), width, height);
  }

  /** The SVG's bytes (a fresh copy). */
  public byte[] bytes() {
    if (length == 0) {
      return new byte[0];
    }
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(deflated);
      byte[] out = new byte[length];
      int n = 0;
      int idle = 0;
      // Until the stream's end and its checksum are read: a drawing longer than its length, or
      // shorter, or whose checksum fails, is refused.
      while (!inflater.finished() && idle < 3) {
        int got = n < length ? inflater.inflate(out, n, length - n) : inflater.inflate(new byte[1]);
        if (n == length && got > 0) {
          throw new IllegalStateException("expected a drawing of " + length + " bytes, found more");
        }
        n += got;
        idle = got == 0 ? idle + 1 : 0;
      }
      if (n != length || !inflater.finished()) {
        throw new IllegalStateException("expected a drawing of " + length + " bytes, found " + n);
      }
      return out;
    } catch (DataFormatException e) {
      throw new IllegalStateException("expected a deflated drawing, found unreadable bytes: " + e.getMessage(), e);
    } finally {
      inflater.end();
    }
  }

  /** The deflated bytes (a zlib stream, with its checksum), for the build cache (a copy). */
  public byte[] deflated() {
    return deflated.clone();
  }

  /** How many bytes {@link #bytes()} gives. */
  public int length() {
    return length;
  }

  public boolean isEmpty() {
    return length == 0;
  }

  /** The SHA-256 of {@link #bytes()} (a copy). */
  public byte[] sha256() {
    return sha256.clone();
  }

  /** The width in the drawing's {@code viewBox}; 0 when it has none. */
  public int width() {
    return width;
  }

  /** The height in the drawing's {@code viewBox}; 0 when it has none. */
  public int height() {
    return height;
  }

  /** Same bytes: the digests are equal. */
  @Override
  public boolean equals(Object o) {
    return o instanceof SvgDrawing other && length == other.length && Arrays.equals(sha256, other.sha256);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(sha256);
  }

  @Override
  public String toString() {
    return "SvgDrawing[" + length + " bytes, " + width + " × " + height + ", sha256 "
        + java.util.HexFormat.of().formatHex(sha256, 0, 6) + "…]";
  }

  private static byte[] deflate(byte[] svg) {
    // The fastest level: about 30 % of the size, against 25 % for the default level at four times
    // the CPU (measured on the drawings of a 250-edition series).
    Deflater deflater = new Deflater(Deflater.BEST_SPEED);
    try {
      deflater.setInput(svg);
      deflater.finish();
      byte[] buffer = new byte[Math.max(64, svg.length / 4)];
      int n = 0;
      while (!deflater.finished()) {
        if (n == buffer.length) {
          buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        n += deflater.deflate(buffer, n, buffer.length - n);
      }
      return Arrays.copyOf(buffer, n);
    } finally {
      deflater.end();
    }
  }

  /** The width and height of an SVG this renderer wrote, from its {@code viewBox}; {0, 0} when it has none. */
  static int[] size(byte[] svg) {
    Matcher m = VIEW_BOX.matcher(new String(svg, 0, Math.min(svg.length, HEAD), StandardCharsets.UTF_8));
    return m.find() ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))} : new int[] {0, 0};
  }
}
