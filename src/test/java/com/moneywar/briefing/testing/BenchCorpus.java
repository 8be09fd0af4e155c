package com.moneywar.briefing.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's synthetic corpus as bench/run.sh makes it (bench/SyntheticCorpus.java, seed 42,
 * 40 companies, 1,000 investments), with {@code texts} texts per language, written by the script
 * itself in a separate JVM.
 */
public final class BenchCorpus {
  private BenchCorpus() {}

  /** Writes the corpus into {@code project}; the script's output goes to {@code log}. */
  public static Path write(Path project, Path log, int texts) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        ShippedProject.ROOT.resolve("bench/SyntheticCorpus.java").toString(), "--out", project.toString(), "--seed",
        "42", "--companies", "40", "--investments", "1000", "--texts", Integer.toString(texts))
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(log)).isZero();
    return project;
  }
}
