package com.moneywar.briefing.site;

import com.moneywar.briefing.model.ContentHashedName;
import com.moneywar.briefing.preview.PreviewCard;
import com.moneywar.briefing.preview.PreviewImageRenderer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Makes the link-preview images of a build. Each is named by what it shows
 * ({@code ko/briefings/<slug>.<hash>.png}), so a new name means a new image (social networks cache
 * previews by address) and an image already in the previous output under that name is taken from
 * there instead of drawn again: a series of hundreds of editions draws only what changed.
 * Thread-safe.
 */
final class PreviewImages {
  /** Raise when the drawing changes, so that images drawn the old way are not reused. */
  private static final String DRAWING_VERSION = "1";
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private final PreviewImageRenderer renderer = new PreviewImageRenderer();
  private final PreviousOutput previous;

  PreviewImages(PreviousOutput previous) {
    this.previous = previous;
  }

  /** A made image: where it goes under the output, and its bytes. */
  record Image(String path, byte[] png) {}

  /** The image of {@code card}, to go beside {@code stem} ({@code ko/briefings/x} → {@code ko/briefings/x.<hash>.png}). */
  Image of(String stem, PreviewCard card) {
    String key = String.join("\n", DRAWING_VERSION, card.site(), card.title(), card.date(), card.figureLabel(),
        card.figure());
    String path = ContentHashedName.of(stem + ".png", key.getBytes(StandardCharsets.UTF_8));
    byte[] png = previous.read(path).filter(PreviewImages::isPng).orElseGet(() -> renderer.render(card));
    return new Image(path, png);
  }

  private static boolean isPng(byte[] bytes) {
    return bytes.length > PNG_SIGNATURE.length
        && Arrays.equals(Arrays.copyOf(bytes, PNG_SIGNATURE.length), PNG_SIGNATURE);
  }

  /** Reads a file of the previous build's output, if it has one at that path. */
  @FunctionalInterface
  interface PreviousOutput {
    Optional<byte[]> read(String path);

    static PreviousOutput none() {
      return path -> Optional.empty();
    }
  }
}
