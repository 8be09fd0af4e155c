package com.moneywar.briefing.cache;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * What made an output, besides its own inputs: the tool's version, a hash of its code (the jar it
 * runs from) and a hash of the fonts it draws with. Every cache key is taken together with it, so
 * a new version of the tool, or a change in its code or its fonts, finds none of the old entries.
 *
 * @param version the tool's version, such as {@code 0.1.0}
 * @param code the SHA-256 of the tool's jar, or of something unique to the process when it does not
 *     run from a jar (then nothing is reused across processes)
 * @param fonts the SHA-256 of the font files
 */
public record Toolchain(String version, byte[] code, byte[] fonts) {
  public Toolchain {
    requireNonNull(version, "version");
    code = code.clone();
    fonts = fonts.clone();
  }

  @Override
  public byte[] code() {
    return code.clone();
  }

  @Override
  public byte[] fonts() {
    return fonts.clone();
  }

  /** The one hash of all three. */
  byte[] digest() {
    MessageDigest sha = CacheKey.sha256();
    sha.update(version.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(code);
    sha.update((byte) 0);
    sha.update(fonts);
    return sha.digest();
  }
}
