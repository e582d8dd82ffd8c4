package io.scry.cli.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scry.cli.CliRun;
import io.scry.cli.ScryCli;
import io.scry.testsupport.PostgresExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate checks the shadow and the coordinator before it clones anything, and tells a network
 * failure, refused credentials and a missing database apart. The server asks every user but the
 * test's superuser for a password (its pg_hba.conf), so that a wrong password really is refused.
 */
class PreflightIntegrationTests {
  private static final Path HBA = hbaFile();

  @RegisterExtension
  static final PostgresExtension PG = new PostgresExtension(Map.of("hba_file", HBA.toString()));

  @TempDir static Path tmp;
  private static Path capture;

  @BeforeAll
  static void usersAndACapture() throws Exception {
    PG.createDatabase("shadow");
    PG.execute(
        "postgres",
        "CREATE ROLE gate LOGIN CREATEDB PASSWORD 'right'",
        "CREATE ROLE reader LOGIN PASSWORD 'right'",
        "CREATE ROLE app");
    capture = tmp.resolve("capture");
    TinyCapture.write(capture, 3, 0);
  }

  @Test
  void aWrongPasswordIsAnAuthenticationFailureNotANetworkOne() {
    CliRun run = gate(url("gate", "wrong", "shadow"));

    assertFails(
        run,
        "error: authentication failed for user gate on the shadow server "
            + server()
            + " (--shadow): password authentication failed for user \"gate\"",
        "scry: failed — correct the user and password in --shadow");
  }

  @Test
  void anUnknownRoleIsAnAuthenticationFailure() {
    CliRun run = gate(url("nobody", "right", "shadow"));

    assertFails(
        run,
        "error: authentication failed for user nobody on the shadow server "
            + server()
            + " (--shadow): password authentication failed for user \"nobody\"",
        "scry: failed — correct the user and password in --shadow");
  }

  @Test
  void aMissingDatabaseIsNamed() {
    CliRun run = gate(url("gate", "right", "no_such_shadow"));

    assertFails(
        run,
        "error: the shadow database no_such_shadow does not exist on " + server() + " (--shadow)",
        "scry: failed — restore the shadow there, or correct the database name in --shadow");
  }

  @Test
  void aUserThatCannotCreateDatabasesIsRefusedBeforeCloning() {
    CliRun run = gate(url("reader", "right", "shadow"));

    assertFails(
        run,
        "error: user reader may not create databases on the shadow server "
            + server()
            + " (--shadow), and the gate works on clones of the shadow",
        "scry: failed — grant it with ALTER ROLE reader CREATEDB, or use a user that has it");
  }

  @Test
  void aReplayRoleTheServerDoesNotKnowIsNamedBeforeCloning() {
    CliRun run = gate(url("gate", "right", "shadow"), "--replay-role", "no_such_role");

    assertFails(
        run,
        "error: the replay role no_such_role (--replay-role) does not exist on the shadow server "
            + server(),
        "scry: failed — create it there as production has it (roles are not part of a database's"
            + " dump), or correct --replay-role");
  }

  @Test
  void aReplayRoleTheShadowUserMayNotActAsIsNamedBeforeCloning() {
    CliRun run = gate(url("gate", "right", "shadow"), "--replay-role", "app");

    assertFails(
        run,
        "error: user gate may not act as the replay role app (--replay-role) on the shadow server "
            + server(),
        "scry: failed — grant it with GRANT \"app\" TO \"gate\"");
  }

  @Test
  void aShadowFromTheFileIsNamedByItsKeyAndFile() throws Exception {
    Path config =
        Files.writeString(
            tmp.resolve("scry.yaml"), "shadow:\n  url: " + url("gate", "wrong", "shadow") + "\n");

    CliRun run =
        CliRun.of(
            GateCommand.of(capture)
                .options("--config", config.toString(), "--report-dir", reports())
                .migration("true"));

    assertFails(
        run,
        "error: authentication failed for user gate on the shadow server "
            + server()
            + " (shadow.url in "
            + config
            + "): password authentication failed for user \"gate\"",
        "scry: failed — correct the user and password in shadow.url in " + config);
    assertEquals("config: " + config, run.stdout().lines().findFirst().orElse(""), run.output());
  }

  @Test
  void anUnreachableCoordinatorFailsBeforeCloning() {
    CliRun run =
        CliRun.of(
            GateCommand.of("orders")
                .options("--shadow", url("gate", "right", "shadow"))
                .options("--coordinator", "http://127.0.0.1:1", "--report-dir", reports())
                .migration("true"));

    assertFails(
        run,
        "error: cannot reach the coordinator at http://127.0.0.1:1/ (--coordinator)",
        "scry: failed — check that the coordinator runs and that this machine can reach that host"
            + " and port");
  }

  private static CliRun gate(String shadow, String... flags) {
    return CliRun.of(
        GateCommand.of(capture)
            .options("--shadow", shadow, "--report-dir", reports())
            .options(flags)
            .migration("true"));
  }

  private static String reports() {
    return tmp.resolve("reports").toString();
  }

  private static void assertFails(CliRun run, String first, String last) {
    assertEquals(ScryCli.EXIT_TOOL_ERROR, run.exit(), run.output());
    assertEquals(first, run.firstErrorLine(), run.output());
    assertEquals(last, run.lastErrorLine(), run.output());
    assertEquals(List.of(), clones(), "nothing was cloned");
  }

  private static String url(String user, String password, String database) {
    return "postgres://" + user + ":" + password + "@" + server() + "/" + database;
  }

  private static String server() {
    return PG.host() + ":" + PG.port();
  }

  private static List<String> clones() {
    return GateDatabases.on(PG);
  }

  /** Trusts the test's superuser (the fixture connects as it) and asks everyone else. */
  private static Path hbaFile() {
    try {
      Path hba = Files.createTempFile("scry-preflight-", ".hba.conf");
      hba.toFile().deleteOnExit();
      return Files.writeString(
          hba,
          String.join(
              "\n",
              "local all all trust",
              "host all postgres 127.0.0.1/32 trust",
              "host all postgres ::1/128 trust",
              "host all all 127.0.0.1/32 scram-sha-256",
              "host all all ::1/128 scram-sha-256",
              ""));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
