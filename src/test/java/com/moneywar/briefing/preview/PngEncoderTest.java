package com.moneywar.briefing.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngEncoderTest {
  private static final PreviewCard EN = new PreviewCard("AI Money War Briefing",
      "Amazon completes its Anthropic investment as Big Tech's AI money war heats up", "March 28, 2024",
      "Amazon → Anthropic", "$4 billion");

  @Test
  void aCardDecodesToExactlyThePixelsDrawn() throws IOException {
    BufferedImage drawn = new PreviewImageRenderer().draw(EN);
    assertSamePixels(drawn, decode(PngEncoder.encode(drawn)));
  }

  @Test
  void anImageWhoseRowsAllDifferAndRepeatDecodesExactly() throws IOException {
    // Random colours in every row (filter None), then runs of repeated rows (filter Up), odd sizes:
    // ending on a run of repeats (a compressed run reused from an earlier image) or on a drawn row.
    for (int height = 21; height <= 26; height++) {
      BufferedImage image = new BufferedImage(37, height, BufferedImage.TYPE_INT_RGB);
      Random random = new Random(7);
      for (int y = 0; y < image.getHeight(); y++) {
        boolean repeat = y % 5 >= 2;
        for (int x = 0; x < image.getWidth(); x++) {
          image.setRGB(x, y, repeat ? image.getRGB(x, y - 1) : random.nextInt(0x1000000));
        }
      }
      assertSamePixels(image, decode(PngEncoder.encode(image)));
    }
  }

  @Test
  void isEightBitRgbWithOnlyTheThreeChunksAndEveryChecksumRight() throws IOException {
    byte[] png = PngEncoder.encode(new PreviewImageRenderer().draw(EN));
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
    assertThat(in.readNBytes(8)).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
    List<String> types = new ArrayList<>();
    byte[] header = null;
    while (in.available() > 0) {
      int length = in.readInt();
      byte[] type = in.readNBytes(4);
      byte[] data = in.readNBytes(length);
      CRC32 crc = new CRC32();
      crc.update(type);
      crc.update(data);
      String name = new String(type, StandardCharsets.US_ASCII);
      assertThat(in.readInt()).as("CRC of " + name).isEqualTo((int) crc.getValue());
      types.add(name);
      if (name.equals("IHDR")) {
        header = data;
      }
    }
    assertThat(types).containsExactly("IHDR", "IDAT", "IEND");
    assertThat(header).containsExactly(0, 0, 0x04, 0xb0, 0, 0, 0x02, 0x76, 8, 2, 0, 0, 0); // 1200×630, 8-bit RGB
  }

  @Test
  void takesOnlyWholeIntRgbImages() {
    assertThatThrownBy(() -> PngEncoder.encode(new BufferedImage(4, 4, BufferedImage.TYPE_INT_ARGB)))
        .hasMessageContaining("TYPE_INT_RGB");
    BufferedImage whole = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    assertThatThrownBy(() -> PngEncoder.encode(whole.getSubimage(2, 2, 4, 4)))
        .hasMessageContaining("part of a larger one");
  }

  private static BufferedImage decode(byte[] png) throws IOException {
    return ImageIO.read(new ByteArrayInputStream(png));
  }

  private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
    assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
    assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
    int differ = 0;
    for (int y = 0; y < expected.getHeight(); y++) {
      for (int x = 0; x < expected.getWidth(); x++) {
        if ((expected.getRGB(x, y) & 0xffffff) != (actual.getRGB(x, y) & 0xffffff)) {
          differ++;
        }
      }
    }
    assertThat(differ).as("pixels that differ").isZero();
  }
}
