package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.KoreanSound;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.money.MoneyFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.Locale;

/**
 * The words charts are made of, in each language's press style: names, amounts with their bound
 * ("최대" / "up to"), dates as precise as the source, currency names, and Korean particles that
 * agree with the word before them.
 */
final class ChartWording {
  private final Briefing briefing;
  private final Lang lang;
  private final MoneyFormat format;
  private CompanyPalette palette;
  /** The colours handed out in this chart, by company. */
  private final java.util.Map<String, ChartTheme.Themed> colours = new java.util.HashMap<>();

  ChartWording(Briefing briefing, Lang lang) {
    this.briefing = briefing;
    this.lang = lang;
    this.format = lang == Lang.KO ? MoneyFormat.korean() : MoneyFormat.english();
  }

  /** The record the chart is drawn from: what a row is (a loan, a share) may depend on others. */
  Briefing briefing() {
    return briefing;
  }

  /**
   * The company's colour, the same in every chart and edition of this site ({@link CompanyPalette}).
   * A chart that shows several companies names them first ({@link #showing}), so that no two of them
   * share a colour while the palette has one free, whichever it draws first.
   */
  ChartTheme.Themed colour(String companyId) {
    ChartTheme.Themed given = colours.get(companyId);
    if (given != null) {
      return given;
    }
    java.util.List<String> all = new java.util.ArrayList<>(colours.keySet());
    all.add(companyId);
    showing(all);
    return colours.get(companyId);
  }

  /** Gives the companies this chart shows their colours in this chart, all at once ({@link CompanyPalette#assign}). */
  void showing(java.util.Collection<String> companyIds) {
    if (palette == null) {
      palette = CompanyPalette.of(briefing);
    }
    java.util.List<String> all = new java.util.ArrayList<>(colours.keySet());
    all.addAll(companyIds);
    java.util.Map<String, ChartTheme.Themed> assigned = palette.assign(all);
    // A colour already handed out (and perhaps drawn) stays; the new companies take theirs around it.
    if (colours.entrySet().stream().allMatch(e -> e.getValue().equals(assigned.get(e.getKey())))) {
      colours.putAll(assigned);
      return;
    }
    for (String id : companyIds) {
      if (!colours.containsKey(id)) {
        ChartTheme.Themed colour = palette.colour(id);
        if (colours.containsValue(colour)) {
          for (ChartTheme.Themed free : ChartTheme.PALETTE) {
            if (!colours.containsValue(free)) {
              colour = free;
              break;
            }
          }
        }
        colours.put(id, colour);
      }
    }
  }

  Lang lang() {
    return lang;
  }

  boolean korean() {
    return lang == Lang.KO;
  }

  /** {@code ko} or {@code en}, whichever this chart is written in. */
  String pick(String ko, String en) {
    return korean() ? ko : en;
  }

  String company(String id) {
    return briefing.company(id).map(Company::name).map(n -> n.in(lang)).orElse(id);
  }

  /** An amount as the text writes it: {@code 27억5000만달러}, {@code $2.75 billion}. */
  String money(Money money) {
    return format.format(money);
  }

  /**
   * A fact's amount with its bound, and what it is when not a confirmed figure: {@code 최대 184억달러},
   * {@code 290억달러(추정치)}, {@code 1억달러(당사자 부인)} / {@code up to $18.4 billion}, {@code $100 million (denied)}.
   */
  String money(MoneyFact fact) {
    return money(fact, true);
  }

  /**
   * {@link #money(MoneyFact)}, saying an estimate is one only when {@code estimate}: a table whose
   * basis column says {@code 추정치} does not say it again in the amount.
   */
  String money(MoneyFact fact, boolean estimate) {
    String text = com.moneywar.briefing.model.AmountText.of(fact, lang);
    java.util.List<String> what = new java.util.ArrayList<>();
    if (estimate && fact instanceof com.moneywar.briefing.model.Valuation v
        && v.basis() == com.moneywar.briefing.model.ValuationBasis.ESTIMATE) {
      what.add(pick("추정치", "estimate"));
    }
    String claim = com.moneywar.briefing.model.AmountText.claim(fact.reporting().claim(), lang);
    // An estimate reported as one (basis and claim both "estimate") says it once: a new user's chart
    // note read "200억~500억달러(추정치·추정치)".
    if (!claim.isEmpty() && !what.contains(claim)) {
      what.add(claim);
    }
    return what.isEmpty() ? text : text + pick("(" + String.join("·", what) + ")", " (" + String.join(", ", what) + ")");
  }

  /** A sum of facts with what is known of it: {@code 130억~140억달러}, {@code 약 305억달러}, {@code 최대 50억달러}. */
  String money(com.moneywar.briefing.model.InvestmentTree.Total total) {
    return total.text(lang);
  }

  /**
   * An amount as a label on or beside a mark, or on an axis: exactly as the prose writes it
   * ({@code 40억달러}, {@code $4 billion}), so a reader meets one style in text and chart alike. Zero
   * is a bare {@code 0}: the foot of a value axis, which every axis has and which needs no currency.
   */
  String label(Money money) {
    return money.amount().signum() == 0 ? "0" : format.format(money);
  }

  /** A sum's label with what is known of it: {@code 130억~140억달러}, {@code 약 305억달러}. */
  String label(com.moneywar.briefing.model.InvestmentTree.Total total) {
    Bound bound = total.bound();
    return label(total.stated(), bound, bound == Bound.RANGE ? total.high() : java.util.Optional.empty());
  }

