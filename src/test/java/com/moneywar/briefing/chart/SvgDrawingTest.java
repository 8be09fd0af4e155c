package com.moneywar.briefing.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.moneywar.briefing.model.Briefing;
import com.moneywar.briefing.model.ContentHashedName;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.testing.ShippedProject;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * A chart drawing is held deflated (a 250-edition series keeps about 1,700 of them until its last
 * PDF is laid out): every byte must come back exactly as drawn, its digest and size must be those of
 * the bytes, and a drawing that does not inflate to what it claims is refused, never shown.
 */
class SvgDrawingTest {
  private static final Briefing SHIPPED =
      new BriefingBuild(BuildListener.silent()).check(ShippedProject.ROOT).orElseThrow();

  @Test
  void everyShippedDrawingComesBackByteForByteWithItsDigestAndSize() {
    long raw = 0;
    long held = 0;
    for (Lang lang : Lang.values()) {
      List<ChartImage> charts = new ChartRenderer().render(SHIPPED, lang);
      assertThat(charts).isNotEmpty();
      for (ChartImage chart : charts) {
        for (SvgDrawing drawing : List.of(chart.wide(), chart.narrow())) {
          byte[] svg = drawing.bytes();
          String text = new String(svg, java.nio.charset.StandardCharsets.UTF_8);
          assertThat(text).as(chart.name()).startsWith("<?xml").endsWith("</svg>\n");
          assertThat(drawing.length()).isEqualTo(svg.length);
          assertThat(drawing.sha256()).isEqualTo(ContentHashedName.sha256(svg));
          assertThat(text).contains("viewBox=\"0 0 " + drawing.width() + " " + drawing.height() + "\"");
          raw += svg.length;
          held += drawing.deflated().length;
          assertThat(SvgDrawing.of(svg)).isEqualTo(drawing);
        }
      }
    }
    // Held at a fraction of their size: the point of holding them deflated.
    assertThat(held).isLessThan(raw * 2 / 5);
  }

  @Property(tries = 200)
  void anyBytesComeBackExactly(@ForAll byte[] bytes) {
    SvgDrawing drawing = SvgDrawing.of(bytes);
    assertThat(drawing.bytes()).isEqualTo(bytes);
    assertThat(drawing.length()).isEqualTo(bytes.length);
    SvgDrawing stored = SvgDrawing.stored(drawing.deflated(), drawing.length(), drawing.sha256(), drawing.width(),
        drawing.height());
    assertThat(stored.bytes()).isEqualTo(bytes);
    assertThat(stored).isEqualTo(drawing);
  }

  @Test
  void aStoredDrawingOfAnotherLengthOrWithDamagedBytesIsRefused() {
    byte[] svg = "<svg viewBox=\"0 0 720 400\"><text>정확한 숫자</text></svg>".repeat(20)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    SvgDrawing drawing = SvgDrawing.of(svg);
    assertThat(drawing.width()).isEqualTo(720);
    assertThat(drawing.height()).isEqualTo(400);
    byte[] deflated = drawing.deflated();

    SvgDrawing shorter = SvgDrawing.stored(deflated, svg.length - 1, drawing.sha256(), 720, 400);
    assertThatThrownBy(shorter::bytes).isInstanceOf(IllegalStateException.class).hasMessageContaining("found more");
    SvgDrawing longer = SvgDrawing.stored(deflated, svg.length + 1, drawing.sha256(), 720, 400);
    assertThatThrownBy(longer::bytes).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("expected a drawing of " + (svg.length + 1) + " bytes");

    byte[] damaged = deflated.clone();
    damaged[damaged.length / 2] ^= 0x10;
    SvgDrawing broken = SvgDrawing.stored(damaged, svg.length, drawing.sha256(), 720, 400);
    assertThatThrownBy(broken::bytes).isInstanceOf(IllegalStateException.class);
    byte[] cut = Arrays.copyOf(deflated, deflated.length - 3);
    assertThatThrownBy(() -> SvgDrawing.stored(cut, svg.length, drawing.sha256(), 720, 400).bytes())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void noDrawingIsEmpty() {
    assertThat(SvgDrawing.NONE.isEmpty()).isTrue();
    assertThat(SvgDrawing.NONE.bytes()).isEmpty();
    assertThat(SvgDrawing.NONE.width()).isZero();
  }
}
