package com.moneywar.briefing.pipeline;

import com.moneywar.briefing.cache.BuildCache;
import com.moneywar.briefing.cache.Toolchain;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where a build keeps its cache: nowhere ({@link #off()}, {@code --no-cache}), in the project's
 * {@code .briefing-cache/} ({@link #inProject()}, what the command line does by default), or in a
 * given folder ({@link #at(Path)}, {@code --cache DIR}).
 *
 * @param enabled whether the build reads and writes a cache at all
 * @param folder the cache's folder; empty for the project's default
 */
public record CacheSettings(boolean enabled, Optional<Path> folder) {
  public static CacheSettings off() {
    return new CacheSettings(false, Optional.empty());
  }

  public static CacheSettings inProject() {
    return new CacheSettings(true, Optional.empty());
  }

  public static CacheSettings at(Path folder) {
    return new CacheSettings(true, Optional.of(folder));
  }

  /** The cache's folder for {@code project}, when enabled. */
  public Optional<Path> folderFor(Path project) {
    return enabled ? Optional.of(folder.orElse(project.resolve(BuildCache.DEFAULT_FOLDER))) : Optional.empty();
  }

  /** The cache of a build of {@code project}. */
  BuildCache open(Path project) {
    return enabled ? open(project, ToolIdentity.current(folder.orElse(project.resolve(BuildCache.DEFAULT_FOLDER))))
        : BuildCache.disabled();
  }

  BuildCache open(Path project, Toolchain toolchain) {
    if (!enabled) {
      return BuildCache.disabled();
    }
    return BuildCache.open(folder.orElse(project.resolve(BuildCache.DEFAULT_FOLDER)), toolchain);
  }
}
