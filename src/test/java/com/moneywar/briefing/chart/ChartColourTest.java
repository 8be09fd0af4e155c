package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.awt.Color;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The chart colours, measured: WCAG contrast ratios computed from the actual colours, in light and
 * in dark mode, and one colour per company across the charts of a briefing.
 */
class ChartColourTest {
  private static final Briefing SHIPPED =
      new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();

  private static List<ChartTheme.Themed> markColours() {
    List<ChartTheme.Themed> marks = new ArrayList<>(List.of(ChartTheme.PALETTE));
    marks.addAll(List.of(ChartTheme.OTHERS, ChartTheme.PROMISED, ChartTheme.PAID, ChartTheme.BASELINE));
    return marks;
  }

  @Test
  void contrastIsComputedAsWcagDefinesIt() {
    assertThat(ChartTheme.contrast(Color.BLACK, Color.WHITE)).isCloseTo(21, org.assertj.core.data.Offset.offset(0.01));
    assertThat(ChartTheme.contrast(new Color(0x77, 0x77, 0x77), Color.WHITE))
        .isCloseTo(4.48, org.assertj.core.data.Offset.offset(0.01));
  }

  @Test
  void marksContrastAtLeast3To1WithTheBackgroundInLightAndDarkMode() {
    for (ChartTheme.Themed c : markColours()) {
      assertThat(ChartTheme.contrast(c.light(), ChartTheme.PAPER.light())).as("light " + ChartTheme.hex(c))
          .isGreaterThanOrEqualTo(3);
      assertThat(ChartTheme.contrast(c.dark(), ChartTheme.PAPER.dark())).as("dark " + ChartTheme.hex(c.dark()))
          .isGreaterThanOrEqualTo(3);
    }
  }

  @Test
  void textContrastsAtLeast4Point5To1InLightAndDarkModeAlsoOnFills() {
    for (ChartTheme.Themed c : List.of(ChartTheme.INK, ChartTheme.MUTED)) {
      assertThat(ChartTheme.contrast(c.light(), ChartTheme.PAPER.light())).isGreaterThanOrEqualTo(4.5);
      assertThat(ChartTheme.contrast(c.dark(), ChartTheme.PAPER.dark())).isGreaterThanOrEqualTo(4.5);
    }
    for (ChartTheme.Themed fill : markColours()) {
      ChartTheme.Themed text = ChartTheme.onFill(fill);
      assertThat(ChartTheme.contrast(text.light(), fill.light())).as("on " + ChartTheme.hex(fill.light()))
          .isGreaterThanOrEqualTo(4.5);
      assertThat(ChartTheme.contrast(text.dark(), fill.dark())).as("on dark " + ChartTheme.hex(fill.dark()))
          .isGreaterThanOrEqualTo(4.5);
    }
  }

  @Test
  void theCompaniesABriefingIsAboutNeverShareAColour() {
    CompanyPalette palette = CompanyPalette.of(SHIPPED);
    List<String> ids = SHIPPED.companies().stream().map(c -> c.id()).toList();
    Set<Color> seen = new HashSet<>();
    List<String> ranked = ids.stream().filter(id -> seen.add(palette.colour(id))).toList();
    assertThat(ranked).hasSizeGreaterThanOrEqualTo(Math.min(ids.size(), ChartTheme.PALETTE.length));
    assertThat(CompanyPalette.of(SHIPPED).colour("anthropic")).isEqualTo(palette.colour("anthropic"));
  }

  @Test
  void theValuationsAndTheCumulativeChartDrawCompaniesInTheirPaletteColour() {
    ChartRenderer renderer = new ChartRenderer();
    CompanyPalette palette = CompanyPalette.of(SHIPPED);
    for (String[] kindAndCompany : List.of(new String[] {"valuations", "anthropic"},
        new String[] {"valuations", "openai"}, new String[] {"cumulative", "microsoft"},
        new String[] {"cumulative", "amazon"})) {
      Color colour = palette.colour(kindAndCompany[1]);
      String rgb = "rgb(" + colour.getRed() + "," + colour.getGreen() + "," + colour.getBlue() + ")";
      var spec = SHIPPED.charts().stream().filter(s -> s.id().equals(kindAndCompany[0])).findFirst().orElseThrow();
      String svg = new String(renderer.render(spec, SHIPPED, Lang.EN).svg(), StandardCharsets.UTF_8);
      assertThat(svg).as(kindAndCompany[0] + " " + kindAndCompany[1]).contains("fill:" + rgb + ";");
    }
  }

