package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.CompanyKind;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Localized;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.Valuation;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.testing.ShippedProject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every valuation stays visible: a label's white halo never hides another line's point. */
class ValuationMarkersTest {
  private static final String HALO = "class=\"halo\"";

  /**
   * Six companies with one valuation each, close in value, at six dates. The most valuable one's
   * label, right of its point, covers the point of the company valued at the next date (found on a
   * synthetic corpus, where that point had vanished under the label).
   */
  @Test
  void aPointUnderAnotherLinesLabelIsDrawnAgainOnTop() {
    Briefing shipped = new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();
    String source = shipped.sources().get(0).id();
    long[] amounts = {9_250_000_000L, 9_110_000_000L, 8_860_000_000L, 8_660_000_000L, 8_590_000_000L, 8_180_000_000L};
    PartialDate[] dates = {new PartialDate(2016, 8, 1), new PartialDate(2016, 4, 13), new PartialDate(2016, 3, 4),
        new PartialDate(2016, 2, 14), new PartialDate(2016, 11, 26), new PartialDate(2016, 4, 26)};
    List<Company> companies = new ArrayList<>();
    List<Valuation> valuations = new ArrayList<>();
    for (int i = 0; i < amounts.length; i++) {
      companies.add(new Company("co-" + i, new Localized("합성 회사 " + (15 + i), "Synthetic Co " + (15 + i)), CompanyKind.AI_LAB, "US",
          Optional.empty(), Optional.empty(), source));
      valuations.add(new Valuation("co-" + i + "-v", "co-" + i,
          new Money(BigDecimal.valueOf(amounts[i]), Money.of("1", "USD").currency()), Bound.EXACT, dates[i], source,
          Optional.empty(), 3, Localized.empty()));
    }
    Briefing briefing = new Briefing(shipped.config(), shipped.sources(), companies, shipped.rates(), List.of(),
        valuations, List.of(), shipped.stories(), shipped.charts());
    ChartSpec spec = shipped.charts().stream().filter(s -> s.kind() == ChartKind.VALUATIONS).findFirst().orElseThrow();

    // In Korean the labels ("92억5000만달러") are wide enough to reach the next date's point; the
    // English ones ("$9.25B") clear it, so English has no covered point to test.
    for (Lang lang : List.of(Lang.KO)) {
      String svg = new String(new ChartRenderer().render(spec, briefing, lang).svg(), StandardCharsets.UTF_8);
      // Lines are ordered by value, so the company at the last date is the fifth line.
      java.awt.Color fifth = CompanyPalette.of(briefing).colour("co-4");
      String fill = "fill:rgb(" + fifth.getRed() + "," + fifth.getGreen() + "," + fifth.getBlue() + ")";
      assertThat(svg).contains(HALO);
      assertThat(svg.lastIndexOf(fill)).as(lang + ": the covered point is painted after the last label halo")
          .isGreaterThan(svg.lastIndexOf(HALO));
    }
  }
}
