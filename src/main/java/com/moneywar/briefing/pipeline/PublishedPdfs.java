package com.moneywar.briefing.pipeline;

import com.moneywar.briefing.cache.CacheKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The PDFs that the last build of a process that builds the same project many times (the preview,
 * the build daemon) published: for each path, the cache key it was made under and its file as
 * published (size, file key, and its modification and status-change times). An edition whose PDF
 * has the same key in the next build, and whose file in the output is still that file, is handed
 * over as it is (linked), not read from the cache and compared byte for byte with the output: for a
 * series of 500 PDFs, most of a rebuild's reading. A file written to since has another status-change
 * time (which no one can set back), and is then taken from the cache as before; so is every file
 * where the system does not tell that time. Thread-safe.
 */
final class PublishedPdfs {
  /** A file as published: its size, times and file key, which must all be the same to be trusted. */
  private record Stat(long size, FileTime modified, FileTime changed, Object fileKey) {}

  private record Published(String key, Stat stat) {}

  private Path out;
  private Map<String, Published> files = Map.of();
  /** The PDFs of the build under way: path → key. */
  private final Map<String, String> pending = new ConcurrentHashMap<>();

  /** Starts a build into {@code out}: what was published into another folder is forgotten. */
  synchronized void beginBuild(Path out) {
    Path folder = out.toAbsolutePath().normalize();
    pending.clear();
    if (!folder.equals(this.out)) {
      this.out = folder;
      files = Map.of();
    }
  }

  /**
   * Whether the output's file at {@code path} is the one published from {@code key} by the last
   * build, untouched since.
   */
  synchronized boolean unchanged(String path, CacheKey key) {
    Published p = files.get(path);
    return p != null && p.key().equals(key.hex()) && stat(out.resolve(path)).filter(p.stat()::equals).isPresent();
  }

  /** Notes that this build puts the PDF made from {@code key} at {@code path}. */
  void made(String path, CacheKey key) {
    pending.put(path, key.hex());
  }

  /** After this build published: remembers each of its PDFs as the output holds it now. */
  synchronized void published() {
    Map<String, Published> now = new HashMap<>();
    pending.forEach((path, key) -> stat(out.resolve(path)).ifPresent(stat -> now.put(path, new Published(key, stat))));
    files = now;
    pending.clear();
  }

  /** The file's stat; empty when it cannot be read, or the system tells no status-change time or file key. */
  private static java.util.Optional<Stat> stat(Path file) {
    try {
      Map<String, Object> a = Files.readAttributes(file, "unix:size,lastModifiedTime,ctime,fileKey",
          LinkOption.NOFOLLOW_LINKS);
      if (a.get("ctime") instanceof FileTime changed && a.get("fileKey") != null
          && a.get("lastModifiedTime") instanceof FileTime modified && a.get("size") instanceof Long size) {
        return java.util.Optional.of(new Stat(size, modified, changed, a.get("fileKey")));
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      // not to be trusted
    }
    return java.util.Optional.empty();
  }
}
