package com.moneywar.briefing.load;

import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.SourcePos;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An amount of money typed into a text by hand ("€109 billion", "1090억유로를"), outside the
 * placeholders that bind figures to their rows. The docs say never to type one: the build cannot
 * check it against the data, convert it into won, or keep the two languages alike. A new user's
 * title "5000억달러 이상" passed {@code check} and went out unchecked.
 */
final class HandTypedAmounts {
  private HandTypedAmounts() {}

  /** Currencies as Korean writes them; 원 not in 원칙 or 원전 ("AI 3원칙"), 프랑 not in 프랑스. */
  private static final String KOREAN_UNITS =
      "달러|원(?!칙|전|자력|년)|유로|엔(?!진|비디아)|위안|파운드|루피|프랑(?!스)|크로나|리얄|디르함|페소|루블|링깃|바트";

  /** A number, its Korean orders of magnitude, and a currency after it: 1090억유로, 2조5000억 원, 10억 달러. */
  private static final Pattern KOREAN = Pattern.compile(
      "(?<![\\p{L}\\p{N}.,])\\d[\\d,.]*\\s?(?:(?:조|억|만|천)\\s?(?:\\d[\\d,.]*\\s?(?:억|만|천)\\s?)*)?"
          + "(?:홍콩|싱가포르|호주|캐나다|대만|뉴질랜드)?(?:" + KOREAN_UNITS + ")");

  /**
   * A currency sign or code before a number ($10 billion, €109bn, US$5, HK$72.8 billion, USD 1.5
   * billion), or a number with a currency's name or code after it (10 billion dollars, 5 million euros,
   * 300 billion won, 1.5 billion USD).
   */
  private static final Pattern ENGLISH = Pattern.compile(
      "(?:(?<![\\p{L}])(?:US|HK|A|S|C|NZ|NT)?[$€£¥₩]\\s?\\d[\\d,.]*(?:\\s?(?:trillion|billion|million|bn|tn|mn|m|b)\\b)?)"
          + "|(?:\\b(?:USD|EUR|GBP|JPY|CNY|KRW|INR|HKD|SGD|AUD|CAD|CHF|SEK|AED|SAR)\\s?\\d[\\d,.]*"
          + "(?:\\s?(?:trillion|billion|million)\\b)?)"
          + "|(?:\\b\\d[\\d,.]*\\s?(?:trillion|billion|million)?\\s?"
          + "(?:dollars|euros|yen|pounds|yuan|rupees|USD|EUR|GBP|JPY|CNY|KRW|INR)\\b)"
          // "won" only after an order of magnitude: "300 billion won", never "in 2024 won the contract".
          + "|(?:\\b\\d[\\d,.]*\\s?(?:trillion|billion|million)\\s?won\\b)");

  /** A placeholder, an address or inline code: what is between them is never an amount typed in prose. */
  private static final Pattern NOT_PROSE = Pattern.compile("\\{\\{.*?\\}\\}|https?://\\S+|`[^`]*`|\\]\\([^)]*\\)");

  private static final String HOW = " typed by hand: the build cannot check it against the data, convert it into won or"
      + " keep the two languages alike; give it a row and write its placeholder ({{KIND:ID}}, {{sum:KIND:ID+ID}}),"
      + " or say it in words without a number";

  /** Reports each amount typed by hand in the title, the summary and the body. */
  static void check(String file, FrontMatter front, List<Problem> problems) {
    for (String key : List.of("title", "summary")) {
      Cell cell = front.values().get(key);
      if (cell != null) {
        find(cell.text(), (at, found) -> problems.add(new Problem(cell.at(at), message(found))));
      }
    }
    String[] lines = front.body().split("\n", -1);
    boolean fenced = false;
    for (int line = 0; line < lines.length; line++) {
      if (lines[line].strip().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (fenced) {
        continue;
      }
      int at = line;
      find(lines[line], (column, found) ->
          problems.add(new Problem(new SourcePos(file, front.bodyLine() + at, column + 1), message(found))));
    }
  }

  private interface Found {
    void at(int offset, String text);
  }

  private static void find(String text, Found found) {
    // Every amount either pattern finds has a digit; most lines of prose have none, and the patterns
    // try each of their alternatives at every position of a line.
    if (!hasDigit(text)) {
      return;
    }
    // Blanked out, not removed, so that offsets stay those of the text as written.
    Matcher skip = NOT_PROSE.matcher(text);
    StringBuilder prose = new StringBuilder(text);
    while (skip.find()) {
      for (int i = skip.start(); i < skip.end(); i++) {
        prose.setCharAt(i, ' ');
      }
    }
    if (!hasDigit(prose)) {
      return;
    }
    for (Pattern p : List.of(KOREAN, ENGLISH)) {
      Matcher m = p.matcher(prose);
      while (m.find()) {
        found.at(m.start(), m.group().strip());
      }
    }
  }

  private static boolean hasDigit(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String message(String found) {
    return "expected every amount of money in a text to be a placeholder bound to its row, found '" + found + "'" + HOW;
  }
}
