package com.moneywar.briefing.cache;

import static java.util.Objects.requireNonNull;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * What one cached output is made from, as a SHA-256: its kind ({@code pdf}, {@code charts},
 * {@code preview}) and every input added to its {@link Builder}, each tagged and length-prefixed so
 * that no two different lists of inputs hash alike. Immutable.
 *
 * <pre>{@code
 * CacheKey key = CacheKey.builder("pdf").add("ko").add(xhtml).add(chartBytes).build();
 * }</pre>
 */
public final class CacheKey {
  private final String kind;
  private final byte[] digest;

  private CacheKey(String kind, byte[] digest) {
    this.kind = kind;
    this.digest = digest;
  }

  /** A key of {@code kind}: lower-case letters and hyphens, used as a folder name in the cache. */
  public static Builder builder(String kind) {
    return new Builder(kind);
  }

  public String kind() {
    return kind;
  }

  /** The 32 bytes of the key's SHA-256. */
  public byte[] digest() {
    return digest.clone();
  }

  public String hex() {
    return HexFormat.of().formatHex(digest);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CacheKey k && k.kind.equals(kind) && Arrays.equals(k.digest, digest);
  }

  @Override
  public int hashCode() {
    return kind.hashCode() * 31 + Arrays.hashCode(digest);
  }

  @Override
  public String toString() {
    return kind + ":" + hex();
  }

  /** Collects the inputs of one key. Not thread-safe. */
  public static final class Builder {
    private final String kind;
    private final MessageDigest sha = sha256();

    private Builder(String kind) {
      requireNonNull(kind, "kind");
      if (!kind.matches("[a-z][a-z-]*")) {
        throw new IllegalArgumentException("kind must be lower-case letters and hyphens, was '" + kind + "'");
      }
      this.kind = kind;
      add(kind);
    }

    public Builder add(String text) {
      return tagged('s', requireNonNull(text, "text").getBytes(StandardCharsets.UTF_8));
    }

    public Builder add(byte[] bytes) {
      return tagged('b', requireNonNull(bytes, "bytes"));
    }

    public Builder add(long number) {
      return tagged('n', ByteBuffer.allocate(8).putLong(number).array());
    }

    /**
     * Adds a value made of records, lists, maps, strings, numbers, dates and enums, by its content
     * (see {@link Fingerprint}); throws {@link IllegalArgumentException} for a value of another type.
     */
    public Builder addValue(Fingerprint fingerprint, Object value) {
      return tagged('v', fingerprint.of(value));
    }

    public CacheKey build() {
      return new CacheKey(kind, sha.digest());
    }

    private Builder tagged(char tag, byte[] bytes) {
      sha.update((byte) tag);
      sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
      sha.update(bytes);
      return this;
    }
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
