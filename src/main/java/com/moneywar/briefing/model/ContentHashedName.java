package com.moneywar.briefing.model;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * File names that change exactly when their content does ({@code style.css} →
 * {@code style.3f9a1c07d2.css}), so a host can be told to cache such files for a year: a changed
 * file gets a new name, and the pages that name it change with it.
 */
public final class ContentHashedName {
  private ContentHashedName() {}

  /** {@code path} with the first ten hex digits of its content's SHA-256 before its extension. */
  public static String of(String path, byte[] content) {
    return withDigest(path, sha256(content));
  }

  /** The SHA-256 of {@code content}, as a name is taken from it. */
  public static byte[] sha256(byte[] content) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(content);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /** {@code path} named by a SHA-256 already taken of its content ({@code sha256}). */
  public static String withDigest(String path, byte[] sha256) {
    String hash = HexFormat.of().formatHex(sha256, 0, 5);
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    return dot > slash + 1 ? path.substring(0, dot) + "." + hash + path.substring(dot) : path + "." + hash;
  }
}
