package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;

/** How the frame fits the words under categories into their slots, and the legend into the width. */
class ChartFrameTest {
  private static final ChartTheme THEME = ChartTheme.load();
  private final ChartFrame frame = new ChartFrame(THEME);

  private static Panel panel(List<List<String>> categories) {
    CategoryChart chart = new CategoryChartBuilder().width(400).height(250).build();
    THEME.applyToPanel(chart.getStyler());
    return new Panel("", chart, ValueAxis.linear(10, v -> Double.toString(v)), categories, categories.size(), 0,
        (g, at) -> { });
  }

  private static double widest(ChartFrame.CategoryLabels labels) {
    Font font = labels.font();
    return labels.lines().stream().flatMap(List::stream).mapToDouble(t -> GlyphPainter.width(t, font)).max().orElse(0);
  }

  @Test
  void keepsTheGivenLinesWhenTheyFit() {
    Panel panel = panel(List.of(List.of("Amazon →", "Anthropic"), List.of("Google →", "Anthropic")));
    ChartFrame.CategoryLabels labels = frame.categoryLabels(panel, 200);
    assertThat(labels.given()).isTrue();
    assertThat(labels.fit()).isTrue();
    assertThat(labels.lines()).isEqualTo(panel.categories());
    assertThat(labels.font().getSize2D()).isEqualTo(12.5f);
  }

  @Test
  void wrapsNamesTooWideForTheirSlotAtSpaces() {
    List<List<String>> categories = new ArrayList<>();
    for (int i = 1; i <= 9; i++) {
      categories.add(List.of("Synthetic Investor " + i + " →", "Synthetic Co " + (20 + i)));
    }
    ChartFrame.CategoryLabels labels = frame.categoryLabels(panel(categories), 66);
    assertThat(labels.fit()).isTrue();
    assertThat(labels.given()).isFalse();
    assertThat(widest(labels)).isLessThanOrEqualTo(66 - 6);
    assertThat(labels.height()).isBetween(3, 4);
    assertThat(labels.lines()).allSatisfy(lines -> assertThat(lines).isNotEmpty());
    // Only line breaks change: the words are all there, in order.
    for (int i = 0; i < categories.size(); i++) {
      assertThat(String.join(" ", labels.lines().get(i))).isEqualTo(String.join(" ", categories.get(i)));
    }
  }

