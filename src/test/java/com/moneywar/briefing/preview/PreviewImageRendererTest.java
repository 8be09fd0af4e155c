package com.moneywar.briefing.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PreviewImageRendererTest {
  private static final PreviewCard KO = new PreviewCard("AI 쩐의 전쟁 브리핑",
      "아마존, 앤스로픽 투자 마무리… 빅테크 ‘AI 쩐의 전쟁’ 가열", "2024년 3월 28일", "아마존 → 앤스로픽", "40억달러");

  @Test
  void isA1200By630PngWithTheSameBytesEveryTime() throws IOException {
    byte[] png = new PreviewImageRenderer().render(KO);
    assertThat(new PreviewImageRenderer().render(KO)).isEqualTo(png);
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(630);
    if (System.getProperty("preview.out") != null) {
      Files.write(Path.of(System.getProperty("preview.out")), png);
    }
  }

  @Test
  void theTitleIsDrawnAndADifferentTitleGivesADifferentImage() throws IOException {
    byte[] a = new PreviewImageRenderer().render(KO);
    byte[] b = new PreviewImageRenderer().render(new PreviewCard(KO.site(), "다른 제목", KO.date(), KO.figureLabel(),
        KO.figure()));
    assertThat(a).isNotEqualTo(b);
    // Ink covers part of the title band; a card drawn blank would cover none.
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(a));
    int dark = 0;
    for (int y = 140; y < 330; y++) {
      for (int x = 72; x < 1128; x++) {
        int rgb = image.getRGB(x, y) & 0xffffff;
        if (((rgb >> 16) & 0xff) < 100) {
          dark++;
        }
      }
    }
    assertThat(dark).as("dark pixels in the title band").isGreaterThan(5_000);
  }

  @Test
  void aKoreanTitleBreaksOnlyAtSpacesAndALongOneShrinksToThreeLines() {
    var font = PreviewImageRenderer.boldFont().deriveFont(64f);
    List<String> lines = PreviewImageRenderer.wrap(KO.title(), font, 1056);
    assertThat(String.join(" ", lines)).isEqualTo(KO.title());
    assertThat(lines).allSatisfy(l -> assertThat(PreviewImageRenderer.width(l, font)).isLessThanOrEqualTo(1056));
    assertThat(PreviewImageRenderer.fit("앤스로픽".repeat(40), font, 600)).endsWith("…");
  }

  @Test
  void aTitleOfThreeLinesShrinksUntilTheDateIsClearOfTheFigureLabel() {
    // Three lines at 64 px put the date on the figure's label; this title takes three lines at 64 px.
    String title = "아마존, 앤스로픽 투자 마무리… 빅테크 ‘AI 쩐의 전쟁’ 가열, 구글과 마이크로소프트도 수십억달러 베팅";
    PreviewImageRenderer.Title withFigure = PreviewImageRenderer.title(title, true);
    assertThat(PreviewImageRenderer.title(title, false).font().getSize2D()).isEqualTo(64f);
    assertThat(PreviewImageRenderer.title(title, false).lines()).hasSize(3);
    assertThat(withFigure.lines()).hasSize(3);
    assertThat(String.join(" ", withFigure.lines())).isEqualTo(title);
    assertThat(withFigure.dateBaseline() + PreviewImageRenderer.DATE_TO_LABEL)
        .isLessThanOrEqualTo(PreviewImageRenderer.LABEL_BASELINE);
  }
}
