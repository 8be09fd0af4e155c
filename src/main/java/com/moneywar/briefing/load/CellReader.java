package com.moneywar.briefing.load;

import com.moneywar.briefing.model.Localized;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.Problem;
import com.moneywar.briefing.model.SourcePos;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns the cells of one row into typed values, recording a positioned problem for each bad cell
 * and returning a placeholder so the rest of the row is still checked. Not thread-safe: one per row.
 */
final class CellReader {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+(?:\\.\\d+)?");

  private final CsvRow row;
  private final List<Problem> problems;
  private final Map<String, SourcePos> origins;
  private final String file;
  private boolean failed;
  private String rowId = "";

  CellReader(String file, CsvRow row, List<Problem> problems, Map<String, SourcePos> origins) {
    this.file = file;
    this.row = row;
    this.problems = problems;
    this.origins = origins;
  }

  /** Whether any cell of this row was bad; such a row is left out of the model. */
  boolean failed() {
    return failed;
  }

  /** Reads the row's id and records the positions of all its cells under it. */
  String id() {
    Cell cell = row.cell("id");
    String id = cell.text().strip();
    if (id.isEmpty()) {
      fail(cell, "expected an id in column 'id', found an empty cell");
    } else if (!ID.matcher(id).matches()) {
      fail(cell, "expected an id of lowercase letters, digits and single hyphens (such as 'amazon-anthropic-t2'), found '" + id + "'");
    }
    rowId = id;
    origins.put(com.moneywar.briefing.model.Origins.key(file, id, ""), row.pos());
    row.cells().forEach((column, c) -> origins.put(com.moneywar.briefing.model.Origins.key(file, id, column), c.pos()));
    return id;
  }

  SourcePos pos(String column) {
    return row.cell(column).pos();
  }

  String text(String column) {
    Cell cell = row.cell(column);
    if (cell.isBlank()) {
      fail(cell, "expected a value in column '" + column + "', found an empty cell");
      return "";
    }
    return plain(cell, column);
  }

  Optional<String> optionalText(String column) {
    Cell cell = row.cell(column);
    return cell.isBlank() ? Optional.empty() : Optional.of(plain(cell, column));
  }

  /**
   * A text cell's value. A placeholder is refused here, where it is found, rather than shown raw:
   * figures are rendered only in the texts under data/texts, and a table's own figure is in its
   * amount columns.
   */
  private String plain(Cell cell, String column) {
    String text = cell.text().strip();
    int at = cell.text().indexOf("{{");
    if (at >= 0) {
      int end = cell.text().indexOf("}}", at);
      String found = end < 0 ? cell.text().substring(at) : cell.text().substring(at, end + 2);
      rejectAt(cell.at(at), "expected plain text in column '" + column + "' (figures are rendered only in the texts"
          + " under data/texts; write this one out or leave it to the amount columns), found '" + found + "'");
    }
    return text;
  }

  /** A reference to a row of another table; it must look like an id (whether it exists is checked later). */
  /** The table a reference column names a row of, for the message about an empty cell. */
  private static final java.util.Map<String, String> REFERS_TO = java.util.Map.of(
      "source", "a source in data/sources.csv", "alt_source", "a source in data/sources.csv",
      "investor", "a company in data/companies.csv", "investee", "a company in data/companies.csv",
      "company", "a company in data/companies.csv", "from", "a company in data/companies.csv",
      "to", "a company in data/companies.csv");

  String ref(String column) {
    if (row.cell(column).isBlank() && REFERS_TO.containsKey(column)) {
      fail(row.cell(column), "expected the id of " + REFERS_TO.get(column) + " in column '" + column
          + "', found an empty cell");
      return "";
    }
    String value = text(column);
    if (!value.isEmpty() && !ID.matcher(value).matches()) {
      fail(row.cell(column), "expected an id in column '" + column + "', found '" + value + "'");
    }
    return value;
  }

  Optional<String> optionalRef(String column) {
    return row.cell(column).isBlank() ? Optional.empty() : Optional.of(ref(column));
  }

  Localized localized(String prefix) {
    return new Localized(text(prefix + "_ko"), text(prefix + "_en"));
  }

  Localized optionalLocalized(String prefix) {
    return new Localized(
        optionalText(prefix + "_ko").orElse(""), optionalText(prefix + "_en").orElse(""));
  }

