package com.moneywar.briefing.site;

import com.moneywar.briefing.cache.CacheKey;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The project's {@code templates/} folder as read once, at one moment of a build: every file's bytes
 * by its path under the folder. The templates, the messages and the assets a build renders with, and
 * the key that keeps what they made between builds, all come from these bytes, so a template saved
 * while a build runs goes whole into the next build, never half into this one (with the key of the
 * other half).
 *
 * <pre>{@code
 * TemplateFiles templates = TemplateFiles.read(project.resolve("templates"));
 * new SiteRenderer(templates).withMemo(memo, templates.key());
 * }</pre>
 */
public final class TemplateFiles {
  private final Path folder;
  private final Map<String, byte[]> files;
  private final String key;
  private final Optional<String> unreadable;

  private TemplateFiles(Path folder, Map<String, byte[]> files, String key, Optional<String> unreadable) {
    this.folder = folder;
    this.files = Collections.unmodifiableMap(files);
    this.key = key;
    this.unreadable = unreadable;
  }

  /**
   * Reads every file under {@code folder} (none when there is no such folder: the bundled templates
   * serve alone). A folder that cannot be read gives templates that say why ({@link #unreadable}).
   */
  public static TemplateFiles read(Path folder) {
    Map<String, byte[]> files = new TreeMap<>();
    if (Files.isDirectory(folder)) {
      try (Stream<Path> walk = Files.walk(folder)) {
        for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
          files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
        }
      } catch (IOException | UncheckedIOException e) {
        String why = e instanceof UncheckedIOException u ? u.getCause().toString() : e.toString();
        return new TemplateFiles(folder, Map.of(), "", Optional.of(why));
      }
    }
    CacheKey.Builder key = CacheKey.builder("templates");
    files.forEach((path, bytes) -> key.add(path).add(bytes));
    return new TemplateFiles(folder, files, key.build().hex(), Optional.empty());
  }

  /** The folder these were read from. */
  public Path folder() {
    return folder;
  }

  /** A hash of every file's path and bytes; empty when the folder could not be read. */
  public String key() {
    return key;
  }

  /** Why the folder could not be read, if it could not. */
  public Optional<String> unreadable() {
    return unreadable;
  }

  /** The project's own file at {@code path} ('/'-separated, under the folder), if it has one. */
  Optional<byte[]> file(String path) {
    return Optional.ofNullable(files.get(path));
  }

  /** Every file by its path under the folder. */
  Map<String, byte[]> files() {
    return files;
  }

  /** Whether a template reads the clock ({@code .now}): its output is then not its model's alone. */
  boolean readsClock() {
    return files.entrySet().stream().anyMatch(e -> e.getKey().contains(".ftl")
        && new String(e.getValue(), StandardCharsets.UTF_8).contains(".now"));
  }
}
