package com.moneywar.briefing.load;

import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The ISO 4217 code meant by a common other name or sign of a currency ({@code RMB} for CNY, {@code
 * US$} for USD, {@code ₩} for KRW), for the hint after an unknown currency: the tables take codes
 * only, and an editor copying from an article writes what the article writes.
 */
final class CurrencyAliases {
  /** Other names and signs, in capitals, by the code they stand for. */
  private static final Map<String, String> CODES = Map.ofEntries(
      Map.entry("RMB", "CNY"), Map.entry("CNH", "CNY"), Map.entry("YUAN", "CNY"), Map.entry("RENMINBI", "CNY"),
      Map.entry("元", "CNY"), Map.entry("위안", "CNY"),
      Map.entry("US$", "USD"), Map.entry("$", "USD"), Map.entry("USD$", "USD"), Map.entry("DOLLAR", "USD"),
      Map.entry("DOLLARS", "USD"), Map.entry("달러", "USD"),
      Map.entry("₩", "KRW"), Map.entry("WON", "KRW"), Map.entry("원", "KRW"), Map.entry("KRW₩", "KRW"),
      Map.entry("€", "EUR"), Map.entry("EURO", "EUR"), Map.entry("EUROS", "EUR"), Map.entry("유로", "EUR"),
      Map.entry("£", "GBP"), Map.entry("UKP", "GBP"), Map.entry("UKL", "GBP"), Map.entry("POUND", "GBP"), Map.entry("STERLING", "GBP"), Map.entry("파운드", "GBP"),
      Map.entry("YEN", "JPY"), Map.entry("円", "JPY"), Map.entry("엔", "JPY"),
      Map.entry("HK$", "HKD"), Map.entry("NT$", "TWD"), Map.entry("S$", "SGD"), Map.entry("A$", "AUD"),
      Map.entry("C$", "CAD"), Map.entry("CA$", "CAD"), Map.entry("₹", "INR"), Map.entry("RS", "INR"),
      Map.entry("RUPEE", "INR"), Map.entry("RUPEES", "INR"), Map.entry("루피", "INR"),
      Map.entry("SR", "SAR"), Map.entry("RIYAL", "SAR"), Map.entry("RIYALS", "SAR"), Map.entry("리얄", "SAR"),
      Map.entry("DHS", "AED"), Map.entry("DH", "AED"), Map.entry("DIRHAM", "AED"), Map.entry("DIRHAMS", "AED"),
      Map.entry("디르함", "AED"), Map.entry("FRANC", "CHF"), Map.entry("FRANCS", "CHF"), Map.entry("SFR", "CHF"),
      Map.entry("홍콩달러", "HKD"));

  private CurrencyAliases() {}

  /**
   * What to append to the message about an unknown currency {@code found}: {@code ; did you mean
   * 'CNY'?} for a known alias or a code in small letters, a word on {@code ¥} (both the yen and the
   * yuan), or nothing.
   */
  static String hint(String found) {
    String upper = found.toUpperCase(Locale.ROOT);
    if (upper.equals("¥") || upper.equals("￥")) {
      return ", the sign of both the yen (JPY) and the yuan (CNY); write the code of the one meant";
    }
    Optional<String> code = Optional.ofNullable(CODES.get(upper))
        .or(() -> Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode)
            .filter(upper::equals).findFirst())
        .or(() -> near(upper, COMMON))
        .or(() -> near(upper, Currency.getAvailableCurrencies().stream().map(Currency::getCurrencyCode).toList()));
    return code.map(c -> "; did you mean '" + c + "'?").orElse("");
  }

  /**
   * The currencies the tables mostly hold (those the tool names in words, and those of the other names
   * above): a near miss of one ({@code KWR}) means it, though a rarer code is as near ({@code KWD}, the
   * Kuwaiti dinar).
   */
  private static final java.util.Set<String> COMMON = new java.util.TreeSet<>(CODES.values());

  /** The one code of {@code codes} that {@code found} is a near miss of, by the ids' rule ({@link com.moneywar.briefing.model.NearestName}). */
  private static Optional<String> near(String found, java.util.Collection<String> codes) {
    return com.moneywar.briefing.model.NearestName.of(found,
        codes.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList()).map(c -> c.toUpperCase(Locale.ROOT));
  }
}
