package io.scry.cli.failure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.cli.CliRun;
import io.scry.cli.ScryCli;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The mistakes new users make, each answered in the words of the flag, file or server involved: the
 * first line on standard error is {@code error: …}, the last {@code scry: failed — …}, and nothing
 * of the libraries (a URI parser's complaint, Netty's {@code bind(..) failed}, a bare path) reaches
 * the user.
 */
class ErrorContractUnitTests {
  private static final String UNREACHABLE = "postgres://postgres:secret@127.0.0.1:1/shadow";

  @TempDir Path dir;

  @Test
  void aMissingCaptureIsNamedWithWhatToPass() {
    CliRun run = gate("/proc/nope", "--shadow", UNREACHABLE, "--", "true");

    assertContract(
        run,
        "error: the capture /proc/nope (CAPTURE, the first argument) does not exist",
        "scry: failed — pass the directory the capturing proxy wrote (its --capture-dir), or a"
            + " capture name with --coordinator");
  }

  @Test
  void aShadowWithoutSchemeNamesTheFlag() {
    CliRun run = gate(dir.toString(), "--shadow", "127.0.0.1:5432/db", "--", "true");

    assertContract(
        run,
        "error: the shadow URL (--shadow) is invalid: not a database URL: 127.0.0.1:5432/db",
        "scry: failed — write it as postgres://USER@HOST:5432/DATABASE, with the password in"
            + " ~/.pgpass or PGPASSWORD");
  }

  @Test
  void aCoordinatorWithoutSchemeNamesTheFlag() {
    CliRun run = CliRun.of("status", "--coordinator", "127.0.0.1:8080", "abc");

    assertContract(
        run,
        "error: --coordinator must be the URL of the coordinator's job API, such as"
            + " http://coordinator:8080, got '127.0.0.1:8080'",
        "scry: failed — write it with its scheme, e.g. --coordinator http://127.0.0.1:8080");
    assertFalse(run.stderr().contains("Illegal character"), run.stderr());
  }

  @Test
  void anUnreachableCoordinatorIsNamed() {
    CliRun run = CliRun.of("status", "--coordinator", "http://127.0.0.1:1", "abc");

    assertContract(
        run,
        "error: cannot reach the coordinator at http://127.0.0.1:1/",
        "scry: failed — check the address and token given (--coordinator, --token) and that the"
            + " coordinator runs");
  }

  @Test
  void anUpstreamWithoutSchemeNamesTheFlag() {
    CliRun run = proxy("127.0.0.1:0", "127.0.0.1:5432", dir);

    assertContract(
        run,
        "error: --upstream must be a URL such as postgres://HOST:PORT/DB, got '127.0.0.1:5432'",
        "scry: failed — write it with its scheme, e.g. --upstream postgres://127.0.0.1:5432");
  }

  @Test
  void aListenAddressInUseNamesTheFlag() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String listen = "127.0.0.1:" + taken.getLocalPort();

      CliRun run = proxy(listen, "postgres://127.0.0.1:5432/app", dir);

