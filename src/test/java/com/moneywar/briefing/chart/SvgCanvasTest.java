package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the SVG cleaning does to XChart-style output, one rule at a time. */
class SvgCanvasTest {
  private static final String RAW = """
      <?xml version="1.0" encoding="UTF-8" standalone="no"?>
      <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
      <svg height="420px" version="1.1" viewBox="0 0 720 420" width="720px" xmlns="http://www.w3.org/2000/svg">
        <defs>
          <clipPath id="clip-1179405234"><rect height="308.890625" width="632.92578125" x="0" y="0"/></clipPath>
          <clipPath id="clip893331192"><rect height="1" width="1" x="0" y="0"/></clipPath>
        </defs>
        <g xmlns="" clip-path="url(#clip893331192)"><path xmlns="" d="M3.640625,0.125 L-0.0001,2"/></g>
        <g xmlns="" clip-path="url(#clip-1179405234)"/>
      </svg>
      """;

  private final String clean = SvgCanvas.clean(RAW, "Big Tech → AI <labs>", "Bar chart & more");

  @Test
  void removesTheEmptyNamespacesThatMakeBrowsersDrawNothing() {
    assertThat(clean).doesNotContain("xmlns=\"\"").contains("xmlns=\"http://www.w3.org/2000/svg\"");
  }

  @Test
  void removesTheDoctypeSoNoParserFetchesItsDtd() {
    assertThat(clean).doesNotContain("DOCTYPE", "svg11.dtd");
  }

  @Test
  void numbersClipsInOrderOfAppearanceInsteadOfByHashCode() {
    assertThat(clean).contains("id=\"clip1\"", "id=\"clip2\"", "url(#clip2)", "url(#clip1)")
        .doesNotContain("clip893331192", "clip-1179405234");
    assertThat(clean.indexOf("url(#clip2)")).isLessThan(clean.indexOf("url(#clip1)"));
  }

  @Test
  void roundsCoordinatesToHundredthsOfAPixel() {
    assertThat(clean).contains("d=\"M3.64,0.13 L0,2\"", "height=\"308.89\"", "width=\"632.93\"");
  }

  @Test
  void titlesAndDescribesTheDrawingWithEscapedText() {
    assertThat(clean).contains("<title>Big Tech → AI &lt;labs&gt;</title>", "<desc>Bar chart &amp; more</desc>");
  }

  @Test
  void roundsHalfUpAndWritesNumbersWithoutNeedlessZerosOrSigns() {
    assertThat(SvgCanvas.renumberAndRound(
        "2.005 -2.005 -0.004 -0.005 9.999 -99.995 007.1234 100.000 0.100 12.3 x-1.2345.6789 1.23.4567"))
        .isEqualTo("2.01 -2.01 0 -0.01 10 -100 7.12 100 0.1 12.3 x-1.23.6789 1.23.46");
  }

  @Test
  void roundsLikeBigDecimalOnManyRandomNumbers() {
    Random random = new Random(20240328);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200_000; i++) {
      text.append(i % 7 == 0 ? ' ' : ',');
      if (random.nextInt(4) == 0) {
        text.append('-');
      }
      text.append(digits(random, 1 + random.nextInt(random.nextInt(10) == 0 ? 25 : 5)));
      if (random.nextInt(10) > 0) {
        text.append('.').append(digits(random, random.nextInt(12)));
      }
    }
    String input = text.toString();
    assertThat(SvgCanvas.renumberAndRound(input)).isEqualTo(Reference.round(Reference.renumberClips(input)));
  }

  @Test
  void matchesTheRegexRulesOnRandomTextMadeOfTheirOwnCharacters() {
    // Clip ids, minus signs, digits and dots jumbled together: every way two rules can meet.
    Random random = new Random(7);
    String alphabet = "clip-0123456789.. \"#x";
    for (int t = 0; t < 20_000; t++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(60);
      while (text.length() < length) {
        int pick = random.nextInt(alphabet.length() + 3);
        text.append(pick < alphabet.length() ? String.valueOf(alphabet.charAt(pick))
            : pick == alphabet.length() ? "clip" : pick == alphabet.length() + 1 ? "clip-" : ".555");
      }
      String input = text.toString();
      assertThat(SvgCanvas.renumberAndRound(input)).as(input)
          .isEqualTo(Reference.round(Reference.renumberClips(input)));
    }
  }

  @Test
  void cleansADrawingExactlyAsTheRegexRulesDid() throws IOException {
    Random random = new Random(42);
    VectorGraphics2D g = new VectorGraphics2D();
    for (int i = 0; i < 2_000; i++) {
      g.setColor(new Color(random.nextInt(0xffffff)));
      g.setStroke(new BasicStroke(random.nextFloat() * 3));
      g.setClip(new Rectangle(random.nextInt(700), random.nextInt(400), 1 + random.nextInt(300), 1 + random.nextInt(200)));
      g.draw(new Line2D.Double(random.nextDouble() * 720 - 10, random.nextDouble() * 420, random.nextDouble() * 720,
          random.nextDouble() * 430 - 10));
      g.fill(new Ellipse2D.Double(random.nextDouble() * 720, random.nextDouble() * 420, random.nextDouble() * 9,
          random.nextDouble() * 9));
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, 720, 420)).writeTo(out);
    String raw = out.toString(StandardCharsets.UTF_8);
    assertThat(raw).contains("clip");
    assertThat(SvgCanvas.clean(raw, "T", "D")).isEqualTo(Reference.clean(raw, "T", "D"));
  }

  private static String digits(Random random, int count) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < count; i++) {
      // Nines and fives more often than chance: they make the carries and the half-up cases.
      int pick = random.nextInt(14);
      digits.append(pick >= 10 ? (pick >= 12 ? '9' : '5') : (char) ('0' + pick));
    }
    return digits.toString();
  }

  /** The cleaning as it was first written, with regular expressions and BigDecimal: the reference. */
  private static final class Reference {
    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>\\s*");
    private static final Pattern CLIP_ID = Pattern.compile("clip-?\\d+");
    private static final Pattern LONG_DECIMAL = Pattern.compile("-?\\d+\\.\\d{3,}");
    private static final Pattern SVG_OPEN = Pattern.compile("<svg[^>]*>");

    static String clean(String svg, String title, String description) {
      String s = DOCTYPE.matcher(svg).replaceFirst("").replace(" xmlns=\"\"", "");
      s = renumberClips(s);
      s = round(s);
      Matcher open = SVG_OPEN.matcher(s);
      if (open.find()) {
        String head = "\n  <title>" + escape(title) + "</title>\n  <desc>" + escape(description) + "</desc>";
        s = s.substring(0, open.end()) + head + s.substring(open.end());
      }
      return s;
    }

    static String renumberClips(String s) {
      Map<String, String> ids = new LinkedHashMap<>();
      Matcher m = CLIP_ID.matcher(s);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String id = ids.computeIfAbsent(m.group(), k -> "clip" + (ids.size() + 1));
        m.appendReplacement(out, id);
      }
      m.appendTail(out);
      return out.toString();
    }

    static String round(String s) {
      Matcher m = LONG_DECIMAL.matcher(s);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        BigDecimal v = new BigDecimal(m.group()).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        String text = v.signum() == 0 ? "0" : v.toPlainString();
        m.appendReplacement(out, text);
      }
      m.appendTail(out);
      return out.toString();
    }

    private static String escape(String text) {
      return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
  }
}
