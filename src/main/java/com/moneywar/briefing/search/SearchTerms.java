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
 *       particle or ending follows it (투자 finds 투자했다). A query's run drops its ending particles
 *       (앤스로픽에서는 looks for 앤스로픽); the index keeps every pair.
 *   <li>A Hangul run written right after Latin letters or digits that is only particles is no term
 *       (퓨리오사AI가, GPT-5를, H100을 are 퓨리오사AI, GPT-5, H100).
 *   <li>A run of other letters and digits is a word, reduced to a light stem: plural and possessive
 *       endings (and a possessive 's), then one of -ation, -ment, -ing, -ed, -er, -ly, then a final e (investments,
 *       invested, investing → invest). A query's last word of four or more characters also finds the
 *       longer words that start with it (Furiosa finds FuriosaAI), in an index of at most
 *       {@link #PREFIX_SHARDS} shards.
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
    // Most passages have no apostrophe: the pattern's look-behind was a sixth of the index's time.
    return s.indexOf('\'') < 0 && s.indexOf('’') < 0 ? s : POSSESSIVE.matcher(s).replaceAll("");
  }

  /** Every term of {@code text}, in order of first appearance, each once: what the index holds. */
  public static List<String> terms(String text) {
    return List.copyOf(cut(text, false).terms());
  }

  /**
   * What a query looks for: its terms ({@link #terms}, except that a Korean word's particle is
   * dropped: 앤스로픽이 looks for 앤스로픽), and the last of them may be the start of a longer
   * word ({@link Query#prefix}).
   */
  public static Query query(String text) {
    return cut(text, true);
  }

  /**
   * A query's terms, and its prefix: the term of its last word when that word is written in
   * letters (not only digits) and its stem has {@value #PREFIX_MIN} characters or more, so that
   * Furiosa finds FuriosaAI; empty otherwise.
   */
  public record Query(List<String> terms, String prefix) {
    public Query {
      terms = List.copyOf(terms);
      if (!prefix.isEmpty() && !terms.contains(prefix)) {
        throw new IllegalArgumentException("the prefix must be one of the terms: " + prefix);
      }
    }

    /** Whether {@code textTerm}, a term of the index, answers {@code queryTerm}, one of {@link #terms}. */
    public boolean matches(String queryTerm, String textTerm) {
      return termMatches(queryTerm, textTerm) || (queryTerm.equals(prefix) && textTerm.startsWith(prefix));
    }
  }

  /** The shortest stem the last word of a query must have to find longer words that start with it. */
  static final int PREFIX_MIN = 4;

  /**
   * The most term shards an index may have for a query's prefix to be looked for: the prefix's
   * longer words may be in any shard, so the query loads them all (at most about 50 KB).
   */
  public static final int PREFIX_SHARDS = 8;

  private static Query cut(String text, boolean query) {
    Set<String> terms = new LinkedHashSet<>();
    String s = fold(text);
    String prefix = "";
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      int start = i;
      if (isHangul(c)) {
        while (i < s.length() && isHangul(s.charAt(i))) {
          i++;
        }
        String run = s.substring(start, i);
        if (start > 0 && isWordChar(s.charAt(start - 1)) && gluedParticles(run, s, start)) {
          continue;
        }
        prefix = "";
        if (query) {
          run = run.substring(0, run.length() - particleSuffix(run));
        }
        if (run.length() == 1) {
          terms.add(run);
        } else {
          for (int j = 0; j + 2 <= run.length(); j++) {
            terms.add(run.substring(j, j + 2));
          }
        }
      } else if (isWordChar(c)) {
        while (i < s.length() && isWordChar(s.charAt(i))) {
          i++;
        }
        String stem = stem(s.substring(start, i));
        terms.add(stem);
        prefix = query && stem.length() >= PREFIX_MIN && stem.chars().anyMatch(Character::isLetter) ? stem : "";
      } else {
        i++;
      }
    }
    return new Query(List.copyOf(terms), prefix);
  }

  /**
   * Korean particles (조사), as written after a noun: the subject, object, topic, possessive,
   * place, direction, comparison and copula markers, alone or two together (에서는, 와의).
   */
  private static final Set<String> PARTICLES = Set.of("가", "이", "은", "는", "을", "를", "와", "과", "의", "에",
      "에서", "에게", "한테", "께", "께서", "로", "으로", "로서", "으로서", "로써", "으로써", "도", "만", "까지", "부터",
      "보다", "처럼", "만큼", "이나", "나", "랑", "이랑", "하고", "이다", "이라는", "라는", "이란", "란", "이며", "며");

  /** Whether {@code s} is a particle, or two. */
  static boolean isParticles(String s) {
    if (PARTICLES.contains(s)) {
      return true;
    }
    for (int k = 1; k < s.length(); k++) {
      if (PARTICLES.contains(s.substring(0, k)) && PARTICLES.contains(s.substring(k))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the Hangul {@code run}, at {@code start} of {@code s} right after a word in Latin
   * letters or digits (퓨리오사AI가, GPT-5를, H100을), is only particles, and so no term: the
   * word before it is the term. 만 after a number is the number's ten thousand (100만), not a
   * particle.
   */
  private static boolean gluedParticles(String run, String s, int start) {
    if (!isParticles(run)) {
      return false;
    }
    int w = start;
    while (w > 0 && isWordChar(s.charAt(w - 1))) {
      w--;
    }
    boolean number = s.substring(w, start).chars().allMatch(Character::isDigit);
    return !(number && run.startsWith("만"));
  }

  /**
   * The length of the particles ending the Hangul {@code run} of a query (앤스로픽에서는 → 3), the
   * longest that leaves two syllables, else 0. Dropped from the query only, never from the index:
   * the index keeps every pair, so a query without its particle finds every text that has the word.
   */
  static int particleSuffix(String run) {
    for (int k = Math.min(run.length() - 2, 5); k >= 1; k--) {
      if (isParticles(run.substring(run.length() - k))) {
        return k;
      }
    }
    return 0;
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
    Query q = query(query);
    List<String> t = terms(text);
    return !q.terms().isEmpty() && q.terms().stream().allMatch(qt -> t.stream().anyMatch(tt -> q.matches(qt, tt)));
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
   * that starts with it in one shard. (Unchanged since the first index: a project's own copy of
   * {@code assets/search.js} must keep finding the terms.)
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
