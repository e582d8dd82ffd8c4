package io.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ScryCliUnitTests {

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cli = ScryCli.newCommandLine();
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Test
  void anUnknownOptionIsAToolErrorWithAOneLineReason() {
    assertEquals(ScryCli.EXIT_TOOL_ERROR, run("--no-such-flag"));
    assertTrue(
        err.toString().startsWith("error: Unknown option: '--no-such-flag'"), err.toString());
    assertTrue(
        err.toString().endsWith("scry: failed — try 'scry-cluster --help' for the options\n"),
        err.toString());
  }

  @Test
  void aMissingRequiredOptionIsAToolErrorNamingIt() {
    assertEquals(ScryCli.EXIT_TOOL_ERROR, run("proxy", "--listen", "127.0.0.1:0"));
    assertTrue(err.toString().startsWith("error: Missing required option"), err.toString());
    assertTrue(err.toString().contains("--upstream"), err.toString());
  }

  @Test
  void anErrorQuotingAUrlNeverShowsItsPassword() {
    assertEquals(
        ScryCli.EXIT_TOOL_ERROR,
        run("submit", "--max-connections", "postgres://app:Pw-in-url@db:5432/shop"));
    assertTrue(err.toString().startsWith("error: Invalid value for option"), err.toString());
    assertTrue(err.toString().contains("postgres://app:***@db:5432/shop"), err.toString());
    assertFalse(err.toString().contains("Pw-in-url"), err.toString());
  }

  @Test
  void everyDocumentedCommandIsRegistered() {
    CommandLine cli = ScryCli.newCommandLine();
    for (String command :
        new String[] {
          "demo",
          "proxy",
          "coordinator",
          "worker",
          "local",
          "submit",
          "status",
          "report",
          "ci",
          "capture",
          "fixture",
          "workload",
          "scenario"
        }) {
      assertTrue(cli.getSubcommands().containsKey(command), command);
    }
  }
}
