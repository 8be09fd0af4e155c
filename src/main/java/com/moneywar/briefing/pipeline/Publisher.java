package com.moneywar.briefing.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * Puts a finished site in place without ever leaving a half-written one: files go to a temporary
 * sibling of the output folder, which then takes the output's place; the old output is removed
 * only after the swap. On failure the temporary folder is removed and the old output is intact.
 *
 * <p>A hidden marker file beside the output ({@code .site.briefing-site} next to {@code site/})
 * records that this tool wrote the folder, so that it is replaced only when it is empty or marked:
 * a mistyped {@code --out} (the project, a home folder) can never be swapped away. The marker is
 * kept outside the folder so that what is published (a Pages artifact, an upload) holds the site
 * and nothing else.
 *
 * <p>A build opens the staging folder with {@link #begin} before it renders and hands it each file
 * as soon as it is made, so that writing, which mostly waits on the disk, overlaps the rendering
 * that keeps the cores busy. {@link Staging#commit} then writes what is left and swaps.
 */
final class Publisher {
  /** How the marker beside an output folder ends: {@code .site.briefing-site} for {@code site/}. */
  static final String MARKER_SUFFIX = ".briefing-site";

  /**
   * The marker as earlier versions kept it, inside the output. A folder holding it is still
   * replaced, and the new output leaves it out, the marker beside it taking its place.
   */
  static final String MARKER_INSIDE = ".briefing-site";

  /** Threads that write files; more than four gained nothing on the machines we measured. */
  private static final int WRITERS = 4;

  /** What removes an output once the swap has replaced it. */
  private final RetiredOutputs retired;

  /** A publisher that removes the output it replaces before its commit returns. */
  Publisher() {
    this(RetiredOutputs.atOnce());
  }

  /** A publisher that hands the output it replaces to {@code retired}. */
  Publisher(RetiredOutputs retired) {
    this.retired = retired;
  }

  /** The marker beside {@code out}, which says that this tool wrote {@code out}. */
  static Path markerOf(Path out) {
    return out.resolveSibling("." + out.getFileName() + MARKER_SUFFIX);
  }

  private static byte[] markerText(Path out) {
    return ("The folder '" + out.getFileName() + "' next to this file is written by 'briefing build' and replaced\n"
        + "whole on every build. Do not keep other files in it.\n").getBytes(StandardCharsets.UTF_8);
  }

  void publish(Map<String, byte[]> files, Path out) throws IOException {
    publish(files, out, new ReentrantLock());
  }

  /** Publishes with {@code swap} held only while the new folder takes the old one's place. */
  void publish(Map<String, byte[]> files, Path out, Lock swap) throws IOException {
    try (Staging staging = begin(out)) {
      staging.commit(files, swap);
    }
  }

  /**
   * Checks that {@code out} may be replaced, removes what a killed build left next to it and opens
   * a new staging folder there. Nothing in {@code out} changes until {@link Staging#commit}.
   */
  Staging begin(Path out) throws IOException {
    out = out.toAbsolutePath().normalize();
    Path parent = out.getParent();
    if (parent == null) {
      throw new IOException("refusing to replace the root folder " + out);
    }
    checkReplaceable(out);
    Files.createDirectories(parent);
    // The output the last build replaced is removed first: else it would look like a leftover.
    retired.awaitRemoved();
    removeLeftovers(parent, out.getFileName().toString());
    return new Staging(out, newFolder(parent, "." + out.getFileName() + "-new-"), retired);
  }

  /**
   * A new, empty folder with a name no other build uses. Not {@code Files.createTempDirectory}: its
   * folders are private to their owner (0700), and the staging folder becomes the published site,
   * which a web server running as another user must be able to read. This one follows the umask.
   */
  private static Path newFolder(Path parent, String prefix) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path folder = parent.resolve(prefix + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36));
      try {
        return Files.createDirectory(folder);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 9) {
          throw e;
        }
      }
    }
  }

  private static void checkReplaceable(Path out) throws IOException {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new FileAlreadyExistsException(out.toString(), null, "the output path is a file, not a folder");
    }
    if (Files.isDirectory(out) && !Files.isRegularFile(markerOf(out)) && !Files.exists(out.resolve(MARKER_INSIDE))
        && !isEmpty(out)) {
      throw new IOException(out + " holds files that 'briefing build' did not write (no " + markerOf(out).getFileName()
          + " next to it); choose an empty or new folder with --out, or delete this one yourself");
    }
  }

  /**
   * A new output being written in a hidden sibling folder. {@link #put} is safe to call from any
   * thread; closing without a commit removes the folder.
   */
  static final class Staging implements AutoCloseable {
    private final Path out;
    private final Path staging;
    private final ExecutorService writers = Executors.newFixedThreadPool(WRITERS, r -> {
      Thread t = new Thread(r, "briefing-publish");
      t.setDaemon(true);
      return t;
    });
    /**
     * Each path handed over, with its latest write. Only the write is kept, not the bytes: once a
     * file is on the disk its bytes can be collected, so a build of hundreds of PDFs and thousands
     * of charts never holds its whole output in memory.
     */
    private final Map<String, Future<?>> sent = new ConcurrentHashMap<>();
    private final Queue<Future<?>> pending = new ConcurrentLinkedQueue<>();
    /** Folders made so far; a writer waits while another one makes the folder it needs. */
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    /** Paths the current output has with other bytes than the new output's (see {@link #replaced}). */
    private final java.util.Set<String> replaced = ConcurrentHashMap.newKeySet();

    private final RetiredOutputs retired;

    private Staging(Path out, Path staging, RetiredOutputs retired) {
      this.out = out;
      this.staging = staging;
      this.retired = retired;
    }

    /**
     * Starts writing {@code content} to {@code path} under the new output; the caller may drop the
     * bytes at once. A path handed over again is written again once its earlier write is done, so
     * the last bytes handed over for a path are the ones published.
     */
    void put(String path, byte[] content) {
      sent.compute(path, (p, earlier) -> {
        Future<?> write = writers.submit(() -> {
          if (earlier != null) {
            awaitWrite(earlier);
          }
          write(p, content, earlier != null);
          return null;
        });
        pending.add(write);
        return write;
      });
    }

    /**
     * Hands over the current output's file at {@code from} as it is, without reading it, as the
     * new output's {@code path}: linked (copied where the file system cannot link). For files the
     * build keeps rather than makes again (the PDFs of a build without the PDF stage), which may
     * be hundreds of megabytes. Returns the file's size; empty when the current output has no
     * file at {@code from}.
     */
    java.util.OptionalLong keepCurrent(String from, String path) throws IOException {
      Path previous = out.resolve(from).normalize();
      if (!previous.startsWith(out) || !Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS)) {
        return java.util.OptionalLong.empty();
      }
      long size = Files.size(previous);
      sent.compute(path, (p, earlier) -> {
        Future<?> write = writers.submit(() -> {
          if (earlier != null) {
            awaitWrite(earlier);
          }
          Path target = target(p);
          makeFolder(target.getParent());
          Files.deleteIfExists(target);
          try {
            Files.createLink(target, previous);
          } catch (IOException | UnsupportedOperationException e) {
            Files.copy(previous, target);
          }
          return null;
        });
        pending.add(write);
        return write;
      });
      return java.util.OptionalLong.of(size);
    }

    /**
     * Makes the new output exactly {@code files}: writes each of them (again, if it was handed
     * over before), removes what was handed over but is not in {@code files}, then swaps.
     */
    void commit(Map<String, byte[]> files, Lock swap) throws IOException {
      new TreeMap<>(files).forEach(this::put);
      commit(files.keySet(), swap);
    }

    /**
     * Makes the new output exactly the files handed over whose paths are in {@code paths}: waits
     * for the writes under way, removes what was handed over but is not in {@code paths}, then
     * swaps, holding {@code swap} only for the two renames. A path never handed over is an error.
     */
    void commit(java.util.Set<String> paths, Lock swap) throws IOException {
      finishWrites();
      for (String path : paths) {
        if (!sent.containsKey(path)) {
          throw new IOException("nothing was written to " + path + " before the commit");
        }
      }
      for (String path : sent.keySet()) {
        if (!paths.contains(path)) {
          Files.deleteIfExists(target(path));
        }
      }
      // A build stopped (interrupted) after its last write is abandoned here, before the swap.
      if (Thread.currentThread().isInterrupted()) {
        throw new IOException("the build was stopped before it published");
      }
      checkReplaceable(out);
      Path old = out.resolveSibling("." + out.getFileName() + "-old-"
          + staging.getFileName().toString().replaceAll(".*-new-", ""));
      boolean hadOld = Files.exists(out);
      // Marked before the swap, so that a build killed right after it can still replace the output.
      Path marker = markerOf(out);
      boolean hadMarker = Files.isRegularFile(marker);
      Files.write(marker, markerText(out));
      swap.lock();
      try {
        if (hadOld) {
          move(out, old);
        }
        try {
          move(staging, out);
        } catch (IOException e) {
          if (hadOld) {
            move(old, out); // put the previous site back
          }
          if (!hadMarker) {
            Files.deleteIfExists(marker);
          }
          throw e;
        }
      } finally {
        swap.unlock();
      }
      if (hadOld) {
        retired.retire(old);
      }
    }

    /** Stops the writers and, unless the commit moved it into place, removes the staging folder. */
    @Override
    public void close() {
      writers.shutdownNow();
      // A build stopped by an interrupt still cleans up: the flag is set aside while it waits, or
      // the wait would end at once and the folder would be left half-removed.
      boolean interrupted = Thread.interrupted();
      try {
        // A writer still busy must not recreate a file in the folder being removed.
        writers.awaitTermination(1, TimeUnit.MINUTES);
        deleteTree(staging);
      } catch (InterruptedException e) {
        interrupted = true;
      } catch (IOException e) {
        // Left behind; the next build removes it (removeLeftovers).
      } finally {
        if (interrupted) {
          Thread.currentThread().interrupt();
        }
      }
    }

    private void makeFolder(Path folder) throws IOException {
      try {
        folders.computeIfAbsent(folder, f -> {
          try {
            Files.createDirectories(f);
            return Boolean.TRUE;
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    private void finishWrites() throws IOException {
      for (Future<?> f = pending.poll(); f != null; f = pending.poll()) {
        awaitWrite(f);
      }
    }

    private static void awaitWrite(Future<?> write) throws IOException {
      try {
        write.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while writing the output", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        if (e.getCause() instanceof RuntimeException r) {
          throw r;
        }
        throw new IOException(e.getCause());
      }
    }

    private Path target(String path) throws IOException {
      Path target = staging.resolve(path).normalize();
      if (!target.startsWith(staging) || target.equals(staging)) {
        throw new IOException("refusing to write outside the output: " + path);
      }
      return target;
    }

    /**
     * Writes one file, or links the current output's copy when its bytes are the same. Creating a
     * file is mostly waiting on the file system (about half a millisecond each on a virtual disk),
     * which is why a few threads write side by side.
     */
    private void write(String path, byte[] content, boolean again) throws IOException {
      Path target = target(path);
      makeFolder(target.getParent());
      if (again) {
        // The first copy may be a link to the current output's file: never write through it.
        Files.deleteIfExists(target);
      }
      Path previous = out.resolve(staging.relativize(target)).normalize();
      if (!previous.startsWith(out) || !linkedUnchanged(previous, target, content)) {
        Files.write(target, content);
        if (previous.startsWith(out) && Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS)) {
          replaced.add(path);
        } else {
          replaced.remove(path);
        }
      } else {
        // A path handed over again is judged by its last bytes.
        replaced.remove(path);
      }
    }

    /**
     * The paths handed over whose file the current output has with other bytes: what this build
     * changes rather than adds. Complete once every write is done ({@link #commit}).
     */
    java.util.Set<String> replaced() {
      return java.util.Set.copyOf(replaced);
    }
  }

  /**
   * Hard-links a file whose bytes are already in the current output instead of writing it again
   * (most of a rebuild: ~200 font pieces, charts, unchanged pages). The old output is then only
   * unlinked, so the new one keeps the content. False when the file is new, differs, or the file
   * system cannot link; the caller then writes it.
   */
  private static boolean linkedUnchanged(Path previous, Path target, byte[] content) {
    try {
      if (!Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS)
          || Files.size(previous) != content.length
          || !Arrays.equals(Files.readAllBytes(previous), content)) {
        return false;
      }
      Files.createLink(target, previous);
      return true;
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  private static boolean isEmpty(Path dir) throws IOException {
    try (Stream<Path> list = Files.list(dir)) {
      return list.findAny().isEmpty();
    }
  }

  /** Removes staging folders a killed build left behind (a normal failure removes its own). */
  private static void removeLeftovers(Path parent, String name) throws IOException {
    try (Stream<Path> siblings = Files.list(parent)) {
      for (Path p : siblings.toList()) {
        String n = p.getFileName().toString();
        if (Files.isDirectory(p) && (n.startsWith("." + name + "-new-") || n.startsWith("." + name + "-old-"))) {
          deleteTree(p);
        }
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
