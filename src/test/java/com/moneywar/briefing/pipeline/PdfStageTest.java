package com.moneywar.briefing.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.cache.BuildCache;
import com.moneywar.briefing.chart.SvgDrawing;
import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.model.Result;
import com.moneywar.briefing.pdf.SourceTexts;
import com.moneywar.briefing.site.RenderedSite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editions started while the pages still render: their PDFs are those of a stage started after
 * the pages, whatever the drawings handed over by then.
 */
class PdfStageTest {
  private static final String CHART = "en/charts/late-chart.svg";
  private static final SvgDrawing DRAWING = SvgDrawing.of(("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\""
      + " height=\"100\"><rect width=\"200\" height=\"100\" fill=\"#c33\"/></svg>").getBytes(StandardCharsets.UTF_8));
  private static final RenderedSite.PrintEdition EDITION = RenderedSite.PrintEdition.of(Lang.EN, "one",
      LocalDate.of(2024, 3, 28), "<html lang=\"en\"><head><title>One</title></head><body><p>Text</p>"
          + "<img src=\"charts/late-chart.svg\" alt=\"A chart\"/></body></html>", "en/one.pdf", "");

  @TempDir
  Path dir;

  /** The PDF a stage makes of {@link #EDITION}, after {@code early} was done with it; its laid-out-again count. */
  private record Outcome(byte[] pdf, int laidOutAgain) {}

  private Outcome make(String name, Consumer<PdfStage> early) throws IOException {
    Path out = dir.resolve(name);
    Publisher.Staging staging = new Publisher().begin(out);
    try (staging) {
      int again;
      try (PdfStage stage = new PdfStage(SourceTexts.none(), BuildCache.disabled(), staging, BuildListener.silent(), 1)) {
        early.accept(stage);
        Result<Map<String, Long>> made = stage.make(List.of(EDITION), Map.of(CHART, DRAWING));
        assertThat(made.problems()).isEmpty();
        again = stage.laidOutAgain();
      }
      staging.commit(java.util.Set.of(EDITION.pdfPath()), new ReentrantLock());
      return new Outcome(Files.readAllBytes(out.resolve(EDITION.pdfPath())), again);
    }
  }

  @Test
  void anEditionStartedBeforeADrawingItShowsIsLaidOutAgainWithIt() throws IOException {
    Outcome afterPages = make("after", stage -> {});
    Outcome startedEarly = make("early", stage -> stage.start(EDITION));

    assertThat(startedEarly.laidOutAgain()).isEqualTo(1);
    assertThat(startedEarly.pdf()).isEqualTo(afterPages.pdf());
  }

  @Test
  void anEditionStartedWithEveryDrawingItShowsIsTakenAsItWasMade() throws IOException {
    Outcome afterPages = make("after", stage -> {});
    Outcome startedEarly = make("early", stage -> {
      stage.drawing(CHART, DRAWING);
      stage.start(EDITION);
    });

    assertThat(startedEarly.laidOutAgain()).isZero();
    assertThat(startedEarly.pdf()).isEqualTo(afterPages.pdf());
  }
}
