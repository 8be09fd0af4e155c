package com.moneywar.briefing.pipeline;

import java.time.Duration;

/** Hears about each stage of a build as it finishes, for progress output. */
public interface BuildListener {
  void stageDone(String stage, Duration took, String detail);

  static BuildListener silent() {
    return (stage, took, detail) -> {};
  }
}
