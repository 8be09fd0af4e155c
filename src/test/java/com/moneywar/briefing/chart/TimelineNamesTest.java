package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Bound;
import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ChartKind;
import com.moneywar.briefing.model.ChartSpec;
import com.moneywar.briefing.model.ClaimStatus;
import com.moneywar.briefing.model.Company;
import com.moneywar.briefing.model.Investment;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.MoneyFact;
import com.moneywar.briefing.testing.ChartTexts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The largest deals of a timeline panel are the ones it names, as its note says: in the shipped
 * timeline "엔비디아 → 앤스로픽 최대 100억달러" (Nvidia → Anthropic up to $10 billion), the fifth-largest
 * of its dollar deals, had no name while three smaller ones had theirs, its mark hemmed in at the
 * plot's right edge between two others. A name that finds no room near its mark is now set off
 * further with a leader line, a smaller name giving way if need be; a deal whose name finds no room
 * at all has a number by its mark, keyed in the notes in the words its name would have had.
 */
class TimelineNamesTest {
  private static final Briefing SHIPPED = PaidInLabelsTest.B;
  private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");
  private static final String PHONE_ONLY_KO = "(휴대전화 화면용 그래프에만)";
  private static final String PHONE_ONLY_EN = " (on the phone-width chart only)";
  private static final String WIDE_ONLY_KO = "(넓은 화면과 PDF의 그래프에만)";
  private static final String WIDE_ONLY_EN = " (on the wide chart and in the PDF only)";
  private static final String WIDE_KEY_KO = "넓은 화면과 PDF의 그래프에 번호로만 표시한 거래: ";
  private static final String WIDE_KEY_EN = "Numbered on the wide chart and in the PDF: ";
  private static final String PHONE_KEY_KO = "휴대전화 화면용 그래프에 번호로만 표시한 거래: ";
  private static final String PHONE_KEY_EN = "Numbered on the phone-width chart: ";

  private static ChartSpec timeline(Briefing briefing) {
    return briefing.charts().stream().filter(c -> c.kind() == ChartKind.TIMELINE).findFirst().orElseThrow();
  }

  /** What a reader finds of one drawing: its words, line after line, and the numbers drawn alone. */
  private record Drawing(String where, String words, List<String> numbers, String notes) {
    /** Its words; as numbers, the texts of one or two digits (a year of the time axis has four). */
    static Drawing of(String where, byte[] svg, String notes) {
      List<ChartTexts.Text> texts = ChartTexts.of(svg);
      return new Drawing(where, String.join(" ", texts.stream().map(ChartTexts.Text::text).toList()),
          texts.stream().map(ChartTexts.Text::text).filter(t -> NUMBER.matcher(t).matches()).toList(), notes);
    }

    /**
     * Whether its words name {@code name} (its lines read in turn), or a number drawn is keyed to it
     * in the notes, as {@code keyName}.
     */
    boolean identifies(String name, String keyName) {
      return words.contains(name) || numbers.stream().anyMatch(n -> keyed(n).equals(keyName));
    }

    /** Whether {@code name} stands in its words (not only in the key under it). */
    boolean names(String name) {
      return words.contains(name);
    }

    /** The deal the notes key {@code number} to; empty when they do not. */
    String keyed(String number) {
      String item = keyItem(number);
      return item.replace(PHONE_ONLY_KO, "").replace(PHONE_ONLY_EN, "").replace(WIDE_ONLY_KO, "")
          .replace(WIDE_ONLY_EN, "");
    }

    /** Whether the key says {@code number} is drawn on the wide chart (and the PDF) only. */
    boolean wideOnly(String number) {
      String item = keyItem(number);
      return !item.isEmpty() && (item.endsWith(WIDE_ONLY_KO) || item.endsWith(WIDE_ONLY_EN)
          || notes.contains(WIDE_KEY_KO) || notes.contains(WIDE_KEY_EN));
    }