      assertContract(
          run,
          "error: cannot listen on "
              + listen
              + " (--listen): the address is already in use or not allowed",
          "scry: failed — stop what listens there, or choose another port (port 0 picks a free"
              + " one)");
      assertFalse(run.stderr().contains("bind(..)"), run.stderr());
    }
  }

  @Test
  void aCoordinatorOrWorkerWithoutAClusterKeyDoesNotStart() {
    String first =
        "error: the cluster needs a key that every node shares: --cluster-key-file FILE or"
            + " $SCRY_CLUSTER_KEY_FILE, made once by 'scry-cluster cluster-key FILE' (or --insecure"
            + " to send the cluster traffic in clear)";
    String last = "scry: failed — correct the command line and run again; --help lists the options";

    assertContract(
        CliRun.of("coordinator", "--token", "t", "--cluster", "127.0.0.1:0"), first, last);
    assertContract(
        CliRun.of("worker", "--cluster", "127.0.0.1:0", "--seed", "127.0.0.1:25520"), first, last);
  }

  @Test
  void aClusterKeyFileThatCannotBeReadNamesTheFlag() throws Exception {
    Path missing = dir.resolve("missing-key");
    Path notAKey = Files.writeString(dir.resolve("not-a-key"), "secret\n");

    assertContract(
        CliRun.of("worker", "--seed", "127.0.0.1:25520", "--cluster-key-file", missing.toString()),
        "error: --cluster-key-file: cannot read " + missing + ": no such file",
        "scry: failed — correct the command line and run again; --help lists the options");
    assertContract(
        CliRun.of("worker", "--seed", "127.0.0.1:25520", "--cluster-key-file", notAKey.toString()),
        "error: --cluster-key-file: cannot read "
            + notAKey
            + ": "
            + notAKey
            + " is not a cluster key: it needs a PEM PRIVATE KEY (PKCS #8, unencrypted) and a"
            + " CERTIFICATE block",
        "scry: failed — correct the command line and run again; --help lists the options");
  }

  @Test
  void aClusterKeyIsNeverWrittenOverAnother() throws Exception {
    Path key = dir.resolve("cluster-key");
    CliRun made = CliRun.of("cluster-key", key.toString());
    assertEquals(ScryCli.EXIT_OK, made.exit(), made.output());
    String pem = Files.readString(key);

    assertContract(
        CliRun.of("cluster-key", key.toString()),
        "error: "
            + key
            + " already exists: a cluster key is never overwritten, since the nodes holding it"
            + " would no longer join; remove it first or choose another FILE",
        "scry: failed — correct the command line and run again; --help lists the options");
    assertEquals(pem, Files.readString(key));
  }

  @Test
  void aCaptureDirectoryThatCannotBeCreatedNamesTheFlag() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "");

    CliRun run = proxy("127.0.0.1:0", "postgres://127.0.0.1:5432/app", file.resolve("capture"));

    assertEquals(ScryCli.EXIT_TOOL_ERROR, run.exit(), run.output());
    assertTrue(
        run.firstErrorLine()
            .startsWith(
                "error: cannot create the capture directory "
                    + file.resolve("capture")
                    + " (--capture-dir): "),
        run.output());
    assertEquals(
        "scry: failed — choose a directory this user can write, e.g. --capture-dir ./capture",
        run.lastErrorLine());
  }

  @Test
  void brokenYamlIsReportedWithLineAndColumn() throws Exception {
    Path config = Files.writeString(dir.resolve("scry.yaml"), "ci:\n  rounds: 2\n   mode: x\n");

    CliRun run =
        gate(dir.toString(), "--config", config.toString(), "--shadow", UNREACHABLE, "--", "true");

    assertContract(
        run,
        "error: "
            + config
            + " is not valid YAML at line 3, column 8: mapping values are not allowed here",
        "scry: failed — correct that setting (in scry.yaml, its SCRY_* variable or its flag) and"
            + " run again");
    assertEquals("config: " + config, run.stdout().lines().findFirst().orElse(""));
  }

  @Test
  void aMigrationProgramThatIsNotInstalledFailsBeforeAnythingElse() {
    CliRun run = gate("/proc/nope", "--shadow", UNREACHABLE, "--", "no-such-migrate-tool", "up");

    assertContract(
        run,
        "error: the migration command no-such-migrate-tool (after --) was not found on the PATH",
        "scry: failed — install it on this machine, or correct the command after --");
  }

  @Test
  void aForgottenArgumentEndsWithTheHelpHint() {
    CliRun run = CliRun.of("ci", "test-migration", "--shadow", UNREACHABLE);

    assertContract(
        run,
        "error: Missing required parameter: 'CAPTURE'",
        "scry: failed — try 'scry-cluster ci test-migration --help' for the options");
  }

  @Test
  void theStackTraceIsShownOnlyWithVerbose() {
    String reports = dir.resolve("reports").toString();
    String[] gate = {
      "ci",
      "test-migration",
      "/proc/nope",
      "--report-dir",
      reports,
      "--shadow",
      "x://",
      "--",
      "true"
    };
    CliRun quiet = CliRun.of(gate);
    CliRun verbose = CliRun.of(prepend("--verbose", gate));

    assertFalse(quiet.stderr().contains("\tat "), quiet.stderr());
    assertTrue(verbose.stderr().contains("\tat io.scry."), verbose.stderr());
    assertEquals(quiet.firstErrorLine(), verbose.firstErrorLine());
    assertEquals(quiet.lastErrorLine(), verbose.lastErrorLine());
  }

  /** The proxy command, listening on {@code listen}, capturing into {@code captureDir}. */
  private static CliRun proxy(String listen, String upstream, Path captureDir) {
    return CliRun.of(
        "proxy",
        "--listen",
        listen,
        "--upstream",
        upstream,
        "--capture-dir",
        captureDir.toString());
  }

  /** The gate, its reports kept in the test's directory. */
  private CliRun gate(String capture, String... rest) {
    String[] args = new String[rest.length + 5];
    args[0] = "ci";
    args[1] = "test-migration";
    args[2] = capture;
    args[3] = "--report-dir";
    args[4] = dir.resolve("reports").toString();
    System.arraycopy(rest, 0, args, 5, rest.length);
    return CliRun.of(args);
  }

  private static String[] prepend(String first, String[] args) {
    String[] all = new String[args.length + 1];
    all[0] = first;
    System.arraycopy(args, 0, all, 1, args.length);
    return all;
  }

  private static void assertContract(CliRun run, String first, String last) {
    assertEquals(ScryCli.EXIT_TOOL_ERROR, run.exit(), run.output());
    assertEquals(first, run.firstErrorLine(), run.output());
    assertEquals(last, run.lastErrorLine(), run.output());
  }
}
