package com.moneywar.briefing.testing;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;

/** An SVG drawn by Batik, the SVG engine the PDF step uses, at its own size, on white. */
public final class SvgRaster {
  private SvgRaster() {}

  /** The drawing of {@code svg}; fails the test, naming {@code name}, when Batik cannot draw it. */
  public static BufferedImage of(byte[] svg, String name) {
    BufferedImage[] image = new BufferedImage[1];
    ImageTranscoder transcoder = new ImageTranscoder() {
      @Override
      public BufferedImage createImage(int width, int height) {
        return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      }

      @Override
      public void writeImage(BufferedImage img, TranscoderOutput output) {
        image[0] = img;
      }
    };
    transcoder.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
    try {
      transcoder.transcode(new TranscoderInput(new ByteArrayInputStream(svg)), null);
    } catch (TranscoderException e) {
      throw new AssertionError("Batik cannot draw " + name, e);
    }
    return image[0];
  }
}
