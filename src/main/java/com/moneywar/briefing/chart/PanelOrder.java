package com.moneywar.briefing.chart;

import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The order of a chart's currency panels: US dollars first, then the others by their ISO code. The
 * same in every edition, whatever rows each has: by the order rows first appeared, a new user's
 * money-flows chart had its euro panel left of the dollars in one edition and right of them in the
 * next.
 */
final class PanelOrder {
  static final Comparator<Currency> CURRENCIES = Comparator
      .comparing((Currency c) -> !c.getCurrencyCode().equals("USD"))
      .thenComparing(Currency::getCurrencyCode);

  private PanelOrder() {}

  /** An empty map of panels by currency, kept in panel order. */
  static <V> Map<Currency, V> map() {
    return new TreeMap<>(CURRENCIES);
  }

  /** The currencies in panel order. */
  static List<Currency> sorted(java.util.Collection<Currency> currencies) {
    return currencies.stream().sorted(CURRENCIES).toList();
  }
}
