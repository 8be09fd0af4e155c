package com.moneywar.briefing.money;

import java.util.Currency;
import java.util.Map;
import java.util.Optional;

/**
 * How each language's press writes a currency: the one registry the amounts, the charts' panel
 * headings and their notes read, so a currency added here is written alike everywhere. Korean puts
 * its word right after the number ({@code 43억5000만홍콩달러}); English puts a sign before it
 * ({@code HK$4.35 billion}) or, where a sign alone would not tell which currency (the yen and the
 * yuan share {@code ¥}), a name after it ({@code 20 billion yuan}). A currency not listed is written
 * by its ISO code ({@code 2억 XYZ}, {@code 2 billion XYZ}), which is never wrong, only plainer.
 *
 * @param code the ISO 4217 code
 * @param koWord the Korean word after the number: {@code 달러}, {@code 홍콩달러}
 * @param enSign the English sign before the number ({@code $}, {@code HK$}); empty when {@code enName} is used
 * @param enName the English name after the number ({@code yuan}); empty when a sign is used
 * @param koHeading a chart panel's heading in Korean: {@code 미국 달러}
 * @param enHeading a chart panel's heading in English: {@code US dollars}
 * @param enInSentence the currency inside an English sentence: {@code US dollars}, {@code euros}
 * @param koAdjective an amount in the currency, in a Korean note: {@code 달러화}
 * @param enAdjective the same in English: {@code dollar}
 */
public record CurrencyStyle(String code, String koWord, String enSign, String enName, String koHeading,
    String enHeading, String enInSentence, String koAdjective, String enAdjective) {

  private static final Map<String, CurrencyStyle> KNOWN = Map.ofEntries(
      sign("KRW", "원", "₩", "원", "Korean won", "won", "원화", "won"),
      sign("USD", "달러", "$", "미국 달러", "US dollars", "US dollars", "달러화", "dollar"),
      sign("EUR", "유로", "€", "유로", "Euros", "euros", "유로화", "euro"),
      sign("GBP", "파운드", "£", "영국 파운드", "Pounds sterling", "pounds sterling", "파운드화", "sterling"),
      named("JPY", "엔", "yen", "엔", "Japanese yen", "yen", "엔화", "yen"),
      named("CNY", "위안", "yuan", "위안", "Chinese yuan", "yuan", "위안화", "yuan"),
      sign("HKD", "홍콩달러", "HK$", "홍콩달러", "Hong Kong dollars", "Hong Kong dollars", "홍콩달러화", "Hong Kong dollar"),
      sign("TWD", "대만달러", "NT$", "대만달러", "New Taiwan dollars", "Taiwan dollars", "대만달러화", "Taiwan dollar"),
      sign("SGD", "싱가포르달러", "S$", "싱가포르달러", "Singapore dollars", "Singapore dollars", "싱가포르달러화",
          "Singapore dollar"),
      sign("CAD", "캐나다달러", "C$", "캐나다달러", "Canadian dollars", "Canadian dollars", "캐나다달러화", "Canadian dollar"),
      sign("AUD", "호주달러", "A$", "호주달러", "Australian dollars", "Australian dollars", "호주달러화", "Australian dollar"),
      named("CHF", "스위스프랑", "Swiss francs", "스위스프랑", "Swiss francs", "Swiss francs", "스위스프랑화", "Swiss franc"),
      named("INR", "루피", "rupees", "인도 루피", "Indian rupees", "rupees", "루피화", "rupee"),
      named("SAR", "리얄", "riyals", "사우디 리얄", "Saudi riyals", "riyals", "리얄화", "riyal"),
      named("AED", "디르함", "dirhams", "UAE 디르함", "UAE dirhams", "dirhams", "디르함화", "dirham"));

  /** The style of {@code currency}: a listed one, else its code everywhere. */
  public static CurrencyStyle of(Currency currency) {
    String code = currency.getCurrencyCode();
    return Optional.ofNullable(KNOWN.get(code))
        .orElseGet(() -> new CurrencyStyle(code, " " + code, "", code, code, code, code, code, code));
  }

  /**
   * How many units of {@code currency} a rate is quoted for, as the Korean press and the banks quote
   * it: 100 for the yen ({@code 100엔 = 940원}, "100엔당"), 1 for the others ({@code 1달러 = 1428원}).
   * The table holds the rate for one unit all the same.
   */
  public static int rateUnit(Currency currency) {
    return currency.getCurrencyCode().equals("JPY") ? 100 : 1;
  }

  /** Whether the style is listed here (else the code stands for the currency). */
  public static boolean listed(Currency currency) {
    return KNOWN.containsKey(currency.getCurrencyCode());
  }

  private static Map.Entry<String, CurrencyStyle> sign(String code, String koWord, String enSign, String koHeading,
      String enHeading, String enInSentence, String koAdjective, String enAdjective) {
    return Map.entry(code, new CurrencyStyle(code, koWord, enSign, "", koHeading, enHeading, enInSentence, koAdjective,
        enAdjective));
  }

  private static Map.Entry<String, CurrencyStyle> named(String code, String koWord, String enName, String koHeading,
      String enHeading, String enInSentence, String koAdjective, String enAdjective) {
    return Map.entry(code, new CurrencyStyle(code, koWord, "", enName, koHeading, enHeading, enInSentence, koAdjective,
        enAdjective));
  }
}
