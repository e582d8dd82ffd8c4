package io.scry.cli.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.cli.CliRun;
import io.scry.cli.ScryCli;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The gate refuses a capture that lost statements (its gap records say so) before it clones or
 * migrates anything: the shadow here is not even reachable.
 */
class CaptureCheckUnitTests {
  private static final long T0 = 1_800_000_000_000_000_000L;
  private static final String UNREACHABLE = "postgres://postgres:secret@127.0.0.1:1/shadow";

  @TempDir Path dir;

  @Test
  void aCaptureBelowTheCompletenessFloorIsAToolErrorNamingTheKey() throws Exception {
    CliRun run = toolErrorOfGate(9, 1);

    assertTrue(
        run.stderr()
            .startsWith(
                "error: the capture "
                    + dir
                    + " is 90.000% complete, below ci.min_capture_completeness 99.9%: the proxy"
                    + " lost 1 statements (events lost: GAP_QUEUE_FULL 1); capture again on a"
                    + " proxy that keeps up, or lower ci.min_capture_completeness"
                    + " (SCRY_CI_MIN_CAPTURE_COMPLETENESS) knowingly\n"),
        run.stderr());
  }

  @Test
  void aLowerFloorLetsTheSameCaptureThrough() throws Exception {
    CliRun run = toolErrorOfGate(9, 1, "--min-capture-completeness", "80");

    assertTrue(
        run.stderr()
            .startsWith(
                "error: cannot connect to the shadow server 127.0.0.1:1 (--shadow): connection"
                    + " refused\n"),
        "it went on to the shadow: " + run.stderr());
  }

  @Test
  void anEmptyCaptureIsAToolError() throws Exception {
    CliRun run = toolErrorOfGate(0, 0);

    assertTrue(
        run.stderr().startsWith("error: the capture " + dir + " holds no statements to replay"),
        run.stderr());
  }

  @Test
  void aSampleThatSelectsNoSessionIsAToolErrorBeforeTheShadow() throws Exception {
    CliRun run = toolErrorOfGate(9, 0, "--sample-pct", "0.01");

    assertEquals(
        "error: ci.sample_pct 0.01 (--sample-pct) selects no statement of the capture "
            + dir
            + ", which holds 9 statements in 1 sessions",
        run.firstErrorLine());
    assertEquals(
        "scry: failed — raise ci.sample_pct (a sample takes whole sessions), or widen"
            + " capture.window",
        run.lastErrorLine());
  }

  /**
   * Writes a capture of {@code captured} statements that lost {@code lost}, runs the gate on it
   * with {@code options} and asserts that it ends in a tool error, as every gate here does (the
   * shadow is unreachable); returns the run for what it printed.
   */
  private CliRun toolErrorOfGate(int captured, int lost, String... options) throws Exception {
    write(captured, lost);
    CliRun run = gate(options);
    assertEquals(ScryCli.EXIT_TOOL_ERROR, run.exit(), run.output());
    return run;
  }

  private CliRun gate(String... options) {
    return CliRun.of(
        GateCommand.of(dir)
            .options("--shadow", UNREACHABLE)
            .options("--report-dir", dir.resolveSibling(dir.getFileName() + "-reports").toString())
            .options(options)
            .migration("true"));
  }

  private void write(int captured, int lost) throws Exception {
    TinyCapture.write(dir, captured, lost);
  }
}
