package com.moneywar.briefing.search;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The terms a text is indexed under and a query looks for, the same on both sides: the browser's
 * {@code assets/search.js} implements exactly these rules (a shared fixture,
 * {@code src/test/resources/search/cases.json}, tests both). Pure and thread-safe.
 *
 * <ul>
 *   <li>The text is NFKC-normalised and lower-cased ({@link Locale#ROOT}).
 *   <li>A run of Hangul syllables becomes its overlapping two-syllable pieces (앤스로픽은 → 앤스, 스로,
 *       로픽, 픽은), as Lucene's {@code CJKBigramFilter} does; a one-syllable run stays whole. A query's
 *       pieces are all in 앤스로픽은, 앤스로픽에 and 앤스로픽이, so a word finds itself whatever
 *       particle or ending follows it (투자 finds 투자했다).
 *   <li>A run of other letters and digits is a word, reduced to a light stem: plural and possessive
 *       endings (and a possessive 's), then one of -ation, -ment, -ing, -ed, -er, -ly, then a final e (investments,
 *       invested, investing → invest).
 * </ul>
 */
public final class SearchTerms {
  private SearchTerms() {}

  /** Whether {@code c} is a precomposed Hangul syllable (U+AC00–U+D7A3). */
  static boolean isHangul(char c) {
    return c >= '\uAC00' && c <= '\uD7A3';
  }

  private static boolean isWordChar(char c) {
    return !isHangul(c) && Character.isLetterOrDigit(c);
  }

  private static final Pattern POSSESSIVE = Pattern.compile("(?<=[\\p{L}\\p{Nd}])['’]s(?![\\p{L}\\p{Nd}])");

  /** The text as both sides compare it: NFKC, lower case, possessive 's dropped. */
  static String fold(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return POSSESSIVE.matcher(s).replaceAll("");
  }

  /** Every term of {@code text}, in order of first appearance, each once. */
  public static List<String> terms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    String s = fold(text);
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int start = i;
      if (isHangul(c)) {
        while (i < s.length() && isHangul(s.charAt(i))) {
          i++;
        }
        if (i - start == 1) {
          terms.add(s.substring(start, i));
        } else {
          for (int j = start; j + 2 <= i; j++) {
            terms.add(s.substring(j, j + 2));
          }
        }
      } else if (isWordChar(c)) {
        while (i < s.length() && isWordChar(s.charAt(i))) {
          i++;
        }
        terms.add(stem(s.substring(start, i)));
      } else {
        i++;
      }
    }
    return List.copyOf(terms);
  }

  /**
   * Whether a text with terms {@code textTerms} matches a query term: equal, or, for a query of one
   * Hangul syllable, any Hangul term starting with it (돈 finds 돈을).
   */
  static boolean termMatches(String queryTerm, String textTerm) {
    if (queryTerm.equals(textTerm)) {
      return true;
    }
    return queryTerm.length() == 1 && isHangul(queryTerm.charAt(0)) && textTerm.charAt(0) == queryTerm.charAt(0)
        && isHangul(textTerm.charAt(textTerm.length() - 1));
  }

  /** Whether every term of {@code query} matches a term of {@code text}; an empty query matches nothing. */
  public static boolean matches(String text, String query) {
    List<String> q = terms(query);
    List<String> t = terms(text);
    return !q.isEmpty() && q.stream().allMatch(qt -> t.stream().anyMatch(tt -> termMatches(qt, tt)));
  }

  /** The light English stem of a lower-case word; digits and short words stay as they are. */
  static String stem(String word) {
    String w = word;
    if (w.length() > 4 && w.endsWith("ies")) {
      w = w.substring(0, w.length() - 3) + "y";
    } else if (w.endsWith("sses")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
      w = w.substring(0, w.length() - 1);
    }
    for (String suffix : SUFFIXES) {
      if (w.endsWith(suffix) && w.length() - suffix.length() >= 4) {
        w = w.substring(0, w.length() - suffix.length());
        break;
      }
    }
    if (w.length() > 4 && w.endsWith("e")) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static final List<String> SUFFIXES = List.of("ation", "ment", "ing", "ed", "er", "ly");

  /**
   * The shard a term lives in, out of {@code shards}: FNV-1a (32 bits) over the UTF-16 units of the
   * term, or of its first syllable for a Hangul term, so that a one-syllable query finds every term
   * that starts with it in one shard.
   */
  public static int shard(String term, int shards) {
    String key = isHangul(term.charAt(0)) ? term.substring(0, 1) : term;
    int h = 0x811c9dc5;
    for (int i = 0; i < key.length(); i++) {
      h ^= key.charAt(i);
      h *= 0x01000193;
    }
    return Integer.remainderUnsigned(h, shards);
  }
}
