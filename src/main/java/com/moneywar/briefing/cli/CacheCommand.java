package com.moneywar.briefing.cli;

import com.moneywar.briefing.cache.BuildCache;
import com.moneywar.briefing.pipeline.CacheSettings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code briefing cache clean|prune|size}: looks after the build cache's folder. */
@Command(name = "cache", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Look after the build cache: 'size' prints its size, 'prune' trims it to --max-size"
        + " (least recently used first; builds do that themselves at 1 GiB), 'clean' deletes it.")
final class CacheCommand implements Callable<Integer> {
  private final Main main;

  @Mixin
  ProjectOptions options = new ProjectOptions();

  @Parameters(index = "0", paramLabel = "ACTION", description = "size, prune or clean")
  String action;

  @Option(names = "--cache", paramLabel = "DIR", description = "The cache's folder (default: .briefing-cache in the project).")
  Path folder;

  @Option(names = "--max-size", paramLabel = "MiB", description = "For prune: the size to trim to, in MiB (default: 1024).")
  long maxMib = BuildCache.DEFAULT_MAX_BYTES >> 20;

  CacheCommand(Main main) {
    this.main = main;
  }

  @Override
  public Integer call() throws IOException {
    CacheSettings settings = folder == null ? CacheSettings.inProject() : CacheSettings.at(folder.toAbsolutePath().normalize());
    Path where = settings.folderFor(options.project()).orElseThrow();
    BuildCache cache = BuildCache.forUpkeep(where);
    switch (action.toLowerCase(Locale.ROOT)) {
      case "size" -> main.err().printf("%s: %s%n", where, mib(cache.size()));
      case "prune" -> {
        if (maxMib < 0) {
          main.err().println("briefing: error: expected --max-size of 0 MiB or more, found " + maxMib);
          return Main.USAGE;
        }
        long freed = cache.prune(maxMib << 20);
        main.err().printf("%s: freed %s, %s left%n", where, mib(freed), mib(cache.size()));
      }
      case "clean" -> main.err().printf("%s: deleted, %s freed%n", where, mib(cache.clean()));
      default -> {
        main.err().println("briefing: error: expected the action size, prune or clean, found '" + action + "'");
        return Main.USAGE;
      }
    }
    return Main.OK;
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576.0);
  }
}
