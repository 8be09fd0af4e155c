package com.moneywar.briefing.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Every amount, read back from what the formatters write, is the amount. A small parser of the
 * press style below reads each output; the properties hold for amounts from 0 and millionths up to
 * 10^15, with 0 to 6 decimals, either sign, in the currencies the formatters name and in others.
 *
 * <p>The contract, as read from {@link KoreanMoneyFormat}, {@link EnglishMoneyFormat} and
 * {@link MoneyFormatTest}:
 *
 * <ul>
 *   <li>Korean is exact: groups of four digits with 경/조/억/만, largest first, each group 1 to 9999, a
 *       zero group left out, a fraction after the last group, then the currency word (원, 달러,
 *       유로, 엔, 위안, 파운드) or a space and the ISO code.
 *   <li>English is exact from a million up: the amount over a million, billion or trillion, every
 *       digit kept, then the scale word, or, where that would take more than three decimals (an
 *       amount exact to the unit, as a filing gives it), every digit grouped by three. Below a million it groups digits by three and shows at most
 *       two decimals, rounded half-even ({@code DecimalFormat}'s default). The sign comes first ($,
 *       €, ₩, £, ¥); a currency without one is written as a space and the ISO code after the number.
 *   <li>An approximation is the amount rounded by {@link Money#roundToSignificant}, half up, written
 *       after 약/about: within half a unit of the last kept digit of the exact amount.
 *   <li>Axis labels write the same number: Korean with the currency word after a space, English
 *       with T/B/M and the sign, no ISO code.
 * </ul>
 */
class MoneyFormatPropertiesTest {
  private static final MoneyFormat KO = MoneyFormat.korean();
  private static final MoneyFormat EN = MoneyFormat.english();
  private static final Map<String, String> KOREAN_WORDS = Map.ofEntries(Map.entry("KRW", "원"), Map.entry("USD", "달러"),
      Map.entry("EUR", "유로"), Map.entry("JPY", "엔"), Map.entry("CNY", "위안"), Map.entry("GBP", "파운드"),
      Map.entry("HKD", "홍콩달러"), Map.entry("TWD", "대만달러"), Map.entry("SGD", "싱가포르달러"), Map.entry("CAD", "캐나다달러"),
      Map.entry("AUD", "호주달러"), Map.entry("CHF", "스위스프랑"), Map.entry("INR", "루피"), Map.entry("SAR", "리얄"),
      Map.entry("AED", "디르함"));
  private static final Map<String, String> ENGLISH_SIGNS = Map.ofEntries(Map.entry("USD", "$"), Map.entry("EUR", "€"),
      Map.entry("KRW", "₩"), Map.entry("GBP", "£"), Map.entry("JPY", "¥"), Map.entry("HKD", "HK$"), Map.entry("TWD", "NT$"),
      Map.entry("SGD", "S$"), Map.entry("CAD", "C$"), Map.entry("AUD", "A$"));
  /** Currencies the English press names after the number rather than signs: 20 billion yuan, 500 billion yen. */
  private static final Map<String, String> ENGLISH_NAMES = Map.of("CNY", "yuan", "JPY", "yen", "CHF", "Swiss francs",
      "INR", "rupees", "SAR", "riyals", "AED", "dirhams");
  private static final BigDecimal MILLION = new BigDecimal("1e6");

  // ---- the properties ----

  @Property(tries = 2000)
  void koreanFormatReadsBackToTheExactAmount(@ForAll("amounts") BigDecimal amount, @ForAll("currencies") Currency currency) {
    String text = KO.format(new Money(amount, currency));
    assertThat(readKorean(text, koreanWord(currency))).as(text).isEqualByComparingTo(amount);
  }

  @Property(tries = 2000)
  void englishFormatReadsBackToTheAmountExactlyFromAMillionAndToTheCentBelow(
      @ForAll("amounts") BigDecimal amount, @ForAll("currencies") Currency currency) {
    String text = EN.format(new Money(amount, currency));
    assertThat(readEnglish(text, currency, false)).as(text).isEqualByComparingTo(englishContract(amount));
  }

  @Property(tries = 1000)
  void approximationsSayAboutAndStayWithinHalfTheLastKeptDigit(@ForAll("amounts") BigDecimal amount,
      @ForAll("currencies") Currency currency, @ForAll @IntRange(min = 1, max = 6) int digits) {
    Money rounded = new Money(amount, currency).roundToSignificant(digits);
    BigDecimal halfUnit = halfUnitOfLastKeptDigit(amount, digits);

    String ko = KO.approximately(rounded);
    assertThat(ko).startsWith("약 ");
    BigDecimal koValue = readKorean(ko.substring("약 ".length()), koreanWord(currency));
    assertThat(koValue.subtract(amount).abs()).as(ko + " for " + amount).isLessThanOrEqualTo(halfUnit);
    assertThat(koValue.stripTrailingZeros().precision()).as(ko).isLessThanOrEqualTo(digits);

    String en = EN.approximately(rounded);
    assertThat(en).startsWith("about ");
    BigDecimal enValue = readEnglish(en.substring("about ".length()), currency, false);
    assertThat(enValue).as(en).isEqualByComparingTo(englishContract(rounded.amount()));
  }

  @Property(tries = 1000)
  void axisLabelsReadBackToTheAmount(@ForAll("amounts") BigDecimal amount, @ForAll("currencies") Currency currency) {
    Money money = new Money(amount, currency);
    String ko = KO.axisLabel(money);
    assertThat(readKorean(ko, " " + koreanWord(currency).strip())).as(ko).isEqualByComparingTo(amount);
    String en = EN.axisLabel(money);
    assertThat(readEnglish(en, currency, true)).as(en).isEqualByComparingTo(englishContract(amount));
  }

  @Property(tries = 1000)
  void countsReadBackToTheNumber(@ForAll("amounts") BigDecimal amount) {
    String ko = KO.plainNumber(amount);
    assertThat(readKoreanNumber(ko)).as(ko).isEqualByComparingTo(amount);
    String en = EN.plainNumber(amount);
    boolean negative = en.startsWith("-");
    BigDecimal enValue = readEnglishNumber(negative ? en.substring(1) : en, false);
    assertThat(negative ? enValue.negate() : enValue).as(en).isEqualByComparingTo(amount.setScale(2, RoundingMode.HALF_EVEN));
  }

  /** The parser below is itself checked on the press style's own examples. */
  @Example
  void theTestParserReadsThePressStyle() {
    assertThat(readKorean("27억5000만달러", "달러")).isEqualByComparingTo("2750000000");
    assertThat(readKorean("1억5만원", "원")).isEqualByComparingTo("100050000");
    assertThat(readKorean("1만0.5달러", "달러")).isEqualByComparingTo("10000.5");
    assertThat(readKorean("-3조7100억 SEK", " SEK")).isEqualByComparingTo("-3710000000000");
    assertThat(readEnglish("$2.75 billion", Currency.getInstance("USD"), false)).isEqualByComparingTo("2750000000");
    assertThat(readEnglish("$950,000", Currency.getInstance("USD"), false)).isEqualByComparingTo("950000");
    assertThat(readEnglish("2 billion SEK", Currency.getInstance("SEK"), false)).isEqualByComparingTo("2e9");
    assertThat(readEnglish("HK$4.35 billion", Currency.getInstance("HKD"), false)).isEqualByComparingTo("4.35e9");
    assertThat(readEnglish("-₩3.71T", Currency.getInstance("KRW"), true)).isEqualByComparingTo("-3.71e12");
    for (String wrong : List.of("1억0000만원", "5000만1억원", "10000만원", "1만5000.50원", "01만원", "1억원 ")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> readKorean(wrong, "원")).as(wrong)
          .isInstanceOf(AssertionError.class);
    }
    for (String wrong : List.of("$1000 million", "$0.5 million", "$1,0000", "$1,500,000", "$950,000.125", "1 billion USD")) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> readEnglish(wrong, Currency.getInstance("USD"), false))
          .as(wrong).isInstanceOf(AssertionError.class);
    }
  }

  // ---- the contract's arithmetic ----

  /** What English promises for an amount: exact from a million up, to the cent (half-even) below. */
  private static BigDecimal englishContract(BigDecimal amount) {
    return amount.abs().compareTo(MILLION) >= 0 ? amount : amount.setScale(2, RoundingMode.HALF_EVEN);
  }

  /** Half a unit in the place of the {@code digits}-th significant digit of {@code amount}. */
  private static BigDecimal halfUnitOfLastKeptDigit(BigDecimal amount, int digits) {
    if (amount.signum() == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal stripped = amount.stripTrailingZeros();
    int leadingExponent = stripped.precision() - stripped.scale() - 1;
    return new BigDecimal(BigInteger.valueOf(5), -(leadingExponent - digits));
  }

  // ---- a reader of the press style, strict about its form ----

  private static final String KOREAN_UNITS = "경조억만";
  private static final Pattern KOREAN_GROUP = Pattern.compile("(\\d+)([경조억만]?)");

  private static String koreanWord(Currency currency) {
    return KOREAN_WORDS.getOrDefault(currency.getCurrencyCode(), " " + currency.getCurrencyCode());
  }

  /** Reads {@code [-]groups + word}; fails (AssertionError) on anything the press style does not write. */
  static BigDecimal readKorean(String text, String currencyWord) {
    assertThat(text).as("currency word").endsWith(currencyWord);
    return readKoreanNumber(text.substring(0, text.length() - currencyWord.length()));
  }

  static BigDecimal readKoreanNumber(String text) {
    boolean negative = text.startsWith("-");
    String body = negative ? text.substring(1) : text;
    String fraction = "";
    int dot = body.indexOf('.');
    if (dot >= 0) {
      fraction = body.substring(dot);
      assertThat(fraction).as("fraction of " + text).matches("\\.\\d*[1-9]");
      body = body.substring(0, dot);
    }
    assertThat(body).as(text).isNotEmpty();
    BigInteger whole = BigInteger.ZERO;
    int lastUnit = KOREAN_UNITS.length();
    int at = 0;
    Matcher m = KOREAN_GROUP.matcher(body);
    while (at < body.length()) {
      assertThat(m.find(at) && m.start() == at).as("a group of digits at %d in %s", at, text).isTrue();
      String digits = m.group(1);
      String unitChar = m.group(2);
      int unit = unitChar.isEmpty() ? KOREAN_UNITS.length() : KOREAN_UNITS.indexOf(unitChar);
      // The units go down: 조, then 억, then 만, then the ones; each at most once.
      assertThat(unit).as("unit order in " + text).isGreaterThanOrEqualTo(at == 0 ? 0 : lastUnit + 1);
      boolean onlyZero = digits.equals("0") && at == 0 && m.end() == body.length();
      boolean zeroBeforeFraction = digits.equals("0") && unitChar.isEmpty() && !fraction.isEmpty();
      if (!onlyZero && !zeroBeforeFraction) {
        assertThat(digits).as("group of 1 to 9999 in " + text).matches("[1-9]\\d{0,3}");
      }
      int power = 4 * (KOREAN_UNITS.length() - unit); // 경 = 10^16, 조 = 10^12, 억 = 10^8, 만 = 10^4
      whole = whole.add(new BigInteger(digits).multiply(BigInteger.TEN.pow(power)));
      lastUnit = unit;
      at = m.end();
    }
    assertThat(fraction.isEmpty() || lastUnit == KOREAN_UNITS.length()).as("fraction after the ones in " + text).isTrue();
    BigDecimal value = new BigDecimal(whole).add(fraction.isEmpty() ? BigDecimal.ZERO : new BigDecimal("0" + fraction));
    return negative ? value.negate() : value;
  }

  private static final Pattern ENGLISH = Pattern.compile(
      "(-?)((?:[A-Z]{1,2}\\$)?|[$€₩£¥]?)([0-9.,]+)(?:( trillion| billion| million)|([TBM]))?( [A-Z]{3}| yuan| yen| Swiss francs| rupees| riyals| dirhams)?");

  /** Reads {@code [-][sign]number[ scale word| T/B/M][ CODE]}; fails on anything the press style does not write. */
  static BigDecimal readEnglish(String text, Currency currency, boolean axis) {
    Matcher m = ENGLISH.matcher(text);
    assertThat(m.matches()).as("English press style: " + text).isTrue();
    String code = currency.getCurrencyCode();
    String sign = ENGLISH_SIGNS.get(code);
    String name = axis ? null : ENGLISH_NAMES.get(code);
    assertThat(m.group(2)).as("currency sign in " + text).isEqualTo(sign == null || name != null ? "" : sign);
    String suffix = m.group(6) == null ? "" : m.group(6);
    assertThat(suffix).as("currency name or ISO code after the number in " + text)
        .isEqualTo(name != null ? " " + name : sign != null || axis ? "" : " " + code);
    String word = axis ? m.group(5) : m.group(4);
    assertThat(axis ? m.group(4) : m.group(5)).as("scale word of the right kind in " + text).isNull();
    int power = word == null ? 0 : switch (word.strip()) {
      case "trillion", "T" -> 12;
      case "billion", "B" -> 9;
      default -> 6;
    };
    BigDecimal number = readEnglishNumber(m.group(3), power > 0);
    if (power > 0) {
      // From a million up: at least 1 of the unit, and below 1000 of it unless it is the largest.
      assertThat(number).as(text).isGreaterThanOrEqualTo(BigDecimal.ONE);
      if (power < 12) {
        assertThat(number).as(text).isLessThan(new BigDecimal(1000));
      }
    } else if (number.compareTo(MILLION) > 0) {
      // Written out in full only where its scale word would need more than three decimals.
      BigDecimal unit = number.compareTo(new BigDecimal("1e12")) >= 0 ? new BigDecimal("1e12")
          : number.compareTo(new BigDecimal("1e9")) >= 0 ? new BigDecimal("1e9") : MILLION;
      assertThat(number.divide(unit).stripTrailingZeros().scale()).as("written in full only past three decimals: " + text)
          .isGreaterThan(3);
    }
    BigDecimal value = number.scaleByPowerOfTen(power);
    return m.group(1).isEmpty() ? value : value.negate();
  }

  /** Digits grouped by three below a million ({@code 950,000.5}), plain before a scale word ({@code 1.346}). */
  static BigDecimal readEnglishNumber(String text, boolean beforeScaleWord) {
    // Grouped by three from a thousand up, before a scale word too ("₩1,040 trillion").
    String pattern = "\\d{1,3}(,\\d{3})*(\\.\\d*[1-9])?";
    assertThat(text).as("English number").matches(pattern);
    // Below a million, at most two decimals (cents); above it, written in full, every one.
    if (!beforeScaleWord && new BigDecimal(text.replace(",", "")).compareTo(MILLION) <= 0) {
      assertThat(text).as("at most two decimals below a million").doesNotMatch(".*\\.\\d{3,}");
    }
    assertThat(text).as("no leading zero").doesNotMatch("0\\d.*");
    return new BigDecimal(text.replace(",", ""));
  }

  // ---- what to try ----

  /**
   * Amounts of every size from 0 to 10^15 with 0 to 6 decimals, the same with zero groups (1억5만),
   * and the places where a unit changes; each with either sign.
   */
  @Provide
  Arbitrary<BigDecimal> amounts() {
    Arbitrary<BigDecimal> anySize = Combinators.combine(
            Arbitraries.integers().between(0, 16), Arbitraries.integers().between(0, 6))
        .flatAs((wholeDigits, scale) -> Arbitraries.bigIntegers()
            .between(BigInteger.ZERO, BigInteger.TEN.pow(wholeDigits + scale).subtract(BigInteger.ONE))
            .map(unscaled -> new BigDecimal(unscaled, scale)));
    // Groups of four digits, each often zero: 조, 억, 만 and ones, plus a fraction.
    Arbitrary<Integer> group = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, Arbitraries.just(0)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 9)),
        net.jqwik.api.Tuple.of(2, Arbitraries.integers().between(1, 9999)));
    Arbitrary<BigDecimal> sparse = Combinators.combine(
            group.list().ofSize(4), Arbitraries.of("", ".5", ".05", ".25", ".000001", ".999999"))
        .as((groups, fraction) -> {
          BigDecimal value = new BigDecimal(fraction.isEmpty() ? "0" : "0" + fraction);
          for (int i = 0; i < groups.size(); i++) {
            value = value.add(BigDecimal.valueOf(groups.get(i)).scaleByPowerOfTen(4 * (3 - i)));
          }
          return value;
        });
    Arbitrary<BigDecimal> landmarks = Arbitraries.of(
            "0", "0.000001", "0.004", "0.005", "0.015", "1", "9999", "10000", "10001", "999999.99", "999999.995",
            "1000000", "99999999", "100000000", "100000001", "999999999999", "1000000000000", "1000000000000000",
            "2750000000", "3709750000000", "100050000")
        .map(BigDecimal::new);
    Arbitrary<BigDecimal> unsigned = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, anySize), net.jqwik.api.Tuple.of(3, sparse), net.jqwik.api.Tuple.of(1, landmarks));
    return Combinators.combine(unsigned, Arbitraries.frequency(
            net.jqwik.api.Tuple.of(4, false), net.jqwik.api.Tuple.of(1, true)))
        .as((value, negative) -> negative ? value.negate() : value);
  }

  /** The currencies the formatters name, and now and then any other ISO 4217 code. */
  @Provide
  Arbitrary<Currency> currencies() {
    List<Currency> named = List.of("KRW", "USD", "EUR", "JPY", "CNY", "GBP", "HKD", "CHF").stream().map(Currency::getInstance).toList();
    List<Currency> any = Currency.getAvailableCurrencies().stream()
        .sorted(Comparator.comparing(Currency::getCurrencyCode)).toList();
    return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(4, Arbitraries.of(named)), net.jqwik.api.Tuple.of(1, Arbitraries.of(any)));
  }
}
