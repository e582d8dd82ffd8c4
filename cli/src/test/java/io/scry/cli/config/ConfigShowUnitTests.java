package io.scry.cli.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.cli.CliRun;
import io.scry.cli.ScryCli;
import io.scry.coordinator.config.ConfigKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scry-cluster config show}: every value, where it came from, and the mistakes warned. */
class ConfigShowUnitTests {
  @TempDir Path dir;

  @Test
  void everyValueIsListedWithItsSource() throws Exception {
    Path config = Files.writeString(dir.resolve("scry.yaml"), "ci:\n  mode: timed\n  rounds: 4\n");

    CliRun run = CliRun.of("config", "show", "--config", config.toString(), "--rounds", "3");

    assertEquals(ScryCli.EXIT_OK, run.exit(), run.output());
    List<String> lines = run.stdout().lines().toList();
    assertEquals("config: " + config, lines.get(0));
    assertEquals(List.of("ci.mode", "timed", "file", config.toString()), row(lines, "ci.mode"));
    assertEquals(List.of("ci.rounds", "3", "flag", "--rounds"), row(lines, "ci.rounds"));
    assertEquals(List.of("ci.sample_pct", "100", "default"), row(lines, "ci.sample_pct"));
    assertEquals(
        List.of("shadow.url", "-", "default"), row(lines, "shadow.url"), "unset shows as -");
    assertEquals(
        1 + 1 + ConfigKey.values().length,
        lines.size(),
        "the config line, a header, one row per key");
  }

  @Test
  void theRewriteProofIsOnByDefaultAndOffWithItsFlag() {
    assertEquals(
        List.of("ci.rehearsal.prove_rewrites", "true", "default"),
        row(CliRun.of("config", "show").stdout().lines().toList(), "ci.rehearsal.prove_rewrites"));
    assertEquals(
        List.of("ci.rehearsal.prove_rewrites", "false", "flag", "--no-rewrite-proof"),
        row(
            CliRun.of("config", "show", "--no-rewrite-proof").stdout().lines().toList(),
            "ci.rehearsal.prove_rewrites"));
  }

  @Test
  void theShadowIsShownWithoutItsPassword() {
    CliRun run = CliRun.of("config", "show", "--shadow", "postgres://u:secret@db:5432/shadow");

    assertEquals(
        List.of("shadow.url", "postgres://u@db:5432/shadow", "flag", "--shadow"),
        row(run.stdout().lines().toList(), "shadow.url"));
    assertTrue(!run.stdout().contains("secret"), run.stdout());
  }

  @Test
  void anInvalidValueIsTheGatesToolErrorNamingItsFlag() {
    CliRun run = CliRun.of("config", "show", "--rounds", "0");

    assertEquals(ScryCli.EXIT_TOOL_ERROR, run.exit(), run.output());
    assertEquals(
        "error: ci.rounds (from --rounds): expected a whole number between 1 and 50, got '0'",
        run.firstErrorLine());
  }

  /** Environment variables need a process of their own. */
  @Test
  void variablesAreCreditedAndUnknownOnesWarned() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                "io.scry.cli.ScryCli",
                "config",
                "show")
            .directory(dir.toFile())
            .redirectErrorStream(true);
    builder.environment().put("SCRY_CI_MODE", "timed");
    builder.environment().put("SCRY_CI_ROUND", "3");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    assertTrue(process.waitFor(60, TimeUnit.SECONDS));

    List<String> lines = output.lines().toList();
    assertEquals("config: defaults, environment: SCRY_CI_MODE", lines.get(0), output);
    assertEquals(
        "warning: SCRY_CI_ROUND is not a setting of scry-cluster and is ignored; 'scry-cluster"
            + " config show' lists the settings and their variables",
        lines.get(1));
    assertEquals(List.of("ci.mode", "timed", "env", "SCRY_CI_MODE"), row(lines, "ci.mode"));
  }

  private static List<String> row(List<String> lines, String key) {
    return lines.stream()
        .filter(l -> l.startsWith(key + " "))
        .map(l -> List.of(l.trim().split("\\s+")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + key + " in " + lines));
  }
}