  @Test
  void labelsEverySecondOrThirdCategoryWhenEvenWrappedNamesDoNotFit() {
    List<List<String>> categories = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      categories.add(List.of("Aug " + i + ", 2019"));
    }
    ChartFrame.CategoryLabels labels = frame.categoryLabels(panel(categories), 24);
    assertThat(labels.fit()).isTrue();
    List<Integer> labelled = new ArrayList<>();
    for (int c = 0; c < categories.size(); c++) {
      if (!labels.lines().get(c).isEmpty()) {
        labelled.add(c);
        assertThat(labels.lines().get(c)).isEqualTo(categories.get(c));
      }
    }
    int every = labelled.get(1);
    assertThat(every).isGreaterThan(1);
    assertThat(labelled).first().isEqualTo(0);
    Set<Integer> gaps = new HashSet<>();
    for (int k = 1; k < labelled.size(); k++) {
      gaps.add(labelled.get(k) - labelled.get(k - 1));
    }
    assertThat(gaps).containsExactly(every);
    assertThat(widest(labels)).isLessThanOrEqualTo(every * 24 - 6);
  }

  @Test
  void sayWhetherEveryCategoryCanBeNamed() {
    List<List<String>> few = List.of(List.of("Amazon →", "Anthropic"), List.of("Google →", "Anthropic"));
    List<List<String>> many = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      many.add(List.of("Synthetic Investor Holdings " + i + " →", "Synthetic Laboratories " + i));
    }
    assertThat(frame.categoriesFit(List.of(panel(few)))).isTrue();
    assertThat(frame.categoriesFit(List.of(panel(many)))).isFalse();
  }

  @Test
  void aCategoryIsNamedWholeOrNotAtAllAndNoTextsOverlap() {
    List<List<String>> categories = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      categories.add(List.of("Extraordinarily Long Investor Name " + i + " →", "Lab" + i));
    }
    CategoryChart chart = new CategoryChartBuilder().width(400).height(250).build();
    THEME.applyToPanel(chart.getStyler());
    List<String> keys = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      keys.add("k" + i);
      values.add(1.0 + i % 3);
    }
    chart.addSeries("s", keys, values);
    Panel panel = new Panel("", chart, ValueAxis.linear(4, v -> Double.toString(v)), categories, 1, 0, (g, at) -> { });
    for (byte[] svg : List.of(frame.draw("Title", List.of(), List.of(panel), "d"), ChartFrame.takeNarrow())) {
      List<com.moneywar.briefing.testing.ChartTexts.Text> texts = com.moneywar.briefing.testing.ChartTexts.of(svg);
      Set<String> drawn = new HashSet<>();
      texts.forEach(t -> drawn.add(t.text()));
      int named = 0;
      for (int i = 1; i <= 12; i++) {
        // Wrapped or not ("… Name 7", "→ Lab7"), the lab's name is drawn exactly when its investor's is.
        String investorEnd = " " + i;
        boolean investor = drawn.stream().anyMatch(t -> t.endsWith(investorEnd) || t.endsWith(investorEnd + " →"));
        boolean lab = drawn.contains("Lab" + i) || drawn.contains("→ Lab" + i);
        assertThat(lab).as("Lab" + i + " in " + drawn).isEqualTo(investor);
        named += investor ? 1 : 0;
      }
      assertThat(named).as(drawn.toString()).isPositive();
      assertThat(com.moneywar.briefing.testing.ChartTexts.overlaps(texts)).isEmpty();
      assertThat(drawn).contains("Title");
    }
  }

  @Test
  void aPanelThatMustNameEveryCategoryNumbersThemWithAKeyWhenTheirNamesFitNoOtherWay() {
    // A new user's four pairs on a phone: "Pimco → Hyperion joint venture (Beignet Investor)" and
    // three like it. Only the first pair was named; the other bars stood anonymous.
    String venture = "Hyperion joint venture (Beignet Investor)";
    List<List<String>> categories = List.of(List.of("Pimco →", venture), List.of("BlackRock →", venture),
        List.of("Meta →", "Scale AI"), List.of("Blue Owl Capital →", venture));
    ChartFrame.CategoryLabels labels = frame.categoryLabels(panel(categories).namingEvery(), 60, 300);
    assertThat(labels.keyed()).isTrue();
    assertThat(labels.lines()).containsExactly(List.of("1"), List.of("2"), List.of("3"), List.of("4"));
    // The key names every pair, whole and in order, in lines no wider than the panel.
    String key = String.join(" ", labels.key()).replace(ChartFrame.KEY_TAB, " ").replaceAll(" +", " ");
    assertThat(key).isEqualTo("1 Pimco → " + venture + " 2 BlackRock → " + venture + " 3 Meta → Scale AI"
        + " 4 Blue Owl Capital → " + venture);
    assertThat(labels.key()).allSatisfy(line ->
        assertThat(GlyphPainter.width(line.split(ChartFrame.KEY_TAB)[1], labels.font())).isLessThanOrEqualTo(300));
    assertThat(labels.height()).isEqualTo(1 + labels.key().size());
    // Names that fit their slots, wrapped, are still written under their bars.
    ChartFrame.CategoryLabels shortNames = frame.categoryLabels(panel(List.of(List.of("Meta →", "Scale AI"),
        List.of("Google →", "Anthropic"), List.of("Amazon →", "Anthropic"))).namingEvery(), 60, 300);
    assertThat(shortNames.keyed()).isFalse();
  }

  @Test
  void aLegendKeyWithNoLineIsItsMarkerAlone() {
    // A new user's Mistral AI, a value before its round and one after and no line between them, had a
    // line in the legend and none on the chart.
    for (boolean line : List.of(true, false)) {
      java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(300, 40,
          java.awt.image.BufferedImage.TYPE_INT_RGB);
      java.awt.Graphics2D g = image.createGraphics();
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, 300, 40);
      frame.drawLegend(g, List.of(new ChartFrame.Key("Mistral AI", java.awt.Color.BLUE, ChartTheme.marker(0),
          line ? ChartTheme.line(0) : null)), 5);
      g.dispose();
      // Left of the marker, on the key's middle line (top + 11): the line's start, or nothing.
      boolean painted = java.util.stream.IntStream.rangeClosed(ChartFrame.PAD, ChartFrame.PAD + 4)
          .anyMatch(x -> image.getRGB(x, 16) != java.awt.Color.WHITE.getRGB());
      assertThat(painted).as("line " + line).isEqualTo(line);
    }
  }
}
