package io.scry.cli.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.cli.CliRun;
import io.scry.testsupport.PostgresExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two gates on one shadow at the same time, as two CI pipelines of one team would run them: both
 * reach a verdict (no tool error: neither takes the other's clones, neither is refused for the
 * other's sessions on the shadow), and neither leaves a clone behind.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ConcurrentGatesIntegrationTests {
  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  @TempDir Path tmp;

  @Test
  void twoGatesOnOneShadowBothReachTheirVerdict() throws Exception {
    Path capture = OrdersWorkload.recordShadow(PG, "shared", tmp, 4, 30);
    Path indexed =
        Files.writeString(tmp.resolve("indexed.sql"), "CREATE INDEX ON orders (region);");

    CompletableFuture<CliRun> first =
        CompletableFuture.supplyAsync(() -> gate(capture, "first", "true"));
    CompletableFuture<CliRun> second =
        CompletableFuture.supplyAsync(
            () -> gate(capture, "second", "psql", "-X", "-q", "-f", indexed.toString()));

    // Each reaches a verdict (which one is not under test: two gates sharing two cores are noisy).
    for (CliRun run : List.of(first.get(), second.get())) {
      assertTrue(run.exit() == 0 || run.exit() == 5, run.output());
      assertTrue(run.stdout().contains("Scry verdict: "), run.output());
    }
    assertEquals(List.of(), clones());
  }

  private CliRun gate(Path capture, String name, String... migration) {
    return CliRun.of(
        GateCommand.of(capture)
            .options("--shadow", PG.url("shared"), "--rounds", "1", "--no-rehearsal")
            .options("--format", "terminal", "--report-dir", tmp.resolve(name).toString())
            .migration(migration));
  }

  private static List<String> clones() {
    return GateDatabases.on(PG);
  }
}
