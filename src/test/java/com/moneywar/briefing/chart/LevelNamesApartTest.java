package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Localized;
import com.moneywar.briefing.model.PartialDate;
import com.moneywar.briefing.model.Reporting;
import com.moneywar.briefing.model.Round;
import com.moneywar.briefing.model.RoundType;
import com.moneywar.briefing.money.Money;
import com.moneywar.briefing.testing.ChartTexts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Two names level with each other on a timeline stand a word's width apart at least: a new user's
 * "싱킹머신즈랩 · 시드 20억달러" ended two pixels before "리플렉션AI · 지분", which read as one name
 * ("…20억달러 리플렉션AI · 지분 / 투자 / 20억달러"). Their rounds, as they entered them (four rounds of
 * $1 to $2 billion a few months apart), with the shipped data's companies and sources.
 */
class LevelNamesApartTest {
  private static final Briefing B = PaidInLabelsTest.B;

  private static Round round(String id, String investee, String type, String amount, String date, ClaimStatus claim) {
    return new Round(id, investee, new RoundType(type), List.of(), List.of(), Optional.empty(), Money.of(amount, "USD"),
        Bound.EXACT, PartialDate.parse(date).orElseThrow(), B.sources().get(0).id(), Optional.empty(), 0,
        Localized.empty(), new Reporting(Optional.empty(), claim, List.of(), Optional.empty(), true, false));
  }

  @Test
  void namesLevelWithEachOtherNeverRunTogether() {
    List<Company> companies = new ArrayList<>(B.companies());
    companies.add(TimelineLabelTiesTest.company("ssi", "세이프슈퍼인텔리전스(SSI)", "Safe Superintelligence (SSI)"));
    companies.add(TimelineLabelTiesTest.company("thinking-machines", "싱킹머신즈랩", "Thinking Machines Lab"));
    companies.add(TimelineLabelTiesTest.company("reflection", "리플렉션AI", "Reflection AI"));
    List<Round> rounds = List.of(
        round("ssi-2024-09", "ssi", "equity", "1000000000", "2024-09-04", ClaimStatus.CONFIRMED),
        round("ssi-2025-04", "ssi", "equity", "2000000000", "2025-04-12", ClaimStatus.REPORTED),
        round("tml-2025-07", "thinking-machines", "seed", "2000000000", "2025-07-15", ClaimStatus.CONFIRMED),
        round("reflection-2025-10", "reflection", "equity", "2000000000", "2025-10-09", ClaimStatus.CONFIRMED));
    Briefing b = new Briefing(B.config(), B.sources(), companies, B.rates(), List.of(), List.of(), List.of(), rounds,
        List.of(), List.of(), List.of(), List.of());
    ChartSpec spec = B.charts().stream().filter(c -> c.kind() == ChartKind.TIMELINE).findFirst().orElseThrow();
    for (Lang lang : Lang.values()) {
      ChartImage image = new ChartRenderer().render(spec, b, lang);
      for (byte[] svg : new byte[][] {image.svg(), image.narrowSvg()}) {
        List<ChartTexts.Text> texts = ChartTexts.of(svg);
        assertThat(texts).extracting(ChartTexts.Text::text).anyMatch(t -> t.startsWith(lang == Lang.KO ? "리플렉션AI" : "Reflection AI"));
        for (ChartTexts.Text a : texts) {
          for (ChartTexts.Text c : texts) {
            boolean level = Math.min(a.maxY(), c.maxY()) - Math.max(a.minY(), c.minY()) > 2;
            if (a != c && level && a.maxX() <= c.minX()) {
              assertThat(c.minX() - a.maxX()).as("%s then %s, %s", a, c, lang).isGreaterThanOrEqualTo(6);
            }
          }
        }
      }
    }
  }
}