    /** Whether the key says {@code number} is drawn on the phone-width chart only. */
    boolean phoneOnly(String number) {
      String item = keyItem(number);
      return !item.isEmpty() && (item.endsWith(PHONE_ONLY_KO) || item.endsWith(PHONE_ONLY_EN)
          || notes.contains(PHONE_KEY_KO) || notes.contains(PHONE_KEY_EN));
    }

    private String keyItem(String number) {
      Matcher key = Pattern.compile("(?:번호로만 표시한 거래: |Numbered deals: |Numbered on the phone-width chart: "
          + "|Numbered on the wide chart and in the PDF: )(.*?)\\.(?: |$)")
          .matcher(notes);
      if (!key.find()) {
        return "";
      }
      for (String item : key.group(1).split(", |; ")) {
        if (item.startsWith(number + " ")) {
          return item.substring(number.length() + 1);
        }
        if (item.startsWith(number + "번 ")) {
          return item.substring(number.length() + 2);
        }
      }
      return "";
    }
  }

  private static List<Drawing> drawings(Briefing briefing, Lang lang) {
    ChartImage image = new ChartRenderer().render(timeline(briefing), briefing, lang);
    return List.of(Drawing.of(lang + " wide", image.svg(), image.caption()),
        Drawing.of(lang + " narrow", image.narrowSvg(), image.caption()));
  }

  /** "엔비디아 → 앤스로픽 최대 100억달러" / "Nvidia → Anthropic up to $10 billion": a deal and its amount, as its label says them. */
  private static String name(MoneyFact deal, ChartWording w) {
    return TimelineChart.deal(deal, w) + " " + w.label(deal);
  }

  /**
   * The deal as the key under the chart names it: its label and, for a figure not confirmed, what
   * it is, as the tables say it ("… 최대 140억달러(추정치)" / "… up to $14 billion (estimate)"); a
   * new user's key dropped the estimate that the mark's hollow showed.
   */
  private static String keyName(MoneyFact deal, ChartWording w) {
    String claim = com.moneywar.briefing.model.AmountText.claim(deal.reporting().claim(), w.lang());
    return name(deal, w) + (claim.isEmpty() ? "" : w.pick("(" + claim + ")", " (" + claim + ")"));
  }

  @Test
  void theShippedTimelineNamesNvidiasTenBillionForAnthropicInEveryDrawing() {
    for (Lang lang : Lang.values()) {
      for (Drawing d : drawings(SHIPPED, lang)) {
        assertThat(d.words()).as(d.where()).contains(lang == Lang.KO ? "엔비디아 → 앤스로픽 최대 100억달러"
            : "Nvidia → Anthropic up to $10 billion");
      }
    }
  }

  @Test
  void theShippedTimelineIdentifiesEachOfItsLargestDeals() {
    List<MoneyFact> usd = TimelineChart.deals(SHIPPED, timeline(SHIPPED)).stream()
        .filter(d -> d.amount().currency().getCurrencyCode().equals("USD")).toList();
    assertThat(usd).hasSizeGreaterThan(TimelineChart.NAMED);
    for (Lang lang : Lang.values()) {
      ChartWording w = new ChartWording(SHIPPED, lang);
      for (Drawing d : drawings(SHIPPED, lang)) {
        for (MoneyFact deal : largest(usd)) {
          assertThat(d.identifies(name(deal, w), keyName(deal, w))).as(name(deal, w) + " in " + d.where() + ": " + d.words()).isTrue();
        }
      }
    }
  }

  /** The deals a panel names: its {@link TimelineChart#NAMED} largest (none pinned here). */
  private static List<MoneyFact> largest(List<MoneyFact> deals) {
    return deals.stream().sorted(Comparator.comparing((MoneyFact f) -> f.amount().amount()).reversed())
        .limit(TimelineChart.NAMED).toList();
  }

