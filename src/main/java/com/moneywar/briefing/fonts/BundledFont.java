package com.moneywar.briefing.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The font files the build fetched from npm (package {@code pretendard}, OFL-1.1) and put in the
 * jar. One family for charts, web pages and PDFs, so both languages look the same everywhere.
 */
public enum BundledFont {
  REGULAR_TTF("Pretendard-Regular.ttf"),
  BOLD_TTF("Pretendard-Bold.ttf"),
  LICENSE("LICENSE.txt");

  /** The family name pages and PDFs use in CSS. */
  public static final String FAMILY = "Pretendard";

  private final String fileName;

  BundledFont(String fileName) {
    this.fileName = fileName;
  }

  public String fileName() {
    return fileName;
  }

  public InputStream open() {
    InputStream in = BundledFont.class.getResourceAsStream(fileName);
    if (in == null) {
      throw new IllegalStateException("font " + fileName + " is not in the jar; build it with 'mvn package'");
    }
    return in;
  }

  public byte[] bytes() {
    try (InputStream in = open()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
