package com.moneywar.briefing.model;

/**
 * Whether an English figure, as the tool writes it, starts with a vowel sound when read aloud,
 * which decides "a" or "an" before it: a number by its first word ({@code $8 billion} "eight",
 * {@code $11 billion} "eleven", {@code 18%} "eighteen" and {@code $800 million} "eight hundred"
 * take "an"; {@code $1.1 billion} "one", {@code $110 billion} "one hundred" and {@code 49%} take
 * "a"), a currency sign not read first ({@code $}, {@code €}, {@code ₩}, {@code £}, {@code ¥});
 * a word by its first letter, which is right for the words the tool puts before an amount
 * ({@code about}, {@code up to}, {@code at least} take "an"; {@code more than} takes "a"). Pure
 * and thread-safe.
 */
public final class EnglishSound {
  private static final String SIGNS = "$€₩£¥-";
  private static final java.util.regex.Pattern LETTERED_DOLLAR = java.util.regex.Pattern.compile("[A-Z]{1,2}\\$");

  private EnglishSound() {}

  /** Whether {@code figure} is read with a vowel sound first. */
  public static boolean startsWithVowel(String figure) {
    int i = 0;
    while (i < figure.length() && (SIGNS.indexOf(figure.charAt(i)) >= 0 || Character.isWhitespace(figure.charAt(i)))) {
      i++;
    }
    // A sign of letters and "$" (HK$, NT$, S$) is not read first either: "a HK$4 billion round" is
    // read "a four billion Hong Kong dollar round".
    java.util.regex.Matcher dollar = LETTERED_DOLLAR.matcher(figure).region(i, figure.length());
    if (dollar.lookingAt()) {
      i = dollar.end();
    }
    if (i == figure.length()) {
      return false;
    }
    char first = figure.charAt(i);
    if (first >= '0' && first <= '9') {
      return numberStartsWithVowel(figure.substring(i));
    }
    return "aeiouAEIOU".indexOf(first) >= 0;
  }

  /**
   * A number's first word: the digits before any decimal point, commas left out, are read in groups
   * of three from the right, and the first group decides ("eight…", "eleven", "eighteen" start with
   * a vowel; "one", "one hundred…" and the rest do not).
   */
  private static boolean numberStartsWithVowel(String number) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < number.length(); i++) {
      char c = number.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      } else if (c != ',') {
        break;
      }
    }
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    String group = digits.substring(0, lead);
    return group.charAt(0) == '8' || group.equals("11") || group.equals("18");
  }
}
