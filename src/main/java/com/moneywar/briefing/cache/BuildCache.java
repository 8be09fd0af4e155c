package com.moneywar.briefing.cache;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * A content-addressed store of build outputs in a folder the user may keep between builds and CI
 * runs ({@code .briefing-cache/} in the project by default). An entry is found by the hash of its
 * {@link CacheKey} taken together with the {@link Toolchain}, and is written whole or not at all
 * (a temporary file renamed into place).
 *
 * <p>Each entry starts with a header: the format's magic line and version, its kind, the address it
 * was stored under, the CRC-32C checksum and length of its content. An entry whose header or content does not
 * match (cut short, edited, copied under another name, or written by another format) is reported as
 * {@link Stats#corrupt() corrupt}, deleted and never returned: the build makes that output again.
 * A cache that cannot be written never fails a build; the first failure is kept as a
 * {@link Stats#warning() warning}.
 *
 * <p>{@link #disabled()} reads and writes nothing ({@code --no-cache}). Thread-safe.
 *
 * <pre>{@code
 * BuildCache cache = BuildCache.open(project.resolve(".briefing-cache"), toolchain);
 * byte[] pdf = cache.get(key).orElseGet(() -> { byte[] made = render(); cache.put(key, made); return made; });
 * }</pre>
 */
public final class BuildCache {
  /** The first line of every entry. */
  static final byte[] MAGIC = "briefing-cache\n".getBytes(StandardCharsets.US_ASCII);
  /** Raise when the entry layout changes: entries of another version are foreign. */
  static final int FORMAT = 2;
  /** The folder under the cache's root that holds this format's entries. */
  public static final String FOLDER = "v" + FORMAT;
  /** The default bound on the cache's size: the least recently used entries go first beyond it. */
  public static final long DEFAULT_MAX_BYTES = 1L << 30;
  /** The folder name of the default cache, in the project. */
  public static final String DEFAULT_FOLDER = ".briefing-cache";

  private final Optional<Path> root;
  private final byte[] toolchain;
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();
  private final AtomicInteger corrupt = new AtomicInteger();
  private final AtomicInteger written = new AtomicInteger();
  private final AtomicReference<String> warning = new AtomicReference<>();
  private final Map<String, AtomicInteger> hitsByKind = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> writtenByKind = new ConcurrentHashMap<>();

  private BuildCache(Optional<Path> root, byte[] toolchain) {
    this.root = root;
    this.toolchain = toolchain;
  }

  /** A cache in {@code folder} (made at the first write) for outputs of {@code toolchain}. */
  public static BuildCache open(Path folder, Toolchain toolchain) {
    return new BuildCache(Optional.of(folder.toAbsolutePath().normalize()), toolchain.digest());
  }

  /** The cache in {@code folder} for {@link #size}, {@link #prune} and {@link #clean} only: it finds no entries. */
  public static BuildCache forUpkeep(Path folder) {
    return new BuildCache(Optional.of(folder.toAbsolutePath().normalize()), new byte[0]);
  }

  /** No cache: every lookup misses, nothing is read or written. */
  public static BuildCache disabled() {
    return new BuildCache(Optional.empty(), new byte[0]);
  }

  public boolean enabled() {
    return root.isPresent();
  }

  /** The cache's folder, when enabled. */
  public Optional<Path> folder() {
    return root;
  }

  /** The stored content of {@code key}, when there is a sound entry for it. */
  public Optional<byte[]> get(CacheKey key) {
    if (root.isEmpty()) {
      return Optional.empty();
    }
    byte[] address = address(key);
    Path file = fileOf(key.kind(), address);
    byte[] entry;
    try {
      entry = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      misses.incrementAndGet();
      return Optional.empty();
    } catch (IOException e) {
      misses.incrementAndGet();
      warn("could not read the cache entry " + file + ": " + e.getMessage());
      return Optional.empty();
    }
    Optional<byte[]> content = decode(entry, key.kind(), address);
    if (content.isEmpty()) {
      corrupt.incrementAndGet();
      misses.incrementAndGet();
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        warn("could not delete the corrupt cache entry " + file + ": " + e.getMessage());
      }
      return Optional.empty();
    }
    hits.incrementAndGet();
    hitsByKind.computeIfAbsent(key.kind(), k -> new AtomicInteger()).incrementAndGet();
    touch(file);
    return content;
  }

  /**
   * Whether there is an entry for {@code key}, without reading or checking it: for deciding what to
   * start first. {@link #get} still decides whether the entry is sound.
   */
  public boolean holds(CacheKey key) {
    return root.isPresent() && Files.isRegularFile(fileOf(key.kind(), address(key)));
  }

  /**
   * Marks the entry for {@code key} as used, without reading it, for a caller that still has what
   * the entry holds (the preview's and the daemon's last output): counted as found, so that pruning
   * keeps it. False when there is no entry.
   */
  public boolean keep(CacheKey key) {
    if (root.isEmpty()) {
      return false;
    }
    Path file = fileOf(key.kind(), address(key));
    if (!Files.isRegularFile(file)) {
      return false;
    }
    touch(file);
    hits.incrementAndGet();
    hitsByKind.computeIfAbsent(key.kind(), k -> new AtomicInteger()).incrementAndGet();
    return true;
  }

  /** Stores {@code content} under {@code key}, replacing whatever was there. */
  public void put(CacheKey key, byte[] content) {
    if (root.isEmpty()) {
      return;
    }
    byte[] address = address(key);
    Path file = fileOf(key.kind(), address);
    try {
      Files.createDirectories(file.getParent());
      Path temporary = file.resolveSibling(file.getFileName() + ".tmp-"
          + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
      try {
        Files.write(temporary, encode(key.kind(), address, content));
        try {
          Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
        written.incrementAndGet();
        writtenByKind.computeIfAbsent(key.kind(), k -> new AtomicInteger()).incrementAndGet();
      } finally {
        Files.deleteIfExists(temporary);
      }
    } catch (IOException | UncheckedIOException e) {
      warn("could not write to the cache " + root.get() + " (" + e.getMessage() + "); the build goes on without it");
    }
  }

  /** What this cache has done so far. */
  public Stats stats() {
    return new Stats(hits.get(), misses.get(), corrupt.get(), written.get(), Optional.ofNullable(warning.get()),
        counts(hitsByKind), counts(writtenByKind));
  }

  private static Map<String, Integer> counts(Map<String, AtomicInteger> byKind) {
    Map<String, Integer> counts = new TreeMap<>();
    byKind.forEach((kind, n) -> counts.put(kind, n.get()));
    return counts;
  }

  /**
   * Counts of one build: entries found, not found (corrupt ones included), found corrupt and
   * deleted, written; the first problem with the cache folder, if any; entries found and written by
   * kind ({@code pdf}, {@code charts}, {@code preview}).
   */
  public record Stats(int hits, int misses, int corrupt, int written, Optional<String> warning,
      Map<String, Integer> hitsByKind, Map<String, Integer> writtenByKind) {
    public Stats {
      hitsByKind = Map.copyOf(hitsByKind);
      writtenByKind = Map.copyOf(writtenByKind);
    }

    /** Entries of {@code kind} found. */
    public int hits(String kind) {
      return hitsByKind.getOrDefault(kind, 0);
    }

    /** Entries of {@code kind} written. */
    public int written(String kind) {
      return writtenByKind.getOrDefault(kind, 0);
    }
  }

  /**
   * Deletes the least recently used entries (by the time they were last written or found) until the
   * cache holds at most {@code maxBytes}, and any entry of another format. Returns the bytes freed.
   */
  public long prune(long maxBytes) {
    if (root.isEmpty() || !Files.isDirectory(root.get())) {
      return 0;
    }
    long freed = 0;
    try {
      freed += removeOtherFormats(root.get());
      // One look at each file, its size and time together: with thousands of entries, a look for
      // each of them is most of a rebuild's upkeep.
      List<Sized> sized = sizedEntries(root.get().resolve(FOLDER));
      long total = sized.stream().mapToLong(Sized::size).sum();
      if (total <= maxBytes) {
        return freed;
      }
      sized.sort(Comparator.comparing(Sized::used).thenComparing(s -> s.file().toString()));
      for (Sized s : sized) {
        if (total <= maxBytes) {
          break;
        }
        Files.deleteIfExists(s.file());
        total -= s.size();
        freed += s.size();
      }
    } catch (IOException | UncheckedIOException e) {
      warn("could not prune the cache " + root.get() + ": " + e.getMessage());
    }
    return freed;
  }

  /** Deletes every entry and the cache folder itself; returns the bytes freed. */
  public long clean() throws IOException {
    if (root.isEmpty() || !Files.isDirectory(root.get())) {
      return 0;
    }
    long freed = 0;
    List<Path> all;
    try (Stream<Path> walk = Files.walk(root.get())) {
      all = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : all) {
      if (Files.isRegularFile(p)) {
        freed += Files.size(p);
      }
      Files.deleteIfExists(p);
    }
    return freed;
  }

  /** The size in bytes of every entry in the cache. */
  public long size() throws IOException {
    if (root.isEmpty() || !Files.isDirectory(root.get())) {
      return 0;
    }
    long total = 0;
    for (Path entry : entries(root.get())) {
      total += Files.size(entry);
    }
    return total;
  }

  private static long removeOtherFormats(Path root) throws IOException {
    long freed = 0;
    List<Path> others;
    try (Stream<Path> list = Files.list(root)) {
      others = list.filter(p -> Files.isDirectory(p) && p.getFileName().toString().matches("v\\d+")
          && !p.getFileName().toString().equals(FOLDER)).toList();
    }
    for (Path other : others) {
      for (Path entry : entries(other)) {
        freed += Files.size(entry);
      }
      try (Stream<Path> walk = Files.walk(other)) {
        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
    return freed;
  }

  /** An entry's file, its size and when it was last used. */
  private record Sized(Path file, long size, FileTime used) {}

  /** Every entry under {@code folder}, each with its size and time, taken in one look. */
  private static List<Sized> sizedEntries(Path folder) throws IOException {
    List<Sized> sized = new ArrayList<>();
    if (!Files.isDirectory(folder)) {
      return sized;
    }
    Files.walkFileTree(folder, new java.nio.file.SimpleFileVisitor<>() {
      @Override
      public java.nio.file.FileVisitResult visitFile(Path file, java.nio.file.attribute.BasicFileAttributes attrs) {
        if (attrs.isRegularFile()) {
          sized.add(new Sized(file, attrs.size(), attrs.lastModifiedTime()));
        }
        return java.nio.file.FileVisitResult.CONTINUE;
      }

      @Override
      public java.nio.file.FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (e instanceof NoSuchFileException) {
          return java.nio.file.FileVisitResult.CONTINUE; // removed by another build meanwhile
        }
        throw e;
      }
    });
    return sized;
  }

  private static List<Path> entries(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private byte[] address(CacheKey key) {
    MessageDigest sha = CacheKey.sha256();
    sha.update(MAGIC);
    sha.update((byte) FORMAT);
    sha.update(toolchain);
    sha.update(key.kind().getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(key.digest());
    return sha.digest();
  }

  private Path fileOf(String kind, byte[] address) {
    String hex = HexFormat.of().formatHex(address);
    return root.orElseThrow().resolve(FOLDER).resolve(kind).resolve(hex.substring(0, 2)).resolve(hex.substring(2));
  }

  static byte[] encode(String kind, byte[] address, byte[] content) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(content.length + 128);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.write(MAGIC);
      out.writeInt(FORMAT);
      out.writeUTF(kind);
      out.write(address);
      out.writeInt(crc32c(content));
      out.writeLong(content.length);
      out.write(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The content of a sound entry stored for {@code kind} at {@code address}; empty for anything else. */
  static Optional<byte[]> decode(byte[] entry, String kind, byte[] address) {
    try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(entry))) {
      byte[] magic = in.readNBytes(MAGIC.length);
      if (!Arrays.equals(magic, MAGIC) || in.readInt() != FORMAT || !in.readUTF().equals(kind)
          || !Arrays.equals(in.readNBytes(32), address)) {
        return Optional.empty();
      }
      int checksum = in.readInt();
      long length = in.readLong();
      if (length < 0 || length != in.available()) {
        return Optional.empty();
      }
      byte[] content = in.readNBytes((int) length);
      return crc32c(content) == checksum ? Optional.of(content) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * The checksum that finds an entry damaged on the disk or cut short: CRC-32C, which the processor
   * computes (a SHA-256 of every entry read back was most of a rebuild's time). The entry's address
   * is a SHA-256 of its key; the checksum only guards its bytes against accidents.
   */
  private static int crc32c(byte[] content) {
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(content);
    return (int) crc.getValue();
  }

  /** Marks an entry as just used, so that pruning keeps it; a failure only makes it go sooner. */
  private static void touch(Path file) {
    try {
      Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
    } catch (IOException e) {
      // pruned a little earlier than it might have been
    }
  }

  private void warn(String message) {
    warning.compareAndSet(null, requireNonNull(message));
  }
}