  /**
   * A crowded panel: {@code count} investments of distinct amounts between $1 billion and $100
   * billion, most of them in the last months of 2025, a third of them on a few shared days.
   */
  private static Briefing crowded(long seed, int count) {
    Random random = new Random(seed);
    List<Company> companies = new ArrayList<>(SHIPPED.companies());
    String[][] names = {{"coreweave", "코어위브", "CoreWeave"}, {"nebius", "네비우스", "Nebius"},
        {"oracle", "오라클", "Oracle"}, {"pimco", "핌코", "Pimco"}, {"blackrock", "블랙록", "BlackRock"},
        {"blue-owl", "블루아울캐피털", "Blue Owl Capital"}, {"crusoe", "크루소", "Crusoe"}};
    for (String[] n : names) {
      companies.add(TimelineLabelTiesTest.company(n[0], n[1], n[2]));
    }
    List<Investment> investments = new ArrayList<>();
    List<BigDecimal> amounts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      BigDecimal amount;
      do {
        // Whole hundreds of millions, spread evenly on the log scale.
        amount = BigDecimal.valueOf(Math.round(Math.pow(10, 9 + 2 * random.nextDouble()) / 1e8) * 100_000_000L);
      } while (amounts.contains(amount));
      amounts.add(amount);
      String date = random.nextInt(3) == 0 ? "2025-10-0" + (1 + random.nextInt(3))
          : random.nextInt(4) == 0 ? String.format("2024-%02d-15", 1 + random.nextInt(12))
          : String.format("2025-%02d-%02d", 7 + random.nextInt(6), 1 + random.nextInt(28));
      String investor = names[random.nextInt(names.length)][0];
      String investee = names[(List.of(names).indexOf(List.of(names).stream()
          .filter(n -> n[0].equals(investor)).findFirst().orElseThrow()) + 1 + random.nextInt(names.length - 1))
          % names.length][0];
      investments.add(TimelineLabelTiesTest.single("crowd-" + i, investor, investee, amount.toPlainString(), "USD",
          random.nextInt(4) == 0 ? Bound.UP_TO : Bound.EXACT, date, i % 3 == 0 ? ClaimStatus.ESTIMATED : ClaimStatus.CONFIRMED));
    }
    return new Briefing(SHIPPED.config(), SHIPPED.sources(), companies, SHIPPED.rates(), investments, List.of(),
        List.of(), List.of(), List.of(), SHIPPED.stories(), SHIPPED.charts());
  }

  /**
   * Knots of three deals: each a few weeks and a few per cent apart, the largest of the three in the
   * middle, as a new user's September 2025 had Microsoft → Nebius, Meta → CoreWeave and Microsoft →
   * Nscale; {@code seed} places the knots and the deals around them.
   */
  private static Briefing knotted(long seed) {
    Random random = new Random(seed);
    Briefing base = crowded(seed, 8);
    List<Investment> investments = new ArrayList<>(base.investments());
    String[] ids = {"coreweave", "nebius", "oracle", "pimco", "blackrock", "blue-owl", "crusoe"};
    for (int k = 0; k < 3; k++) {
      java.time.LocalDate day = java.time.LocalDate.of(2025, 7 + random.nextInt(5), 1 + random.nextInt(5));
      long amount = (long) (Math.pow(10, 9.8 + random.nextDouble() * 0.6) / 1e8) * 100_000_000L;
      long[] amounts = {amount * 13 / 10, amount * 14 / 10, amount * 1395 / 1000};
      int[] days = {0, 22, 30};
      for (int j = 0; j < 3; j++) {
        String investor = ids[random.nextInt(ids.length)];
        String investee = ids[(java.util.Arrays.asList(ids).indexOf(investor) + 1 + random.nextInt(ids.length - 1)) % ids.length];
        investments.add(TimelineLabelTiesTest.single("knot-" + k + "-" + j, investor, investee,
            String.valueOf(amounts[j] / 100_000_000L * 100_000_000L), "USD", Bound.UP_TO, day.plusDays(days[j]).toString(),
            j == 2 ? ClaimStatus.ESTIMATED : ClaimStatus.CONFIRMED));
      }
    }
    return new Briefing(base.config(), base.sources(), base.companies(), base.rates(), investments, List.of(),
        List.of(), List.of(), List.of(), base.stories(), base.charts());
  }

  /**
   * At full width. (In the narrow drawing of the most crowded of these panels, a mark in a knot of
   * marks 7 to 10 px apart can have no room even for a digit beside it, nor for a leader line out
   * of the knot; it then stays unnamed while smaller deals keep their names: 4 of the 20 narrow
   * drawings here. The shipped timeline's narrow drawings are checked above.)
   */
  @Test
  void noLargerDealOfACrowdedPanelIsLeftUnnamedWhileASmallerOneIsNamed() {
    int numbered = 0;
    for (long seed = 1; seed <= 10; seed++) {
      Briefing briefing = crowded(seed, 14 + (int) seed % 5);
      List<MoneyFact> toName = largest(TimelineChart.deals(briefing, timeline(briefing)));
      for (Lang lang : Lang.values()) {
        ChartWording w = new ChartWording(briefing, lang);
        for (Drawing d : drawings(briefing, lang).subList(0, 1)) {
          String where = "seed " + seed + " " + d.where() + ": " + d.words() + " / " + d.notes();
          // Largest first: once one is unnamed (by its words or a number keyed to it), no smaller one is named.
          MoneyFact unnamed = null;
          for (MoneyFact deal : toName) {
            boolean named = d.identifies(name(deal, w), keyName(deal, w));
            assertThat(named && unnamed != null).as(name(deal, w) + " named, larger "
                + (unnamed == null ? "" : name(unnamed, w)) + " not, in " + where).isFalse();
            if (!named && unnamed == null) {
              unnamed = deal;
            }
          }
          numbered += (int) toName.stream().filter(deal -> !d.names(name(deal, w))).count();
        }
      }
    }
    // The panels are crowded enough that some names find no room, and numbers stand for them.
    assertThat(numbered).isPositive();
  }

  /**
   * In a knot of marks a few px apart (a new user's Meta → CoreWeave between two deals of its
   * month), a number may stand nearer its own mark by a little rather than leave the deal unnamed,
   * and a deal with room for not even that is named in the notes: every one of the largest deals of
   * every crowded wide drawing is named, numbered or listed under the chart.
   */
  @Test
  void everyLargestDealOfACrowdedWideDrawingIsNamedOrNumbered() {
    int crowdedNotes = 0;
    for (long seed = 1; seed <= 20; seed++) {
      Briefing briefing = knotted(seed);
      List<MoneyFact> toName = largest(TimelineChart.deals(briefing, timeline(briefing)));
      for (Lang lang : Lang.values()) {
        ChartWording w = new ChartWording(briefing, lang);
        Drawing wide = drawings(briefing, lang).get(0);
        for (MoneyFact deal : toName) {
          // Named, numbered, or, where not even a number finds room, named in the notes.
          Matcher crowded = Pattern.compile("(?:자리가 없어 그래프에 이름도 번호도 붙이지 못한 거래: |Too crowded to name or number"
              + " on the chart: )(.*?)\\.(?: |$)").matcher(wide.notes());
          boolean listed = crowded.find() && java.util.Arrays.stream(crowded.group(1).split(", |; "))
              .anyMatch(item -> item.equals(keyName(deal, w)) || item.equals(keyName(deal, w)
                  + (lang == Lang.KO ? "(넓은 화면과 PDF의 그래프에서)" : " (on the wide chart and in the PDF)")));
          assertThat(wide.identifies(name(deal, w), keyName(deal, w)) || listed)
              .as("seed " + seed + " " + wide.where() + ": " + name(deal, w) + " in " + wide.words() + " / " + wide.notes())
              .isTrue();
          if (listed) {
            crowdedNotes++;
          }
        }
      }
    }
    // Some knots leave no room even for a number: the notes name those deals.
    assertThat(crowdedNotes).isPositive();
  }

  /**
   * The PDF prints only the wide drawing: its key names the numbers that drawing shows, and no word
   * of a phone's chart (a new user's PDF read "(on the phone-width chart only)").
   */
  @Test
  void thePrintedKeyNamesOnlyWhatTheWideDrawingShows() {
    int phoneOnly = 0;
    for (long seed = 1; seed <= 10; seed++) {
      Briefing briefing = crowded(seed, 14 + (int) seed % 5);
      for (Lang lang : Lang.values()) {
        ChartImage image = new ChartRenderer().render(timeline(briefing), briefing, lang);
        Drawing wide = Drawing.of(lang + " wide", image.svg(), image.printCaption());
        assertThat(image.printCaption()).doesNotContain("휴대전화", "phone");
        for (String number : wide.numbers()) {
          assertThat(wide.keyed(number)).as(number + " in seed " + seed + ": " + image.printCaption()).isNotEmpty();
        }
        if (image.caption().contains(PHONE_ONLY_KO) || image.caption().contains(PHONE_ONLY_EN)
            || image.caption().contains(PHONE_KEY_KO) || image.caption().contains(PHONE_KEY_EN)) {
          phoneOnly++;
        }
      }
    }
    assertThat(phoneOnly).as("some site captions mention the phone's drawing").isPositive();
  }

  @Test
  void everyNumberDrawnIsKeyedInTheNotesToADealItMarksAndEveryKeyIsDrawnWhereItSays() {
    int keys = 0;
    int phoneOnly = 0;
    int wideOnly = 0;
    for (long seed = 1; seed <= 10; seed++) {
      Briefing briefing = crowded(seed, 14 + (int) seed % 5);
      for (Lang lang : Lang.values()) {
        ChartWording w = new ChartWording(briefing, lang);
        List<String> toName = largest(TimelineChart.deals(briefing, timeline(briefing))).stream()
            .map(deal -> keyName(deal, w)).toList();
        List<Drawing> drawings = drawings(briefing, lang);
        for (Drawing d : drawings) {
          for (String number : d.numbers()) {
            assertThat(d.keyed(number)).as(number + " in seed " + seed + " " + d.where() + ": " + d.notes())
                .isIn(toName);
          }
        }
        // Each number keyed stands in the wide drawing (the PDF's), or the key says it is on the
        // phone-width one only, and it is there.
        for (int n = 1; n <= toName.size(); n++) {
          String number = Integer.toString(n);
          if (!drawings.get(0).keyed(number).isEmpty()) {
            keys++;
            String where = number + " in seed " + seed + " " + lang + ": " + drawings.get(0).notes();
            if (drawings.get(0).phoneOnly(number)) {
              phoneOnly++;
              assertThat(drawings.get(0).numbers()).as(where).doesNotContain(number);
              assertThat(drawings.get(1).numbers()).as(where).contains(number);
            } else if (drawings.get(0).wideOnly(number)) {
              wideOnly++;
              assertThat(drawings.get(0).numbers()).as(where).contains(number);
              assertThat(drawings.get(1).numbers()).as(where).doesNotContain(number);
            } else {
              assertThat(drawings.get(0).numbers()).as(where).contains(number);
              assertThat(drawings.get(1).numbers()).as(where).contains(number);
            }
          }
        }
      }
    }
    assertThat(keys).isPositive();
    assertThat(phoneOnly).as("numbers only the phone-width drawing needs").isPositive();
    assertThat(wideOnly).as("numbers only the wide drawing needs").isPositive();
  }

  @Test
  void theNumbersAreDrawnInGlyphsTheChartFontHas() {
    java.awt.Font bold = ChartTheme.load().bold(11.5f);
    assertThat(bold.canDisplayUpTo("0123456789")).isEqualTo(-1);
  }

  @Test
  void theChartTableSaysAMarksKindOnlyWhereTheDealsNameDoesNot() {
    // "xAI · 구주 매각 (구주 매각)" and "xAI · Debt financing (Debt)" read the kind twice in a new user's table.
    assertThat(TimelineChart.shown("xAI · 구주 매각", "구주 매각")).isEqualTo("xAI · 구주 매각");
    assertThat(TimelineChart.shown("xAI · Debt financing", "Debt")).isEqualTo("xAI · Debt financing");
    assertThat(TimelineChart.shown("xAI · Series B", "Funding round")).isEqualTo("xAI · Series B (Funding round)");
  }
}
