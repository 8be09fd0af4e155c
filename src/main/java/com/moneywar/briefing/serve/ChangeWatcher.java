package com.moneywar.briefing.serve;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches a project's config, {@code data/}, {@code templates/} and {@code static/} (with their subfolders) and calls
 * back once a burst of changes has settled, so one save that touches several files rebuilds once.
 */
final class ChangeWatcher implements Closeable {
  /**
   * Quiet time that ends a burst. Editors write a save as a few events within milliseconds
   * (temporary file, rename); a burst still going after this only costs a second rebuild.
   */
  private static final long SETTLE_MILLIS = 50;

  private final Path project;
  private final WatchService watch;
  private final Consumer<List<String>> onChange;
  private final Thread thread;

  /** @param onChange hears each settled burst of changes: the inputs changed, relative to the project, sorted */
  ChangeWatcher(Path project, Consumer<List<String>> onChange) throws IOException {
    this.project = project;
    this.onChange = onChange;
    this.watch = FileSystems.getDefault().newWatchService();
    register(project, false);
    for (String dir : new String[] {"data", "templates", "static"}) {
      if (Files.isDirectory(project.resolve(dir))) {
        register(project.resolve(dir), true);
      }
    }
    thread = new Thread(this::loop, "briefing-watcher");
    thread.setDaemon(true);
    thread.start();
  }

  private void register(Path dir, boolean recursive) throws IOException {
    if (!recursive) {
      dir.register(watch, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path d : walk.filter(Files::isDirectory).toList()) {
        register(d, false);
      }
    }
  }

  private void loop() {
    try {
      while (true) {
        WatchKey key = watch.take();
        Set<String> changed = new TreeSet<>();
        boolean relevant = drain(key, changed);
        // Let the burst settle: editors save through temporary files and renames.
        WatchKey more;
        while ((more = watch.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          relevant |= drain(more, changed);
        }
        if (relevant) {
          onChange.accept(List.copyOf(changed));
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException e) {
      // closed: stop watching
    }
  }

  /** Handles one key's events, adding the inputs they touch to {@code inputs}; true when there was one. */
  private boolean drain(WatchKey key, Set<String> inputs) {
    Path dir = (Path) key.watchable();
    boolean relevant = false;
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
        relevant = true;
        continue;
      }
      Path changed = dir.resolve((Path) event.context());
      Path rel = project.relativize(changed);
      boolean input = rel.startsWith("data") || rel.startsWith("templates") || rel.startsWith("static")
          || rel.toString().equals("briefing.properties");
      if (input && event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(changed)) {
        try {
          register(changed, true);
        } catch (IOException e) {
          // the folder vanished again; nothing to watch
        }
      }
      if (input) {
        inputs.add(rel.toString().replace('\\', '/'));
      }
      relevant |= input;
    }
    key.reset();
    return relevant;
  }

  @Override
  public void close() throws IOException {
    watch.close();
    thread.interrupt();
  }
}
