package com.moneywar.briefing.model;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The type of a funding round as a deal database records it: {@code pre-seed}, {@code seed}, {@code
 * series-a} … {@code series-z}, {@code equity} (new shares, the source names no series), {@code corporate}, {@code convertible-note}, {@code safe}
 * (a simple agreement for future equity), {@code secondary} (a
 * sale of existing shares: no new money for the company), {@code debt} or {@code ipo} (new shares sold
 * in a listing).
 */
public record RoundType(String code) {
  /** The types other than a series, in the order messages and the docs list them (a series after seed). */
  private static final java.util.List<String> NAMED =
      java.util.List.of("pre-seed", "seed", "equity", "corporate", "convertible-note", "safe", "secondary", "debt",
          "ipo");
  private static final Pattern SERIES = Pattern.compile("series-[a-z]");

  public RoundType {
    if (!known(code)) {
      throw new IllegalArgumentException("not a round type: " + code);
    }
  }

  private static boolean known(String code) {
    return NAMED.contains(code) || SERIES.matcher(code).matches();
  }

  public static Optional<RoundType> parse(String code) {
    return known(code) ? Optional.of(new RoundType(code)) : Optional.empty();
  }

  /** The allowed codes, as written in error messages and the docs. */
  public static String allowed() {
    return String.join(", ", NAMED.subList(0, 2)) + ", series-a … series-z, " + String.join(", ", NAMED.subList(2, NAMED.size()));
  }

  /** Every code, {@code series-a} to {@code series-z} each, for the "did you mean" of a mistyped one. */
  public static java.util.List<String> codes() {
    java.util.List<String> codes = new java.util.ArrayList<>(NAMED);
    for (char c = 'a'; c <= 'z'; c++) {
      codes.add("series-" + c);
    }
    return codes;
  }

  /** Whether the round is borrowed money ({@code debt}), which a total of rounds says it includes. */
  public boolean debt() {
    return code().equals("debt");
  }

  /**
   * Whether the round, until it closes, is a plan the company pursues rather than talks with
   * investors: a debt financing (a bond sale being marketed, a loan being arranged) or an IPO (a
   * listing being prepared). Not yet closed, it reads {@code 추진 중} / {@code planned}, never {@code
   * 협상 중} / {@code in talks}, which a public offering is not.
   */
  public boolean plannedUntilClosed() {
    return code.equals("debt") || code.equals("ipo");
  }

  /** Whether the company itself receives the money (not so for a secondary sale). */
  public boolean newMoney() {
    return !code.equals("secondary");
  }

  /**
   * The round's name as a sentence gives it, standing on its own after "a" or "its" and before a
   * particle: {@code 시리즈F} / {@code Series F}, {@code 시드 라운드} / {@code seed round}, {@code 지분
   * 투자} / {@code equity round}. A series is a name (capitalized); the other English names are
   * common nouns (lower case). {@link #label} is the table's short form.
   */
  public String phrase(Lang lang) {
    boolean ko = lang == Lang.KO;
    if (code.startsWith("series-")) {
      return label(lang);
    }
    return switch (code) {
      case "pre-seed" -> ko ? "프리시드 라운드" : "pre-seed round";
      case "seed" -> ko ? "시드 라운드" : "seed round";
      case "ipo" -> "IPO"; // an acronym keeps its capitals: "its IPO", "즈푸AI IPO"
      case "safe" -> ko ? "SAFE 투자" : "SAFE"; // "a SAFE", "SAFE 투자로"
      default -> ko ? label(lang) : label(lang).toLowerCase(Locale.ROOT);
    };
  }

  /** The round's name in a table cell: {@code 시리즈E} / {@code Series E}, {@code 시드} / {@code Seed}. */
  public String label(Lang lang) {
    boolean ko = lang == Lang.KO;
    if (code.startsWith("series-")) {
      String letter = code.substring(7).toUpperCase(Locale.ROOT);
      return (ko ? "시리즈" : "Series ") + letter; // 시리즈B, as the Korean press writes it
    }
    return switch (code) {
      case "pre-seed" -> ko ? "프리시드" : "Pre-seed";
      case "seed" -> ko ? "시드" : "Seed";
      case "equity" -> ko ? "지분 투자" : "Equity round";
      case "corporate" -> ko ? "전략적 투자" : "Corporate round";
      case "convertible-note" -> ko ? "전환사채" : "Convertible note";
      // A simple agreement for future equity: no bond, so no 전환사채 (a new user's Nscale SAFE).
      case "safe" -> ko ? "SAFE(조건부 지분인수계약)" : "SAFE";
      case "secondary" -> ko ? "구주 매각" : "Secondary sale";
      case "ipo" -> ko ? "기업공개(IPO)" : "IPO";
      default -> ko ? "차입" : "Debt financing";
    };
  }
}