  /** CIE L*a*b* of a colour (D65), for the distance between two colours as a reader sees it. */
  private static double[] lab(Color c) {
    double[] rgb = {c.getRed(), c.getGreen(), c.getBlue()};
    for (int i = 0; i < 3; i++) {
      double v = rgb[i] / 255.0;
      rgb[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
    double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    java.util.function.DoubleUnaryOperator f = t -> t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    return new double[] {116 * f.applyAsDouble(y) - 16, 500 * (f.applyAsDouble(x) - f.applyAsDouble(y)),
        200 * (f.applyAsDouble(y) - f.applyAsDouble(z))};
  }

  private static double distance(Color a, Color b) {
    double[] p = lab(a);
    double[] q = lab(b);
    return Math.sqrt(Math.pow(p[0] - q[0], 2) + Math.pow(p[1] - q[1], 2) + Math.pow(p[2] - q[2], 2));
  }

  @Test
  void everyTwoCompanyColoursAreFarApartInLightAndInDarkMode() {
    // ΔE*ab 30 and more: a reader never takes one line for another. The blue and the sky blue the
    // palette had (#0072b2 and #4a90c2, dark #56b4e9 and #9fd2f2) were 15 and 18 apart.
    for (int i = 0; i < ChartTheme.PALETTE.length; i++) {
      for (int j = i + 1; j < ChartTheme.PALETTE.length; j++) {
        ChartTheme.Themed a = ChartTheme.PALETTE[i];
        ChartTheme.Themed b = ChartTheme.PALETTE[j];
        assertThat(distance(a.light(), b.light())).as(ChartTheme.hex(a.light()) + " " + ChartTheme.hex(b.light()))
            .isGreaterThanOrEqualTo(30);
        assertThat(distance(a.dark(), b.dark())).as(ChartTheme.hex(a.dark()) + " " + ChartTheme.hex(b.dark()))
            .isGreaterThanOrEqualTo(30);
      }
    }
  }

  @Test
  void aCompanyKeepsItsColourInEveryEditionOfTheSeries() {
    // An early edition has fewer facts; the colours follow companies.csv, which every edition shares.
    CompanyPalette whole = CompanyPalette.of(SHIPPED);
    java.time.LocalDate first = SHIPPED.moneyFacts().values().stream().map(f -> f.date().firstDay())
        .min(java.util.Comparator.naturalOrder()).orElseThrow();
    Briefing early = com.moneywar.briefing.model.AsOf.of(SHIPPED, first);
    assertThat(early.investments().size()).isLessThan(SHIPPED.investments().size());
    CompanyPalette edition = CompanyPalette.of(early);
    for (var c : SHIPPED.companies()) {
      assertThat(edition.colour(c.id())).as(c.id()).isEqualTo(whole.colour(c.id()));
    }
    List<String> ids = SHIPPED.companies().stream().map(c -> c.id()).toList();
    for (int i = 0; i < ChartTheme.PALETTE.length; i++) {
      assertThat(whole.colour(ids.get(i))).as("company " + i + " of companies.csv").isEqualTo(ChartTheme.PALETTE[i]);
    }
  }

  @Test
  void aChartsCompaniesTakeTheSameColoursWhateverOrderItDrawsThemIn() {
    List<String> ids = SHIPPED.companies().stream().map(c -> c.id()).toList();
    // The first company and the one that shares its colour, with two others.
    List<String> shown = List.of(ids.get(ChartTheme.PALETTE.length), ids.get(3), ids.get(0), ids.get(1));
    ChartWording forward = new ChartWording(SHIPPED, Lang.EN);
    forward.showing(shown);
    ChartWording backward = new ChartWording(SHIPPED, Lang.EN);
    List<String> reversed = new ArrayList<>(shown);
    java.util.Collections.reverse(reversed);
    backward.showing(reversed);
    Set<Color> distinct = new HashSet<>();
    for (String id : shown) {
      assertThat(backward.colour(id)).as(id).isEqualTo(forward.colour(id));
      distinct.add(forward.colour(id));
    }
    assertThat(distinct).hasSize(shown.size());
    assertThat(forward.colour(ids.get(0))).as("the first company keeps its own colour").isEqualTo(ChartTheme.PALETTE[0]);
  }

  @Test
  void twoCompaniesOfOneChartNeverShareAColourEvenPastThePalette() {
    CompanyPalette palette = CompanyPalette.of(SHIPPED);
    List<String> ids = SHIPPED.companies().stream().map(c -> c.id()).toList();
    String first = null;
    String clash = null;
    for (String a : ids) {
      for (String b : ids) {
        if (clash == null && !a.equals(b) && palette.colour(a).equals(palette.colour(b))) {
          first = a;
          clash = b;
        }
      }
    }
    assertThat(clash).as("the shipped briefing has more companies than colours").isNotNull();
    ChartWording chart = new ChartWording(SHIPPED, Lang.KO);
    assertThat(chart.colour(first)).isEqualTo(palette.colour(first));
    assertThat(chart.colour(clash)).isNotEqualTo(chart.colour(first));
    assertThat(chart.colour(clash)).as("asked again in the same chart").isEqualTo(chart.colour(clash));
    assertThat(new ChartWording(SHIPPED, Lang.KO).colour(clash)).as("alone in a chart").isEqualTo(palette.colour(clash));
  }

  @Test
  void everyColourAChartDrawsHasADarkModeColourThatContrasts() {
    ChartRenderer renderer = new ChartRenderer();
    Pattern drawn = Pattern.compile("(?:fill|stroke):rgb\\((\\d+),(\\d+),(\\d+)\\);");
    Set<Integer> themed = new HashSet<>();
    ChartTheme.marks().forEach(t -> themed.add(t.getRGB() & 0xffffff));
    // The paper drawn over a mark (hatching, a hollow marker): themed too, to the dark paper.
    themed.add(ChartTheme.KNOCKOUT.getRGB() & 0xffffff);
    for (Lang lang : Lang.values()) {
      for (var c : renderer.render(SHIPPED, lang)) {
        String svg = new String(c.svg(), StandardCharsets.UTF_8);
        assertThat(svg).contains("@media (prefers-color-scheme: dark)");
        Matcher m = drawn.matcher(svg);
        while (m.find()) {
          int rgb = (Integer.parseInt(m.group(1)) << 16) | (Integer.parseInt(m.group(2)) << 8)
              | Integer.parseInt(m.group(3));
          if (rgb == 0xffffff && svg.substring(m.end(), Math.min(svg.length(), m.end() + 40)).contains("opacity:0")) {
            continue; // XChart's clear panel background
          }
          assertThat(themed).as(c.name() + " " + lang + ": " + m.group()).contains(rgb);
          assertThat(svg).as(c.name() + ": a dark-mode rule for " + m.group())
              .contains("[style*=\"" + m.group().substring(0, m.group().indexOf(':') + 1) + "rgb(" + m.group(1) + ","
                  + m.group(2) + "," + m.group(3) + ");\"]");
        }
      }
    }
  }
}
