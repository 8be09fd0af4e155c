package com.moneywar.briefing.cache;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The SHA-256 of a value's content, the same in every process: records by their class and every
 * component, lists in order, sets and maps in a sorted order of their members' hashes (their
 * iteration order may differ between runs), strings as UTF-8, numbers exactly as written
 * ({@code 1.0} and {@code 1.00} differ), dates and enums by name. Any other type is refused with an
 * {@link IllegalArgumentException} rather than guessed at, so that a key never leaves out an input.
 *
 * <p>The hash of each record is remembered by identity, since the model's records are immutable and
 * every edition of a series shares most of its rows with the others. Thread-safe.
 */
public final class Fingerprint {
  private static final HexComparator BY_BYTES = new HexComparator();

  private final Map<Object, byte[]> records = Collections.synchronizedMap(new IdentityHashMap<>());
  /** The hashes the fingerprint before remembered (only its own: no chain of builds is kept). */
  private final Map<Object, byte[]> remembered;

  public Fingerprint() {
    this(null);
  }

  /**
   * A fingerprint that also takes the hashes {@code before} remembered (by identity), and
   * remembers those it uses: a process that builds many times hands each build's fingerprint to
   * the next, so that the records a build shares with the one before (texts read again as the same
   * objects) are not hashed again, and what no build uses any more is let go.
   */
  public Fingerprint(Fingerprint before) {
    this.remembered = before == null ? Map.of() : before.records;
  }

  /** The 32-byte hash of {@code value}. */
  public byte[] of(Object value) {
    MessageDigest sha = CacheKey.sha256();
    write(sha, value);
    return sha.digest();
  }

  private void write(MessageDigest sha, Object value) {
    if (value == null) {
      sha.update((byte) 0);
    } else if (value instanceof String s) {
      text(sha, 's', s);
    } else if (value instanceof Record r) {
      byte[] digest = records.get(r);
      if (digest == null) {
        digest = remembered.get(r);
        if (digest == null) {
          digest = recordDigest(r);
        }
        records.put(r, digest);
      }
      bytes(sha, 'r', digest);
    } else if (value instanceof List<?> list) {
      sha.update((byte) 'l');
      sha.update(intBytes(list.size()));
      list.forEach(item -> write(sha, item));
    } else if (value instanceof Set<?> set) {
      unordered(sha, 'u', set);
    } else if (value instanceof Collection<?> other) {
      // A collection that is neither a list nor a set: its order is taken as it comes.
      sha.update((byte) 'c');
      sha.update(intBytes(other.size()));
      other.forEach(item -> write(sha, item));
    } else if (value instanceof Map<?, ?> map) {
      List<byte[]> entries = new ArrayList<>();
      map.forEach((k, v) -> {
        MessageDigest entry = CacheKey.sha256();
        write(entry, k);
        write(entry, v);
        entries.add(entry.digest());
      });
      entries.sort(BY_BYTES);
      sha.update((byte) 'm');
      sha.update(intBytes(entries.size()));
      entries.forEach(sha::update);
    } else if (value instanceof Optional<?> optional) {
      sha.update((byte) 'o');
      write(sha, optional.orElse(null));
    } else if (value instanceof Enum<?> e) {
      text(sha, 'e', e.getDeclaringClass().getName() + "." + e.name());
    } else if (value instanceof byte[] bytes) {
      bytes(sha, 'b', bytes);
    } else if (value instanceof BigDecimal || value instanceof BigInteger || value instanceof Integer
        || value instanceof Long || value instanceof Short || value instanceof Byte || value instanceof Boolean
        || value instanceof Character) {
      text(sha, 'n', value.getClass().getName() + ":" + value);
    } else if (value instanceof Double d) {
      text(sha, 'n', "double:" + Long.toHexString(Double.doubleToLongBits(d)));
    } else if (value instanceof Float f) {
      text(sha, 'n', "float:" + Integer.toHexString(Float.floatToIntBits(f)));
    } else if (value.getClass().getName().startsWith("java.time.") || value instanceof URI || value instanceof Path
        || value instanceof Currency || value instanceof Locale || value instanceof java.util.UUID) {
      // Value classes of the JDK whose string form is their whole content.
      text(sha, 'v', value.getClass().getName() + ":" + value);
    } else {
      throw new IllegalArgumentException("cannot fingerprint a " + value.getClass().getName()
          + ": only records, collections, maps, strings, numbers, dates and enums");
    }
  }

  private byte[] recordDigest(Record r) {
    MessageDigest sha = CacheKey.sha256();
    text(sha, 'R', r.getClass().getName());
    for (RecordComponent component : r.getClass().getRecordComponents()) {
      text(sha, 'k', component.getName());
      try {
        var accessor = component.getAccessor();
        accessor.setAccessible(true);
        write(sha, accessor.invoke(r));
      } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
        if (e instanceof IllegalArgumentException refused) {
          throw refused;
        }
        throw new IllegalArgumentException("cannot read " + r.getClass().getName() + "." + component.getName(), e);
      }
    }
    return sha.digest();
  }

  private void unordered(MessageDigest sha, char tag, Collection<?> members) {
    List<byte[]> digests = new ArrayList<>();
    for (Object member : members) {
      MessageDigest one = CacheKey.sha256();
      write(one, member);
      digests.add(one.digest());
    }
    digests.sort(BY_BYTES);
    sha.update((byte) tag);
    sha.update(intBytes(digests.size()));
    digests.forEach(sha::update);
  }

  private static void text(MessageDigest sha, char tag, String s) {
    bytes(sha, tag, s.getBytes(StandardCharsets.UTF_8));
  }

  private static void bytes(MessageDigest sha, char tag, byte[] bytes) {
    sha.update((byte) tag);
    sha.update(intBytes(bytes.length));
    sha.update(bytes);
  }

  private static byte[] intBytes(int n) {
    return ByteBuffer.allocate(4).putInt(n).array();
  }

  private static final class HexComparator implements Comparator<byte[]> {
    @Override
    public int compare(byte[] a, byte[] b) {
      return Arrays.compareUnsigned(a, b);
    }
  }
}
