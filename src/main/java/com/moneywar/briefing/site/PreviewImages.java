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
 * previews by address) and an image the build's cache holds under that name is taken from there
 * instead of drawn again: a series of hundreds of editions draws only what changed.
 * Thread-safe.
 */
final class PreviewImages {
  /** Raise when the drawing changes, so that images drawn the old way are not reused. */
  private static final String DRAWING_VERSION = "2";
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private final PreviewImageRenderer renderer = new PreviewImageRenderer();
  private final PreviousOutput previous;
  private final Drawn drawn;

  PreviewImages(PreviousOutput previous) {
    this(previous, (path, png) -> {});
  }

  PreviewImages(PreviousOutput previous, Drawn drawn) {
    this.previous = previous;
    this.drawn = drawn;
  }

  /** A made image: where it goes under the output, and its bytes. */
  record Image(String path, byte[] png) {}

  /** The image of {@code card}, to go beside {@code stem} ({@code ko/briefings/x} → {@code ko/briefings/x.<hash>.png}). */
  Image of(String stem, PreviewCard card) {
    String key = String.join("\n", DRAWING_VERSION, card.site(), card.title(), card.date(), card.figureLabel(),
        card.figure());
    String path = ContentHashedName.of(stem + ".png", key.getBytes(StandardCharsets.UTF_8));
    Optional<byte[]> reused = previous.read(path).filter(PreviewImages::isPng);
    if (reused.isPresent()) {
      return new Image(path, reused.get());
    }
    byte[] png = renderer.render(card);
    drawn.keep(path, png);
    return new Image(path, png);
  }

  /** The image drawn before at {@code path}, if the build's cache still holds it. */
  Optional<Image> reuse(String path) {
    return previous.read(path).filter(PreviewImages::isPng).map(png -> new Image(path, png));
  }

  private static boolean isPng(byte[] bytes) {
    return bytes.length > PNG_SIGNATURE.length
        && Arrays.equals(Arrays.copyOf(bytes, PNG_SIGNATURE.length), PNG_SIGNATURE);
  }

  /** Takes an image just drawn, by its path under the output (the build's cache keeps it). */
  @FunctionalInterface
  interface Drawn {
    void keep(String path, byte[] png);
  }

  /** Reads an image drawn before (by the build's cache), if there is one at that path. */
  @FunctionalInterface
  interface PreviousOutput {
    Optional<byte[]> read(String path);

    static PreviousOutput none() {
      return path -> Optional.empty();
    }
  }
}
