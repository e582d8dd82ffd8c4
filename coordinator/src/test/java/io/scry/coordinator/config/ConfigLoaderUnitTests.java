package io.scry.coordinator.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.compare.Thresholds;
import io.scry.coordinator.migration.RehearsalSettings;
import io.scry.coordinator.rehearsal.LockThresholds;
import io.scry.coordinator.report.ReportFormat;
import io.scry.protocol.replay.ReplayMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderUnitTests {
  @TempDir Path dir;

  @Test
  void defaultsWithoutAFile() {
    ScryConfig config = ConfigLoader.load(null, Map.of(), Map.of());

    assertEquals(Thresholds.DEFAULTS, config.thresholds());
    assertNull(config.captureWindow());
    assertEquals(2, config.rounds());
    assertEquals(ReplayMode.STRESS, config.mode());
    assertEquals(Path.of("scry-report"), config.reportOutput());
    assertEquals(List.of(ReportFormat.values()), config.reportFormats());
  }

  @Test
  void theRepositoryExampleParses() {
    ScryConfig config = ConfigLoader.load(repositoryExample(), Map.of(), Map.of());

    assertEquals(Duration.ofHours(24), config.captureWindow());
    assertTrue(config.shadowUrl().startsWith("postgres://"));
    assertEquals(1.5, config.thresholds().p50Multiplier());
    assertEquals(20, config.thresholds().minQueryCount());
  }

  @Test
  void readsEverySeedKey() throws IOException {
    Path file =
        write(
            """
            capture:
              window: 6h
            shadow:
              url: postgres://u:p@127.0.0.1:5432/shadow
              migration_cmd: alembic upgrade head
            thresholds:
              latency_regression_pct: 20
              latency_regression_abs_ms: 5
            report:
              format: [json, junit]
              output: out/reports
            ci:
              regression_thresholds:
                p99_max_multiplier: 3
                error_rate_max_delta: 0.05
                min_query_count: 50
              rounds: 4
            """);

    ScryConfig config = ConfigLoader.load(file, Map.of(), Map.of());

    assertEquals(Duration.ofHours(6), config.captureWindow());
    assertEquals("alembic upgrade head", config.migrationCommand());
    // latency_regression_pct sets the multipliers not given explicitly.
    assertEquals(1.2, config.thresholds().p50Multiplier(), 1e-9);
    assertEquals(1.2, config.thresholds().p95Multiplier(), 1e-9);
    assertEquals(3.0, config.thresholds().p99Multiplier());
    assertEquals(5.0, config.thresholds().absoluteFloorMs());
    assertEquals(0.05, config.thresholds().errorRateMaxDelta());
    assertEquals(50, config.thresholds().minQueryCount());
    assertEquals(List.of(ReportFormat.JSON, ReportFormat.JUNIT), config.reportFormats());
    assertEquals(Path.of("out/reports"), config.reportOutput());
    assertEquals(4, config.rounds());
  }

  @Test
  void environmentOverridesTheFileAndFlagsOverrideBoth() throws IOException {
    Path file = write("ci:\n  rounds: 4\n  regression_thresholds:\n    min_query_count: 50\n");
    Map<String, String> env = new HashMap<>();
    env.put("SCRY_CI_ROUNDS", "6");
    env.put("SCRY_CI_REGRESSION_THRESHOLDS_MIN_QUERY_COUNT", "30");

    ScryConfig fromEnv = ConfigLoader.load(file, env, Map.of());
    ScryConfig fromFlag = ConfigLoader.load(file, env, Map.of("ci.rounds", "3"));

    assertEquals(6, fromEnv.rounds());
    assertEquals(30, fromEnv.thresholds().minQueryCount());
    assertEquals(3, fromFlag.rounds());
  }

  @Test
  void rehearsalAndLockThresholdsFromFileEnvironmentAndFlags() throws IOException {
    ScryConfig defaults = ConfigLoader.load(null, Map.of(), Map.of());
    assertEquals(RehearsalSettings.DEFAULTS, defaults.rehearsal());
    assertEquals(LockThresholds.DEFAULTS, defaults.lockThresholds());

    Path file =
        write(
            "ci:\n  rehearsal:\n    lead: 500ms\n    speed: 2\n"
                + "thresholds:\n  lock:\n    max_blocked_ms: 250\n");
    Map<String, String> env =
        Map.of(
            "SCRY_THRESHOLDS_LOCK_MAX_EXCLUSIVE_MS",
            "300",
            "SCRY_CI_REHEARSAL_PROVE_REWRITES",
            "false");
    Map<String, String> flags = new HashMap<>();
    flags.put("ci.rehearsal.enabled", "false");
    ScryConfig config = ConfigLoader.load(file, env, flags);

    assertEquals(
        new RehearsalSettings(false, Duration.ofMillis(500), 2.0, false, true), config.rehearsal());
    assertEquals(new LockThresholds(250, 300), config.lockThresholds());
    ConfigException bad = refused(null, Map.of("SCRY_CI_REHEARSAL_LEAD", "soon"), Map.of());
    assertTrue(
        bad.getMessage().startsWith("ci.rehearsal.lead (from SCRY_CI_REHEARSAL_LEAD)"),
        bad.getMessage());
  }

  @Test
  void unknownKeyIsAnErrorNamingIt() throws IOException {
    Path file = write("thresholds:\n  latency_regresion_pct: 20\n");

    ConfigException e = refused(file, Map.of(), Map.of());

    assertTrue(
        e.getMessage().contains("unknown key thresholds.latency_regresion_pct"), e.getMessage());
    assertTrue(
        e.getMessage().contains("thresholds.latency_regression_pct"), "lists the known keys");
  }

  @Test
  void unknownTopLevelSectionIsAnError() throws IOException {
    Path file = write("shaddow:\n  url: x\n");

    ConfigException e = refused(file, Map.of(), Map.of());

    assertTrue(e.getMessage().contains("unknown key shaddow"), e.getMessage());
  }

  @Test
  void badValueIsAnErrorNamingTheKeyAndItsSource() throws IOException {
    Path file = write("ci:\n  regression_thresholds:\n    p95_max_multiplier: fast\n");

    ConfigException fromFile = refused(file, Map.of(), Map.of());
    ConfigException fromEnv = refused(null, Map.of("SCRY_CI_ROUNDS", "0"), Map.of());

    assertTrue(
        fromFile.getMessage().startsWith("ci.regression_thresholds.p95_max_multiplier (from "),
        fromFile.getMessage());
    assertTrue(fromFile.getMessage().contains("'fast'"));
    assertTrue(
        fromEnv.getMessage().startsWith("ci.rounds (from SCRY_CI_ROUNDS)"), fromEnv.getMessage());
  }

  @Test
  void multiplierBelowOneIsRejected() {
    ConfigException e =
        refused(null, Map.of(), Map.of("ci.regression_thresholds.p50_max_multiplier", "0.5"));
    assertTrue(e.getMessage().contains("p50_max_multiplier"), e.getMessage());
  }

  @Test
  void badFormatAndDurationAreRejected() {
    refused(null, Map.of(), Map.of("report.format", "json,pdf"));
    ConfigException e = refused(null, Map.of(), Map.of("capture.window", "yesterday"));
    assertTrue(e.getMessage().startsWith("capture.window"), e.getMessage());
  }

  @Test
  void invalidYamlAndMissingFileAreClearErrors() throws IOException {
    Path broken = write("ci: [unclosed\n");
    assertTrue(refused(broken, Map.of(), Map.of()).getMessage().contains("not valid YAML"));
    assertTrue(
        refused(dir.resolve("nope.yaml"), Map.of(), Map.of())
            .getMessage()
            .contains("does not exist"));
  }

  @Test
  void everyKeyHasADocumentedEnvironmentVariable() {
    assertEquals(
        "SCRY_CI_REGRESSION_THRESHOLDS_P99_MAX_MULTIPLIER",
        ConfigKey.P99_MAX_MULTIPLIER.environmentVariable());
    assertEquals("SCRY_SHADOW_URL", ConfigKey.SHADOW_URL.environmentVariable());
  }

  @Test
  void everyKeyIsDocumentedInTheCiGuide() throws IOException {
    String guide = Files.readString(repositoryFile("docs/CI.md"));
    for (ConfigKey key : ConfigKey.values()) {
      assertTrue(guide.contains("`" + key.key() + "`"), key.key() + " missing from docs/CI.md");
      assertTrue(guide.contains(key.environmentVariable()), key.environmentVariable() + " missing");
    }
  }

  /** The error loading this configuration fails with; the test fails if it loads. */
  private static ConfigException refused(
      Path file, Map<String, String> env, Map<String, String> flags) {
    return assertThrows(ConfigException.class, () -> ConfigLoader.load(file, env, flags));
  }

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("scry.yaml");
    Files.writeString(file, yaml);
    return file;
  }

  /** scry.yaml at the repository root, the documented example. */
  private static Path repositoryExample() {
    return repositoryFile("scry.yaml");
  }

  private static Path repositoryFile(String relative) {
    Path here = Path.of("").toAbsolutePath();
    while (here != null && !Files.exists(here.resolve(relative))) {
      here = here.getParent();
    }
    if (here == null) {
      throw new IllegalStateException(
          relative + " not found above " + Path.of("").toAbsolutePath());
    }
    return here.resolve(relative);
  }
}
