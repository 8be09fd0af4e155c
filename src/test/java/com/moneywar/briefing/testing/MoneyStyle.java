package com.moneywar.briefing.testing;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.money.MoneyFormat;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every amount of money in a piece of text is written exactly as the prose's formatter
 * writes it: each amount found is read back into a number and written again with {@link
 * MoneyFormat}; any difference, and any short form the prose never uses ({@code 40억 달러} with a
 * space, {@code $4B}), is a problem.
 */
public final class MoneyStyle {
  private static final Map<String, String> KO_WORDS = Map.of("달러", "USD", "유로", "EUR", "원", "KRW", "엔", "JPY",
      "파운드", "GBP", "위안", "CNY");
  private static final Map<String, String> EN_SIGNS = Map.of("$", "USD", "€", "EUR", "₩", "KRW", "£", "GBP", "¥", "JPY");
  private static final String KO_NUMBER = "(?:\\d[\\d.]*조)?(?:\\d[\\d.]*억)?(?:\\d[\\d.]*만)?(?:\\d[\\d.,]*)?";
  /** A Korean amount: digits with 조, 억, 만 and a currency word right after them. */
  private static final Pattern KO_AMOUNT = Pattern.compile("(?<!\\d)(" + KO_NUMBER + ")(달러|유로|원|엔|파운드|위안)");
  /** A Korean number with a space before a currency word, which the prose never writes. */
  private static final Pattern KO_SPACED = Pattern.compile("\\d[조억만]?\\s+(달러|유로|엔|파운드|위안)");
  /** Thousands or hundreds written as words (5천만), which the prose writes in digits (5000만). */
  private static final Pattern KO_WORDED = Pattern.compile("\\d[천백십]");
  private static final Pattern EN_AMOUNT = Pattern.compile(
      "([$€₩£¥])(\\d+(?:,\\d{3})*(?:\\.\\d+)?)(?:–(\\d+(?:,\\d{3})*(?:\\.\\d+)?))?(?: (thousand|million|billion|trillion))?");
  private static final Pattern EN_SHORT = Pattern.compile("[$€₩£¥]\\d[\\d,.]*\\s?[KMBT]n?\\b");

  private MoneyStyle() {}

  /** Every amount in {@code text} that the prose would write otherwise, described; empty when all agree. */
  public static List<String> problems(String text, Lang lang) {
    return lang == Lang.KO ? korean(text) : english(text);
  }

  /** How many amounts of money {@code text} holds, as this checker reads it. */
  public static int amounts(String text, Lang lang) {
    Matcher m = (lang == Lang.KO ? KO_AMOUNT : EN_AMOUNT).matcher(text);
    int n = 0;
    while (m.find()) {
      if (lang == Lang.EN || !m.group(1).isEmpty()) {
        n++;
      }
    }
    return n;
  }

  private static List<String> korean(String text) {
    List<String> problems = new ArrayList<>();
    Matcher spaced = KO_SPACED.matcher(text);
    while (spaced.find()) {
      problems.add("'" + text + "': a space before the currency in '" + spaced.group() + "'");
    }
    Matcher worded = KO_WORDED.matcher(text);
    while (worded.find()) {
      problems.add("'" + text + "': a digit followed by a number word in '" + worded.group() + "'");
    }
    Matcher m = KO_AMOUNT.matcher(text);
    while (m.find()) {
      if (m.group(1).isEmpty()) {
        continue;
      }
      Money money = new Money(koreanNumber(m.group(1)), Currency.getInstance(KO_WORDS.get(m.group(2))));
      String expected = MoneyFormat.korean().format(money);
      if (!expected.equals(m.group())) {
        problems.add("'" + text + "': '" + m.group() + "' where the prose writes '" + expected + "'");
      }
    }
    return problems;
  }

  private static BigDecimal koreanNumber(String text) {
    BigDecimal total = BigDecimal.ZERO;
    Matcher part = Pattern.compile("([\\d.,]+)([조억만]?)").matcher(text);
    while (part.find()) {
      BigDecimal n = new BigDecimal(part.group(1).replace(",", ""));
      int power = switch (part.group(2)) {
        case "조" -> 12;
        case "억" -> 8;
        case "만" -> 4;
        default -> 0;
      };
      total = total.add(n.scaleByPowerOfTen(power));
    }
    return total;
  }

  private static List<String> english(String text) {
    List<String> problems = new ArrayList<>();
    Matcher shortForm = EN_SHORT.matcher(text);
    while (shortForm.find()) {
      problems.add("'" + text + "': a short form '" + shortForm.group() + "' the prose never writes");
    }
    Matcher m = EN_AMOUNT.matcher(text);
    while (m.find()) {
      Currency currency = Currency.getInstance(EN_SIGNS.get(m.group(1)));
      int power = m.group(4) == null ? 0 : switch (m.group(4)) {
        case "thousand" -> 3;
        case "million" -> 6;
        case "billion" -> 9;
        default -> 12;
      };
      Money low = new Money(new BigDecimal(m.group(2).replace(",", "")).scaleByPowerOfTen(power), currency);
      String expected = m.group(3) == null ? MoneyFormat.english().format(low)
          : MoneyFormat.english().range(low,
              new Money(new BigDecimal(m.group(3).replace(",", "")).scaleByPowerOfTen(power), currency));
      if (!expected.equals(m.group())) {
        problems.add("'" + text + "': '" + m.group() + "' where the prose writes '" + expected + "'");
      }
    }
    return problems;
  }
}
