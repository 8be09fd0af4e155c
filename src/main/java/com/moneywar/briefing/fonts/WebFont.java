package com.moneywar.briefing.fonts;

import com.moneywar.briefing.model.ContentHashedName;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web edition of the bundled font: Pretendard split into small WOFF2 files by Unicode range,
 * with a stylesheet whose {@code unicode-range} lets the browser fetch only the pieces a page's
 * text needs (a Korean page loads a few hundred KB, not the whole 2 MB family). Only the regular
 * and bold weights are kept.
 */
public final class WebFont {
  private static final Pattern FACE = Pattern.compile("@font-face\\s*\\{([^}]*)}");
  private static final Pattern WEIGHT = Pattern.compile("font-weight:\\s*(\\d+)");
  private static final Pattern WOFF2 = Pattern.compile("url\\(\\./(woff2-dynamic-subset/[^)]+\\.woff2)\\)");
  private static final Pattern RANGE = Pattern.compile("unicode-range:\\s*([^;]+);");
  private static final Set<String> WEIGHTS = Set.of("400", "700");

  private WebFont() {}

  private static final String STYLESHEET = "pretendard.css";

  /**
   * The files to publish under a fonts folder: the stylesheet and every WOFF2 piece it names, each
   * with a content-hashed name (see {@link #stylesheet()}), and the font's licence, in a stable order.
   */
  public static Map<String, byte[]> files() {
    return Loaded.ALL;
  }

  /** The stylesheet's content-hashed name among {@link #files()}, such as {@code pretendard.0c1d2e3f4a.css}. */
  public static String stylesheet() {
    return Loaded.ALL.keySet().iterator().next();
  }

  /** Read once per process (about 200 resources): every build and every preview rebuild publishes the same bytes. */
  private static final class Loaded {
    static final Map<String, byte[]> ALL = Collections.unmodifiableMap(readAll());
  }

  private static Map<String, byte[]> readAll() {
    String css = new String(read("pretendard-dynamic-subset.css"), StandardCharsets.UTF_8);
    StringBuilder out = new StringBuilder("/* Pretendard (SIL Open Font License 1.1, see LICENSE-Pretendard.txt), "
        + "regular and bold, split by Unicode range. */\n");
    Map<String, byte[]> files = new LinkedHashMap<>();
    Matcher face = FACE.matcher(css);
    while (face.find()) {
      String body = face.group(1);
      Matcher weight = WEIGHT.matcher(body);
      Matcher woff2 = WOFF2.matcher(body);
      Matcher range = RANGE.matcher(body);
      if (!weight.find() || !WEIGHTS.contains(weight.group(1)) || !woff2.find() || !range.find()) {
        continue;
      }
      byte[] bytes = read(woff2.group(1));
      String file = ContentHashedName.of(woff2.group(1), bytes);
      out.append("@font-face{font-family:\"Pretendard\";font-style:normal;font-display:swap;font-weight:")
          .append(weight.group(1)).append(";src:url(").append(file).append(") format(\"woff2\");unicode-range:")
          .append(range.group(1).strip()).append(";}\n");
      files.put(file, bytes);
    }
    Map<String, byte[]> all = new LinkedHashMap<>();
    byte[] stylesheet = out.toString().getBytes(StandardCharsets.UTF_8);
    all.put(ContentHashedName.of(STYLESHEET, stylesheet), stylesheet);
    all.putAll(files);
    all.put("LICENSE-Pretendard.txt", BundledFont.LICENSE.bytes());
    return all;
  }

  private static byte[] read(String name) {
    try (InputStream in = WebFont.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("web font file " + name + " is not in the jar; build it with 'mvn package'");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