  BigDecimal amount(String column) {
    Cell cell = row.cell(column);
    String value = cell.text().strip();
    if (value.isEmpty()) {
      fail(cell, "expected an amount in column '" + column + "', found an empty cell");
      return BigDecimal.ZERO;
    }
    if (!DECIMAL.matcher(value).matches()) {
      fail(cell, "expected a plain decimal number such as 2750000000 or 1.5 (no grouping, no currency sign) in column '"
          + column + "', found '" + value + "'" + WrittenAs.amountHint(value));
      return BigDecimal.ZERO;
    }
    BigDecimal amount = new BigDecimal(value);
    if (amount.signum() < 0) {
      fail(cell, "expected an amount of zero or more in column '" + column + "', found '" + value + "'");
      return BigDecimal.ZERO;
    }
    return amount;
  }

  BigDecimal positive(String column) {
    BigDecimal value = amount(column);
    if (!failed && value.signum() == 0) {
      fail(row.cell(column), "expected a number above zero in column '" + column + "', found '0'");
    }
    return value.signum() == 0 ? BigDecimal.ONE : value;
  }

  /** ISO 4217 codes no amount of a report is stated in: {@link #currency} refuses them. */
  private static final java.util.Set<String> NOT_MONEY = java.util.Set.of("USS", "USN", "XXX", "XTS");

  Currency currency(String column) {
    Cell cell = row.cell(column);
    String code = cell.text().strip();
    Optional<Currency> currency =
        Currency.getAvailableCurrencies().stream()
            .filter(c -> c.getCurrencyCode().equals(code))
            .findFirst();
    if (currency.isEmpty()) {
      fail(cell, "expected an ISO 4217 currency code such as USD, EUR or KRW in column '" + column
          + "', found '" + code + "'" + CurrencyAliases.hint(code));
      return Currency.getInstance("XXX");
    }
    // Codes the JDK still lists that no report states an amount in: a dollar "same day" or "next
    // day" fund code, no currency, the testing code. A new user's typo 'USS' for USD passed, and the
    // pages read "20억 USS".
    if (NOT_MONEY.contains(code)) {
      fail(cell, "expected the code of a currency amounts are stated in, in column '" + column + "', found '" + code
          + "', " + (code.startsWith("US") ? "a US dollar fund code (not in use for amounts); did you mean 'USD'?"
              : "a code for no currency"));
      return Currency.getInstance("XXX");
    }
    return currency.get();
  }

  PartialDate date(String column) {
    Cell cell = row.cell(column);
    String value = cell.text().strip();
    Optional<PartialDate> date = PartialDate.parse(value);
    Optional<CalendarCheck> notOnTheCalendar = CalendarCheck.of(value);
    if (notOnTheCalendar.isPresent()) {
      fail(cell, notOnTheCalendar.get().message(" in column '" + column + "'", value));
      return new PartialDate(1970, 0, 0);
    }
    if (date.isEmpty()) {
      fail(cell, "expected a date as YYYY, YYYY-MM or YYYY-MM-DD in column '" + column + "', found "
          + (value.isEmpty() ? "an empty cell" : "'" + value + "'" + WrittenAs.dateHint(value)));
      return new PartialDate(1970, 0, 0);
    }
    return date.get();
  }

  Optional<PartialDate> optionalDate(String column) {
    return row.cell(column).isBlank() ? Optional.empty() : Optional.of(date(column));
  }

  int integer(String column, int min, int max, int fallback) {
    Cell cell = row.cell(column);
    String value = cell.text().strip();
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    fail(cell, "expected a whole number from " + min + " to " + max + " in column '" + column + "', found '" + value + "'");
    return fallback;
  }

