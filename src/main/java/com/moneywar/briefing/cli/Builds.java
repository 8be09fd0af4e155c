package com.moneywar.briefing.cli;

import com.moneywar.briefing.model.Lang;
import com.moneywar.briefing.pipeline.BriefingBuild;
import com.moneywar.briefing.pipeline.BuildListener;
import com.moneywar.briefing.pipeline.CacheSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Where {@code build} gets its {@link BriefingBuild}: a new one for each command, or, in the build
 * daemon, the one kept for the same project and settings, which remembers the charts and template
 * outputs of the command before (as the preview's does) and so renders again only what an edit
 * changed. Not thread-safe: the daemon runs one command at a time.
 */
final class Builds {
  private record Key(Path project, Map<String, String> overrides, CacheSettings cache) {}

  private record Kept(BriefingBuild build, Relay relay) {}

  /** Hands a kept build's progress to the command that runs it now. */
  private static final class Relay implements BuildListener {
    private BuildListener to = BuildListener.silent();

    @Override
    public void stageDone(String stage, Duration took, String detail) {
      to.stageDone(stage, took, detail);
    }

    @Override
    public void editionDone(Lang lang, int done, int total, Duration took) {
      to.editionDone(lang, done, total, took);
    }

    @Override
    public void editionReused(Lang lang, int done, int total) {
      to.editionReused(lang, done, total);
    }
  }

  /** Null when every command makes its own. */
  private final Map<Key, Kept> kept;

  private Builds(Map<Key, Kept> kept) {
    this.kept = kept;
  }

  /** A new build for every command: a command line's own JVM. */
  static Builds fresh() {
    return new Builds(null);
  }

  /** Builds kept from command to command, by project and settings: the build daemon. */
  static Builds kept() {
    return new Builds(new HashMap<>());
  }

  /** The build for {@code project} with these settings, telling {@code listener} its progress. */
  BriefingBuild of(Path project, Map<String, String> overrides, CacheSettings cache, BuildListener listener) {
    if (kept == null) {
      return new BriefingBuild(listener, new ReentrantLock(), overrides, cache);
    }
    Kept k = kept.computeIfAbsent(new Key(project, Map.copyOf(overrides), cache), key -> {
      Relay relay = new Relay();
      return new Kept(new BriefingBuild(relay, new ReentrantLock(), key.overrides(), key.cache()).rememberingPages(),
          relay);
    });
    k.relay().to = listener;
    return k.build();
  }
}
