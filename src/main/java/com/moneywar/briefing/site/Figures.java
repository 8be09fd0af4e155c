package com.moneywar.briefing.site;

import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.ExchangeRate;
import com.moneywar.briefing.model.FigureRef;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.Source;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.money.MoneyFormat;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Renders data-bound figures in a language's style: {@code 27억5000만달러(약 3조7100억원)} or
 * {@code $2.75 billion (about ₩3.71 trillion)}. Only for references the validator accepted.
 */
final class Figures {
  private final Briefing briefing;

  Figures(Briefing briefing) {
    this.briefing = briefing;
  }

  static MoneyFormat moneyFormat(Lang lang) {
    return lang == Lang.KO ? MoneyFormat.korean() : MoneyFormat.english();
  }

  String text(FigureRef ref, Lang lang) {
    String id = ref.ids().get(0);
    return switch (ref.kind()) {
      case "company" -> company(briefing.company(id).orElseThrow(), ref.field(), lang);
      case "ratio" -> ratio(ref);
      default -> fact(fact(ref), ref.field(), lang);
    };
  }

  /** What a reader sees on demand: the exchange rate used and its date, for converted figures. */
  Optional<String> detail(FigureRef ref, Lang lang) {
    if (!briefing.moneyFacts().containsKey(ref.kind() + ":" + ref.ids().get(0))) {
      return Optional.empty();
    }
    MoneyFact fact = fact(ref);
    if (ref.field().equals("amount") || ref.field().equals("date")) {
      return Optional.empty();
    }
    return briefing.krwRateFor(fact).map(rate -> rateNote(rate, lang));
  }

  MoneyFact fact(FigureRef ref) {
    return briefing.moneyFacts().get(ref.kind() + ":" + ref.ids().get(0));
  }

  String fact(MoneyFact fact, String field, Lang lang) {
    MoneyFormat format = moneyFormat(lang);
    String amount = bound(fact.bound(), lang) + format.format(fact.amount());
    Optional<Money> krw = briefing.approxKrw(fact);
    return switch (field) {
      case "amount" -> amount;
      case "date" -> DateStyle.format(fact.date(), lang);
      case "krw" -> krw.map(format::approximately).orElse(amount);
      default -> krw.map(k -> amount + (lang == Lang.KO ? "(" : " (") + format.approximately(k) + ")").orElse(amount);
    };
  }

  String rateNote(ExchangeRate rate, Lang lang) {
    String source = briefing.source(rate.source()).map(Source::outlet).map(o -> o.in(lang)).orElse(rate.source());
    MoneyFormat format = moneyFormat(lang);
    Money one = new Money(BigDecimal.ONE, rate.base());
    Money quote = new Money(rate.rate(), rate.quote());
    return lang == Lang.KO
        ? "환율 " + format.format(one) + " = " + format.format(quote) + " (" + DateStyle.format(rate.date(), lang) + ", " + source + ")"
        : "Rate " + format.format(one) + " = " + format.format(quote) + " (" + DateStyle.format(rate.date(), lang) + ", " + source + ")";
  }

  /** The rate without its source, for table cells: {@code 1달러=1349원, 2024년 3월 28일}. */
  String shortRateNote(ExchangeRate rate, Lang lang) {
    MoneyFormat format = moneyFormat(lang);
    String pair = format.format(new Money(BigDecimal.ONE, rate.base())) + " = " + format.format(new Money(rate.rate(), rate.quote()));
    return (lang == Lang.KO ? "환율 " : "at ") + pair + ", " + DateStyle.format(rate.date(), lang);
  }

  static String bound(Bound bound, Lang lang) {
    return switch (bound) {
      case EXACT -> "";
      case UP_TO -> lang == Lang.KO ? "최대 " : "up to ";
      case ABOUT -> lang == Lang.KO ? "약 " : "about ";
    };
  }

  private String company(Company company, String field, Lang lang) {
    return field.equals("founded")
        ? company.founded().map(d -> DateStyle.format(d, lang)).orElse("")
        : company.name().in(lang);
  }

  private String ratio(FigureRef ref) {
    BigDecimal from = briefing.valuation(ref.ids().get(0)).orElseThrow().amount().amount();
    BigDecimal to = briefing.valuation(ref.ids().get(1)).orElseThrow().amount().amount();
    return to.divide(from, 1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
