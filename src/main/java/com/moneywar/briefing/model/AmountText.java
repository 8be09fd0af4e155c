package com.moneywar.briefing.model;

import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.money.MoneyFormat;
import java.util.Optional;

/**
 * An amount with its bound in a language's press style, the one wording of bounds that prose,
 * tables, alt text and charts share: {@code 약 40억달러} / {@code about $4 billion}, {@code 최대 …}
 * / {@code up to …}, {@code 최소 …} / {@code at least …}, {@code 10억달러 이상} / {@code more than $1
 * billion}, {@code 400억~500억달러} / {@code $40–50 billion}. Pure and thread-safe.
 */
public final class AmountText {
  private AmountText() {}

  public static MoneyFormat format(Lang lang) {
    return lang == Lang.KO ? MoneyFormat.korean() : MoneyFormat.english();
  }

  /** The amount as the source states it. */
  public static String of(Bound bound, Money low, Optional<Money> high, Lang lang) {
    MoneyFormat f = format(lang);
    boolean ko = lang == Lang.KO;
    return switch (bound) {
      case EXACT -> f.format(low);
      case ABOUT -> (ko ? "약 " : "about ") + f.format(low);
      case UP_TO -> (ko ? "최대 " : "up to ") + f.format(low);
      case LESS_THAN -> ko ? f.format(low) + " 미만" : "less than " + f.format(low);
      case AT_LEAST -> (ko ? "최소 " : "at least ") + f.format(low);
      case MORE_THAN -> ko ? f.format(low) + " 이상" : "more than " + f.format(low);
      case RANGE -> high.map(h -> f.range(low, h)).orElse(f.format(low));
    };
  }

  /** A fact's amount; {@code 금액 미상} / {@code no amount given} for a denial that names none. */
  public static String of(MoneyFact fact, Lang lang) {
    if (!fact.reporting().amountStated()) {
      return lang == Lang.KO ? "금액 미상" : "no amount given";
    }
    String amount = of(fact.bound(), fact.amount(), fact.reporting().high(), lang);
    // A yearly payment says so wherever its amount is written: "연간 약 10억달러" / "about $1 billion a
    // year" (a new user's "about $1 billion" for Apple's yearly Gemini fee read as the whole price).
    if (fact instanceof Flow f && f.yearly()) {
      return lang == Lang.KO ? "연간 " + amount : amount + " a year";
    }
    return amount;
  }

  /** The other figure a row gives ({@code alt_amount}) with its bound: {@code 약 2조3000억원} / {@code about ₩2.3 trillion}. */
  public static String of(Reporting.Alternative alternative, Lang lang) {
    return of(alternative.bound(), alternative.amount(), alternative.high(), lang);
  }

  /**
   * The other figure {@code fact} gives, as {@link #of(Reporting.Alternative, Lang)}, yearly when the
   * row's amount is: walk 74's "연간 4500억엔" had its dollar figure read "약 30억달러", a total.
   */
  public static String of(MoneyFact fact, Reporting.Alternative alternative, Lang lang) {
    String amount = of(alternative, lang);
    return fact instanceof Flow f && f.yearly() ? (lang == Lang.KO ? "연간 " + amount : amount + " a year") : amount;
  }

  /** An approximate won figure, a range when the fact is one: {@code 약 55조~69조원} / {@code about ₩55–69 trillion}. */
  public static String approximately(Money low, Optional<Money> high, Lang lang) {
    MoneyFormat f = format(lang);
    return high.map(h -> (lang == Lang.KO ? "약 " : "about ") + f.range(low, h)).orElse(f.approximately(low));
  }

  /**
   * A won figure standing apart from its amount (a {@code :krw} placeholder, a table's won column, a
   * key figure's won line), so with the amount's bound, which the figure in brackets after the amount
   * leaves to the amount: {@code 최대 약 718조원} / {@code up to about ₩718 trillion}, {@code 최소 약 …}
   * / {@code at least about …}, {@code 약 14조원 이상} / {@code more than about ₩14 trillion}, a range
   * as {@link #approximately(Money, Optional, Lang)}. "About" stays: the won figure is rounded, so a
   * ceiling of about ₩718 trillion may be a little under or over the exact conversion, never a
   * firmer figure than the source's.
   */
  public static String approximately(Bound bound, Money low, Optional<Money> high, Lang lang) {
    String about = approximately(low, high, lang);
    boolean ko = lang == Lang.KO;
    return switch (bound) {
      case EXACT, ABOUT, RANGE -> about;
      case UP_TO -> (ko ? "최대 " : "up to ") + about;
      case LESS_THAN -> ko ? about + " 미만" : "less than " + about;
      case AT_LEAST -> (ko ? "최소 " : "at least ") + about;
      case MORE_THAN -> ko ? about + " 이상" : "more than " + about;
    };
  }

  /**
   * An amount standing alone (a headline figure, a company's latest valuation) with the fact's
   * status when it is not confirmed: {@code 5000억달러(보도)}, {@code 2000억달러(당사자 부인)} /
   * {@code $500 billion (reported)}, {@code $200 billion (denied)}. Out of the prose around it, even
   * "reported" is said.
   */
  public static String standingAlone(String amount, MoneyFact fact, Lang lang) {
    java.util.List<String> said = new java.util.ArrayList<>();
    // An estimate says so, as its basis does in the tables: a new user's index read "(보도)" beside a
    // value that was only implied by a stake's price.
    if (fact instanceof Valuation v && v.basis() == ValuationBasis.ESTIMATE) {
      said.add(basis(v.basis(), lang));
    }
    String claim = claim(fact.reporting().claim(), lang);
    if (!claim.isEmpty() && !said.contains(claim)) {
      said.add(claim);
    }
    return said.isEmpty() ? amount
        : amount + (lang == Lang.KO ? "(" + String.join("·", said) + ")" : " (" + String.join(", ", said) + ")");
  }

  /** The claim's status as readers see it; empty for a confirmed fact. */
  public static String claim(ClaimStatus claim, Lang lang) {
    boolean ko = lang == Lang.KO;
    return switch (claim) {
      case CONFIRMED -> "";
      case REPORTED -> ko ? "보도" : "reported";
      case ESTIMATED -> ko ? "추정치" : "estimate";
      case CLAIMED -> ko ? "일방 주장" : "claimed";
      case DISPUTED -> ko ? "반론 있음" : "disputed";
      case DENIED -> ko ? "당사자 부인" : "denied";
    };
  }

  /** The basis of a valuation as readers see it; empty when the source does not state it. */
  public static String basis(ValuationBasis basis, Lang lang) {
    boolean ko = lang == Lang.KO;
    return switch (basis) {
      case POST_MONEY -> ko ? "투자 후 기업가치" : "post-money";
      case PRE_MONEY -> ko ? "투자 전 기업가치" : "pre-money";
      case ESTIMATE -> ko ? "추정치" : "estimate";
      case MARKET -> ko ? "시가총액" : "market value";
      case SECONDARY -> ko ? "구주 거래 가격 기준" : "secondary-sale price";
      case UNSTATED -> "";
    };
  }
}
