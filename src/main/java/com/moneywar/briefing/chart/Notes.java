package com.moneywar.briefing.chart;

import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.model.TalentOffer;
import com.moneywar.briefing.model.Valuation;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentences a chart adds after the editor's caption, generated from the data and the way the
 * chart is drawn, so that what a reader needs to read it right is always there: how currencies
 * are handled, what was left out, what a log scale means.
 */
final class Notes {
  private final Words w;
  private final List<String> sentences = new ArrayList<>();

  Notes(Words w) {
    this.w = w;
  }

  Notes add(String sentence) {
    sentences.add(sentence);
    return this;
  }

  /** Says that panels are per currency, when there is more than one. */
  Notes panels(int count) {
    if (count > 1) {
      add(w.pick("통화가 다른 금액은 환산하지 않고 통화별로 나눠 그렸다.",
          "Amounts in different currencies are not converted: each currency has its own panel."));
    }
    return this;
  }

  /** Names the rows a chart currency kept out, with their amounts. */
  Notes leftOut(List<MoneyFact> facts) {
    if (!facts.isEmpty()) {
      List<String> names = facts.stream().map(this::describe).toList();
      add(w.pick("통화가 달라 그래프에서 뺀 금액: " + String.join(", ", names) + ".",
          "Left out as they are in another currency: " + String.join(", ", names) + "."));
    }
    return this;
  }

  Notes log(boolean log) {
    if (log) {
      add(w.pick("세로축은 로그 눈금이라 같은 기울기는 같은 증가율을 뜻한다.",
          "The value axis is logarithmic: equal slopes mean equal growth rates."));
    }
    return this;
  }

  /** The caption followed by the notes. */
  String after(String caption) {
    List<String> all = new ArrayList<>();
    if (!caption.isBlank()) {
      all.add(caption.strip());
    }
    all.addAll(sentences);
    return String.join(" ", all);
  }

  private String describe(MoneyFact fact) {
    if (fact instanceof Investment i) {
      return w.company(i.investor()) + " → " + w.company(i.investee()) + " " + w.money(fact);
    }
    if (fact instanceof Valuation v) {
      return w.company(v.company()) + " " + w.money(fact) + " (" + w.date(v.date()) + ")";
    }
    return ((TalentOffer) fact).role().in(w.lang()) + " " + w.money(fact);
  }
}