  /**
   * Words editors write for a bound, a spending row's kind or its status, each with the code it means
   * ({@code approx} for {@code about}, {@code guidance} for {@code planned}), for a "did you mean" that
   * spelling alone cannot find. A synonym is offered only in a column whose codes include its code.
   */
  private static final Map<String, String> SYNONYMS = Map.ofEntries(
      Map.entry("approx", "about"), Map.entry("approx.", "about"), Map.entry("approximately", "about"),
      Map.entry("around", "about"), Map.entry("~", "about"), Map.entry("circa", "about"), Map.entry("약", "about"),
      Map.entry("max", "up-to"), Map.entry("maximum", "up-to"), Map.entry("최대", "up-to"),
      Map.entry("min", "at-least"), Map.entry("minimum", "at-least"), Map.entry("최소", "at-least"),
      Map.entry("over", "more-than"), Map.entry("above", "more-than"), Map.entry("이상", "more-than"),
      Map.entry("under", "less-than"), Map.entry("below", "less-than"), Map.entry("미만", "less-than"),
      Map.entry("between", "range"),
      // Spending (data/spending.csv): what editors call a figure's kind and where it stands.
      Map.entry("capital-expenditure", "capex"), Map.entry("capital expenditure", "capex"),
      Map.entry("설비투자", "capex"), Map.entry("ai", "ai-infrastructure"), Map.entry("infrastructure", "ai-infrastructure"),
      Map.entry("plan", "planned"), Map.entry("guidance", "planned"), Map.entry("forecast", "planned"),
      Map.entry("계획", "planned"), Map.entry("actual", "spent"), Map.entry("reported", "spent"),
      Map.entry("실적", "spent"), Map.entry("estimate", "estimated"), Map.entry("추정", "estimated"),
      // A company's kind: a government or a state fund is a public body.
      Map.entry("government", "public"), Map.entry("state", "public"), Map.entry("정부", "public"),
      Map.entry("공공기관", "public"), Map.entry("public-body", "public"),
      // A claim's status (column 'claim'): the words outlets use.
      Map.entry("rumoured", "reported"), Map.entry("rumored", "reported"), Map.entry("rumour", "reported"),
      Map.entry("rumor", "reported"), Map.entry("unconfirmed", "reported"), Map.entry("보도", "reported"),
      Map.entry("alleged", "claimed"), Map.entry("주장", "claimed"), Map.entry("contested", "disputed"),
      Map.entry("반론", "disputed"), Map.entry("refuted", "denied"), Map.entry("부인", "denied"),
      Map.entry("official", "confirmed"), Map.entry("확인", "confirmed"),
      // What a capacity counts (column 'capacity_unit' of data/flows.csv).
      Map.entry("gigawatts", "GW"), Map.entry("gigawatt", "GW"), Map.entry("gw", "GW"), Map.entry("기가와트", "GW"),
      Map.entry("megawatts", "MW"), Map.entry("megawatt", "MW"), Map.entry("mw", "MW"), Map.entry("메가와트", "MW"),
      Map.entry("gpu", "gpus"), Map.entry("tpu", "tpus"), Map.entry("chip", "chips"), Map.entry("wafers", "wafers-a-month"),
      // How a deal was paid (column 'paid' of data/flows.csv).
      Map.entry("all-stock", "stock"), Map.entry("all stock", "stock"), Map.entry("shares", "stock"),
      Map.entry("share-swap", "stock"), Map.entry("주식", "stock"), Map.entry("주식 교환", "stock"),
      Map.entry("money", "cash"), Map.entry("현금", "cash"), Map.entry("mixed", "cash-and-stock"),
      Map.entry("cash and stock", "cash-and-stock"), Map.entry("stock-and-cash", "cash-and-stock"),
      Map.entry("현금·주식", "cash-and-stock"),
      // Whether a deal was made (column 'status' of data/flows.csv): the words outlets use.
      Map.entry("unsolicited", "offered"), Map.entry("bid", "offered"), Map.entry("offer", "offered"),
      Map.entry("proposed", "offered"), Map.entry("제안", "offered"), Map.entry("declined", "rejected"),
      Map.entry("거절", "rejected"), Map.entry("cancelled", "called-off"), Map.entry("canceled", "called-off"),
      Map.entry("terminated", "called-off"), Map.entry("lapsed", "called-off"), Map.entry("withdrawn", "called-off"),
      Map.entry("무산", "called-off"), Map.entry("loi", "intent"), Map.entry("mou", "memorandum"),
      Map.entry("의향서", "intent"), Map.entry("양해각서", "memorandum"), Map.entry("negotiating", "talks"),
      Map.entry("협상", "talks"), Map.entry("signed", "agreed"), Map.entry("합의", "agreed"),
      // A round's type (column 'type' of data/rounds.csv): what a loan or a listing is called.
      Map.entry("bond", "debt"), Map.entry("bonds", "debt"), Map.entry("loan", "debt"), Map.entry("loans", "debt"),
      Map.entry("credit", "debt"), Map.entry("채권", "debt"), Map.entry("대출", "debt"), Map.entry("차입", "debt"),
      Map.entry("회사채", "debt"), Map.entry("listing", "ipo"), Map.entry("상장", "ipo"), Map.entry("기업공개", "ipo"));

