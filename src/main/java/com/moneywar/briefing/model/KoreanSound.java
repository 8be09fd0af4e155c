package com.moneywar.briefing.model;

/**
 * How a Korean word ends when read aloud, which decides the particle after it (을/를, 은/는, 이/가,
 * 과/와, 으로/로): Hangul by its final consonant (batchim); Latin letters and digits by their
 * Korean names (L 엘, M 엠, N 엔, R 알; 0 영, 1 일, 3 삼, 6 육, 7 칠, 8 팔). A closing parenthetical is
 * not read with the word ({@code 120억달러(2025년 7월 15일)} takes the particle of {@code 120억달러}).
 * The one place for the rule: the charts' sentences and the check of particles in texts use it.
 * Pure and thread-safe.
 */
public final class KoreanSound {
  private KoreanSound() {}

  /** Whether {@code word} ends in a consonant as read aloud. */
  public static boolean endsInConsonant(String word) {
    char last = lastSounding(word);
    if (isHangul(last)) {
      return (last - 0xAC00) % 28 != 0;
    }
    return "LMNRlmnr013678".indexOf(last) >= 0;
  }

  /** Whether {@code word} ends in ㄹ (which takes 로, not 으로), as read aloud. */
  public static boolean endsInRieul(String word) {
    char last = lastSounding(word);
    return isHangul(last) && (last - 0xAC00) % 28 == 8 || "1781LRlr".indexOf(last) >= 0;
  }

  /** The last letter or digit read aloud, before any closing parenthetical. */
  private static char lastSounding(String word) {
    String w = word.strip();
    while (w.endsWith(")") && w.lastIndexOf('(') > 0) {
      w = w.substring(0, w.lastIndexOf('(')).strip();
    }
    for (int i = w.length() - 1; i >= 0; i--) {
      char c = w.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        return c;
      }
    }
    return ' ';
  }

  private static boolean isHangul(char c) {
    return c >= 0xAC00 && c <= 0xD7A3;
  }
}
