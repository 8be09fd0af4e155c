package com.moneywar.briefing.site;

import com.moneywar.briefing.site.view.TemplateRoot;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the templates made in the builds before, by the model each output was made from: the
 * preview keeps one across its rebuilds, so that after an edit only the outputs whose model
 * changed are rendered again. Sound because a template sees its {@link TemplateRoot} and nothing
 * else (records of strings, numbers and lists, compared by value; {@code ?new} and {@code ?api}
 * are off), so equal models with the same templates render the same text. The memo is emptied
 * whenever a file under {@code templates/} changes, and is never used when a template reads the
 * clock ({@code .now}). An output not asked for in a build is dropped at its end. Thread-safe.
 */
public final class PageMemo {
  /**
   * One output, kept as the text it was asked for as: {@code output} (a page the renderer goes on
   * working on) or {@code utf8} (a page written as it is), the other null.
   */
  private record Entry(TemplateRoot root, String output, byte[] utf8, long build) {
    String text() {
      return output != null ? output : new String(utf8, StandardCharsets.UTF_8);
    }

    byte[] bytes() {
      return utf8 != null ? utf8 : output.getBytes(StandardCharsets.UTF_8);
    }
  }

  /**
   * By template and page: looked up by name, then compared with the model, so that a look-up costs
   * one comparison (hashing every page's text, as a map keyed by the model would, costs as much as
   * rendering many of them).
   */
  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicLong build = new AtomicLong();
  private final AtomicLong reused = new AtomicLong();
  private volatile String templates = "";
  private volatile boolean usable;

  /**
   * Starts a build rendered with templates whose files hash to {@code fingerprint}; {@code usable}
   * is false when those templates read anything but their model (the clock), and the memo then
   * neither gives nor keeps anything in this build.
   */
  void beginBuild(String fingerprint, boolean usable) {
    build.incrementAndGet();
    reused.set(0);
    this.usable = usable;
    if (!fingerprint.equals(templates) || !usable) {
      entries.clear();
      templates = fingerprint;
    }
  }

  /** What the templates made from a model equal to {@code root} in an earlier build, if they did. */
  Optional<String> get(TemplateRoot root) {
    return found(root).map(Entry::text);
  }

  /** As {@link #get}, encoded in UTF-8: the bytes kept, not encoded again. */
  Optional<byte[]> getUtf8(TemplateRoot root) {
    return found(root).map(Entry::bytes);
  }

  private Optional<Entry> found(TemplateRoot root) {
    if (!usable) {
      return Optional.empty();
    }
    String key = key(root);
    Entry e = entries.get(key);
    if (e == null || !e.root().equals(root)) {
      return Optional.empty();
    }
    entries.put(key, new Entry(e.root(), e.output(), e.utf8(), build.get()));
    reused.incrementAndGet();
    return Optional.of(e);
  }

  /** Keeps what the templates made of {@code root} in this build. */
  void put(TemplateRoot root, String output) {
    if (usable) {
      entries.put(key(root), new Entry(root, output, null, build.get()));
    }
  }

  /** Keeps what the templates made of {@code root} in this build, encoded in UTF-8. */
  void putUtf8(TemplateRoot root, byte[] utf8) {
    if (usable) {
      entries.put(key(root), new Entry(root, null, utf8, build.get()));
    }
  }

  /**
   * The template and, for a page of the site's frame, its path: one model per key in a build (the
   * few other outputs, one per language, share a key and so are rendered every time).
   */
  private static String key(TemplateRoot root) {
    return root instanceof TemplateRoot.Framed framed ? root.template() + "\0" + framed.frame().path() : root.template();
  }

  /** Ends a build: drops every output this build neither asked for nor made. Returns how many it reused. */
  public long endBuild() {
    long current = build.get();
    entries.values().removeIf(e -> e.build() != current);
    return reused.get();
  }
}