  /**
   * {@code "; did you mean 'about'?"} for a near miss or a synonym of one of {@code codes}, or a near miss
   * of such a synonym ({@code aprox}: {@code approx}, which means {@code about}); else {@code ""}.
   */
  static String meant(String value, List<String> codes) {
    String lower = value.toLowerCase(Locale.ROOT);
    String synonym = SYNONYMS.get(lower);
    if (synonym != null && codes.contains(synonym)) {
      return "; did you mean '" + synonym + "'?";
    }
    String spaced = lower.replace(' ', '-').replace('_', '-');
    if (!spaced.equals(value) && codes.contains(spaced)) {
      return "; did you mean '" + spaced + "'?";
    }
    Optional<String> near = com.moneywar.briefing.model.NearestName.of(value, codes);
    if (near.isEmpty()) {
      List<String> words = SYNONYMS.keySet().stream().filter(w -> codes.contains(SYNONYMS.get(w))).toList();
      near = com.moneywar.briefing.model.NearestName.of(value, words).map(SYNONYMS::get);
    }
    return near.map(c -> "; did you mean '" + c + "'?").orElse("");
  }

  /** {@code word} with its indefinite article, as a message names a kind: {@code a stake}, {@code an acquisition}. */
  static String article(String word) {
    return (!word.isEmpty() && "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? "an " : "a ") + word;
  }

  /** One of an enum's codes, such as {@code up-to} for {@code Bound.UP_TO}. */
  <E extends Enum<E>> E choice(String column, Class<E> type, Function<E, String> code) {
    Cell cell = row.cell(column);
    String value = cell.text().strip();
    for (E e : type.getEnumConstants()) {
      if (code.apply(e).equals(value)) {
        return e;
      }
    }
    // A code that is empty (a value left unstated) is the empty cell, which the caller reads first.
    List<String> codes = Arrays.stream(type.getEnumConstants()).map(code).filter(c -> !c.isEmpty()).toList();
    fail(cell, "expected one of " + String.join(", ", codes) + " in column '" + column + "', found "
        + (value.isEmpty() ? "an empty cell" : "'" + value + "'" + meant(value, codes)));
    return type.getEnumConstants()[0];
  }

  Optional<String> url(String column) {
    Cell cell = row.cell(column);
    String value = cell.text().strip();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return Optional.of(value);
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    fail(cell, "expected an http:// or https:// address in column '" + column + "', found '" + value + "'");
    return Optional.empty();
  }

  /** An ISO 3166-1 country code, such as {@code US} or {@code KR}. */
  String country(String column) {
    // EU is reserved in ISO 3166-1 for the European Union, which pledges and invests as one (InvestAI).
    String[] codes = Arrays.copyOf(Locale.getISOCountries(), Locale.getISOCountries().length + 1);
    codes[codes.length - 1] = "EU";
    return isoCode(column, codes, "an ISO 3166-1 two-letter country code such as US or FR (or EU for the European Union)");
  }

  /** An ISO 639-1 language code, such as {@code en} or {@code ja}. */
  String language(String column) {
    return isoCode(column, Locale.getISOLanguages(), "an ISO 639-1 two-letter language code such as ko, en or ja");
  }

  /** A cell that must be one of {@code codes}; {@code expected} says what in the error. */
  private String isoCode(String column, String[] codes, String expected) {
    Cell cell = row.cell(column);
    String value = cell.text().strip();
    if (!Arrays.asList(codes).contains(value)) {
      fail(cell, "expected " + expected + " in column '" + column + "', found "
          + (value.isEmpty() ? "an empty cell" : "'" + value + "'"));
    }
    return value;
  }

  /** A word of a cell that holds several, separated by spaces, and where the word starts. */
  record Word(String text, SourcePos pos) {}

  /** The space-separated words of a cell, each with its own position; none for an empty cell. */
  List<Word> words(String column) {
    Cell cell = row.cell(column);
    List<Word> words = new java.util.ArrayList<>();
    java.util.regex.Matcher m = Pattern.compile("\\S+").matcher(cell.text());
    while (m.find()) {
      words.add(new Word(m.group(), cell.at(m.start())));
    }
    return words;
  }

  /** A cell's stripped text, empty when the cell or its column is absent; records no problem. */
  String text0(String column) {
    return row.cell(column).text().strip();
  }

  /** Whether {@code text} has the shape of an id; does not record a problem. */
  static boolean isId(String text) {
    return ID.matcher(text).matches();
  }

  String rowId() {
    return rowId;
  }

  /** Records a problem with a cell that only the row's other cells reveal. */
  void reject(String column, String message) {
    fail(row.cell(column), message);
  }

  /** Records a problem at a position inside a cell, such as one word of several. */
  void rejectAt(SourcePos pos, String message) {
    failed = true;
    problems.add(new Problem(pos, message));
  }

  private void fail(Cell cell, String message) {
    failed = true;
    problems.add(new Problem(cell.pos(), message));
  }
}
