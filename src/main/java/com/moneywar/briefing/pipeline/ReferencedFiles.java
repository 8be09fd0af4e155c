package com.moneywar.briefing.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The files a print document may load: those of a site's files whose file name appears in it. The
 * same as asking {@code xhtml.contains(name)} of every file, without scanning a document once per
 * file of the whole site (at 250 editions: 500 documents × 2,000 charts, most of a rebuild's time),
 * nor looking at every file once per document: the files are indexed by name once, and each
 * document looks up only the names it holds.
 *
 * @param <T> what stands for a file's bytes
 */
final class ReferencedFiles<T> {
  private static final String SVG = ".svg";

  /** The files whose names are simple ({@code name.svg} of name characters), by name. */
  private final Map<String, List<Map.Entry<String, T>>> byName = new HashMap<>();
  /** The other files, looked for in each document as they are. */
  private final List<Map.Entry<String, T>> others = new ArrayList<>();

  /** Indexes {@code files} (path → bytes, or what stands for them). */
  ReferencedFiles(Map<String, T> files) {
    files.forEach((path, file) -> {
      String name = path.substring(path.lastIndexOf('/') + 1);
      if (name.endsWith(SVG) && name.chars().allMatch(ReferencedFiles::isNameChar)) {
        byName.computeIfAbsent(name, n -> new ArrayList<>()).add(Map.entry(path, file));
      } else {
        others.add(Map.entry(path, file));
      }
    });
  }

  /** The entries of {@code files} (path → bytes, or what stands for them) named in {@code xhtml}, sorted by path. */
  static <T> Map<String, T> in(String xhtml, Map<String, T> files) {
    return new ReferencedFiles<>(files).in(xhtml);
  }

  /** The files named in {@code xhtml}, sorted by path. */
  Map<String, T> in(String xhtml) {
    Map<String, T> referenced = new TreeMap<>();
    for (String name : svgNames(xhtml)) {
      byName.getOrDefault(name, List.of()).forEach(e -> referenced.put(e.getKey(), e.getValue()));
    }
    for (Map.Entry<String, T> e : others) {
      String name = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
      if (xhtml.contains(name)) {
        referenced.put(e.getKey(), e.getValue());
      }
    }
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
