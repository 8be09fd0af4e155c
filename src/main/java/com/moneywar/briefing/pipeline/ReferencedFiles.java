package com.moneywar.briefing.pipeline;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The files a print document may load: those of {@code files} whose file name appears in it. The
 * same as asking {@code xhtml.contains(name)} of every file, without scanning a document once per
 * file of the whole site (at 250 editions: 500 documents × 2,000 charts, most of a rebuild's time).
 */
final class ReferencedFiles {
  private static final String SVG = ".svg";

  private ReferencedFiles() {}

  /** The entries of {@code files} (path → bytes, or what stands for them) named in {@code xhtml}, sorted by path. */
  static <T> Map<String, T> in(String xhtml, Map<String, T> files) {
    Set<String> named = svgNames(xhtml);
    Map<String, T> referenced = new TreeMap<>();
    files.forEach((path, bytes) -> {
      String name = path.substring(path.lastIndexOf('/') + 1);
      boolean simple = name.endsWith(SVG) && name.chars().allMatch(ReferencedFiles::isNameChar);
      if (simple ? named.contains(name) : xhtml.contains(name)) {
        referenced.put(path, bytes);
      }
    });
    return referenced;
  }

  /**
   * Every string of name characters ending in {@code .svg} that occurs in {@code text}: for each
   * {@code .svg}, every suffix of the run of name characters before it.
   */
  private static Set<String> svgNames(String text) {
    Set<String> names = new HashSet<>();
    for (int at = text.indexOf(SVG); at >= 0; at = text.indexOf(SVG, at + 1)) {
      int start = at;
      while (start > 0 && isNameChar(text.charAt(start - 1))) {
        start--;
      }
      for (int s = start; s <= at; s++) {
        names.add(text.substring(s, at + SVG.length()));
      }
    }
    return names;
  }

  private static boolean isNameChar(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
        || c == '_' || c == '~' || c == '%' || c == '+';
  }
}