  /** A label with the fact's bound: {@code 최대 184억달러}, {@code up to $18.4 billion}. */
  String label(MoneyFact fact) {
    String label = label(fact.amount(), fact.bound(), fact.reporting().high());
    if (fact instanceof com.moneywar.briefing.model.Valuation v
        && v.basis() == com.moneywar.briefing.model.ValuationBasis.ESTIMATE) {
      return label + pick(" 추정", " est.");
    }
    return label;
  }

  /**
   * A label with a bound, worded as the prose words it ({@link com.moneywar.briefing.model.AmountText}):
   * {@code 최대 184억달러}, {@code $40–50 billion}, {@code 10억달러 이상}.
   */
  String label(Money low, Bound bound, java.util.Optional<Money> high) {
    if (bound == Bound.EXACT && low.amount().signum() == 0) {
      // A mark's zero (nothing paid in yet) is money like any other: 0원, $0, as the table writes it.
      return format.format(low);
    }
    return com.moneywar.briefing.model.AmountText.of(bound, low, bound == Bound.RANGE ? high : java.util.Optional.empty(),
        lang);
  }

  /**
   * A count of whole things (people, pay packages): the whole number the amount reaches, never a
   * fraction ({@code 66.67} → {@code 66}): the money pays for 66 packages, not for 67.
   */
  String wholeCount(BigDecimal value) {
    return format.plainNumber(value.setScale(0, RoundingMode.FLOOR));
  }

  /** A count: {@code 1만3000} / {@code 13,000}. */
  String count(BigDecimal value) {
    return format.plainNumber(value);
  }

  /** A date as precise as the source: {@code 2024년 3월} / {@code March 2024}. */
  String date(PartialDate date) {
    return date.in(lang);
  }

  /** The English date with its preposition: "on March 28, 2024", but "in March 2024", "in 2024". */
  static String whenEnglish(PartialDate date) {
    return (date.precision() == PartialDate.Precision.DAY ? "on " : "in ") + date.in(com.moneywar.briefing.model.Lang.EN);
  }


  /** A date short enough for an axis: {@code 2024년 3월} / {@code Mar 2024}. */
  String shortDate(PartialDate date) {
    if (korean() || date.month() == 0) {
      return date(date);
    }
    String month = Month.of(date.month()).getDisplayName(TextStyle.SHORT, Locale.US);
    return date.day() == 0 ? month + " " + date.year() : month + " " + date.day() + ", " + date.year();
  }

  /** What a currency is called in a panel heading: {@code 미국 달러} / {@code US dollars}. */
  String currencyName(Currency currency) {
    com.moneywar.briefing.money.CurrencyStyle style = com.moneywar.briefing.money.CurrencyStyle.of(currency);
    return pick(style.koHeading(), style.enHeading());
  }

  /** A currency inside an English sentence: {@code US dollars}, {@code euros}. */
  String currencyInSentence(Currency currency) {
    com.moneywar.briefing.money.CurrencyStyle style = com.moneywar.briefing.money.CurrencyStyle.of(currency);
    return pick(style.koWord().strip(), style.enInSentence());
  }

  /** What an amount in a currency is called in a note: {@code 유로화} / {@code euro}. */
  String currencyAdjective(Currency currency) {
    com.moneywar.briefing.money.CurrencyStyle style = com.moneywar.briefing.money.CurrencyStyle.of(currency);
    return pick(style.koAdjective(), style.enAdjective());
  }

  /**
   * An English possessive: "Microsoft’s", but "ICONIQ-led investors’" (a plural in s takes the
   * apostrophe alone).
   */
  static String possessive(String name) {
    return name.endsWith("s") || name.endsWith("S") ? name + "’" : name + "’s";
  }

  /**
   * An English phrase that began a title, as it reads inside a sentence: the first letter made
   * small only when it starts a common word ("A top researcher" → "a top researcher"), never a
   * name or an acronym ("Andrew Tulloch", "AI researchers", "OpenAI's staff" stay).
   */
  static String inSentence(String text) {
    if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
      return text;
    }
    String[] words = text.split(" ", 3);
    boolean acronymOrCamel = words[0].substring(1).chars().anyMatch(Character::isUpperCase);
    // "Andrew Tulloch": a capitalised word after a capitalised word is a name; "Top AI …" is not.
    boolean followedByName = words.length > 1 && words[1].length() > 1 && Character.isUpperCase(words[1].charAt(0))
        && words[1].substring(1).chars().noneMatch(Character::isUpperCase);
    if (acronymOrCamel || followedByName || words[0].equals("I")) {
      return text;
    }
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * {@code word} followed by the Korean particle that fits its last sound: {@code withBatchim}
   * after a final consonant (앤스로픽은), {@code without} after a vowel (마이크로소프트는).
   */
  static String josa(String word, String withBatchim, String without) {
    return word + (endsInConsonant(word) ? withBatchim : without);
  }

  /** The particle (으)로: 로 after a vowel or ㄹ, 으로 after any other final consonant. */
  static String ro(String word) {
    return word + (endsInConsonant(word) && !KoreanSound.endsInRieul(word) ? "으로" : "로");
  }

  /** Whether a word ends in a consonant as read aloud ({@link KoreanSound}). */
  static boolean endsInConsonant(String word) {
    return KoreanSound.endsInConsonant(word);
  }
}
