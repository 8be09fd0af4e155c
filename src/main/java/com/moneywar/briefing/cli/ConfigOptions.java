package com.moneywar.briefing.cli;

import java.util.Map;
import picocli.CommandLine.Option;

/** Options that override a key of {@code briefing.properties} for one run: build and check. */
final class ConfigOptions {
  @Option(names = "--base-url", paramLabel = "URL",
      description = "The site's absolute address for this run, over base-url in briefing.properties"
          + " (for a preview deploy, say).")
  String baseUrl;

  /** The overrides by config key; empty when no option was given. */
  Map<String, String> overrides() {
    return baseUrl == null ? Map.of() : Map.of("base-url", baseUrl);
  }
}
