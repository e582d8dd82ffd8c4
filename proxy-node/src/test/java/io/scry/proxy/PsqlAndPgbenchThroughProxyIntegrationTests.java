package io.scry.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.v1.Outcome;
import io.scry.protocol.v1.ProtocolKind;
import io.scry.protocol.v1.Statement;
import io.scry.testsupport.PostgresExtension;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PostgreSQL's own psql and pgbench through the proxy. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PsqlAndPgbenchThroughProxyIntegrationTests {

  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();
  static final String DB = "bench";
  static final Map<String, String> ENV = Map.of("PGPASSWORD", PostgresExtension.PASSWORD);

  @TempDir Path captureDir;

  @BeforeAll
  static void initializePgbench() throws Exception {
    ExternalTools.assumeInstalled("pgbench");
    PG.createDatabase(DB);
    runOn(PG.host(), PG.port(), List.of("pgbench", "-i", "-q", "-s", "1", "-I", "dtgp"));
  }

  @Test
  void psqlCommandsAreCapturedOneByOne() throws Exception {
    ExternalTools.assumeInstalled("psql");
    try (ProxyHarness harness = ProxyHarness.start(PG, captureDir)) {
      String output =
          psql(
              harness,
              "SELECT count(*) FROM pgbench_branches",
              "SELECT 'a' AS x UNION ALL SELECT 'b'");
      assertEquals("1\na\nb\n", output);
      List<Statement> statements = harness.stopAndRead().statements();
      assertEquals(2, statements.size(), statements::toString);
      assertEquals(ProtocolKind.PROTOCOL_SIMPLE, statements.get(0).getProtocol());
      assertEquals("SELECT count(*) FROM pgbench_branches", statements.get(0).getSql());
      assertEquals(1, statements.get(0).getRows());
      assertEquals(2, statements.get(1).getRows());
    }
  }

  @ParameterizedTest
  @CsvSource({"simple,PROTOCOL_SIMPLE", "extended,PROTOCOL_EXTENDED", "prepared,PROTOCOL_EXTENDED"})
  void pgbenchSelectOnlyIsCapturedExactly(String mode, ProtocolKind protocol) throws Exception {
    try (ProxyHarness harness = ProxyHarness.start(PG, captureDir)) {
      String output =
          runOn(
              "127.0.0.1",
              harness.port(),
              List.of("pgbench", "-n", "-S", "-M", mode, "-c", "2", "-t", "25"));
      assertTrue(output.contains("number of transactions actually processed: 50/50"), output);
      List<Statement> selects =
          harness.stopAndRead().statementsMatching("FROM pgbench_accounts WHERE aid");
      assertEquals(50, selects.size());
      for (Statement select : selects) {
        assertEquals(protocol, select.getProtocol());
        assertEquals(Outcome.OUTCOME_OK, select.getOutcome());
        assertEquals(1, select.getRows());
        if (protocol == ProtocolKind.PROTOCOL_EXTENDED) {
          assertEquals(1, select.getParametersCount());
        }
      }
      if (mode.equals("prepared")) {
        assertTrue(
            selects.get(selects.size() - 1).getStatementName().startsWith("P"), selects::toString);
      }
    }
  }

  /** Runs {@code statements} in one psql session through the proxy; psql prints bare rows. */
  private static String psql(ProxyHarness harness, String... statements) throws Exception {
    List<String> toolAndOptions = new ArrayList<>(List.of("psql", "-X", "-A", "-t"));
    for (String sql : statements) {
      toolAndOptions.add("-c");
      toolAndOptions.add(sql);
    }
    return runOn("127.0.0.1", harness.port(), toolAndOptions);
  }

  /**
   * Runs {@code toolAndOptions} against database {@link #DB} at {@code host:port} as the test
   * superuser, and returns what it printed.
   */
  private static String runOn(String host, int port, List<String> toolAndOptions) throws Exception {
    List<String> command = new ArrayList<>(toolAndOptions);
    command.addAll(
        List.of("-h", host, "-p", String.valueOf(port), "-U", PostgresExtension.USER, DB));
    return ExternalTools.run(command, ENV);
  }
}
