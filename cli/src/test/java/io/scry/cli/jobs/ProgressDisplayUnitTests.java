package io.scry.cli.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.api.JobView;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A replay's progress as a CI log shows it (plain lines, spaced) and as a terminal does. */
class ProgressDisplayUnitTests {
  private final StringWriter text = new StringWriter();
  private final AtomicLong nanos = new AtomicLong();

  @Test
  void aLogGetsAPlainLineWithStatementsRateAndEtaAtMostEveryInterval() {
    ProgressDisplay display = replay(false, 12_000);

    at(1, view("running", 10, 9L));
    at(2, view("running", 20, 8L)); // too soon after the start
    at(10, view("running", 50, 5L));
    at(15, view("running", 60, 4L)); // too soon after the last line
    at(21, view("merging", 100, null)); // not replaying any more
    display.finish();

    assertEquals(
        List.of("scry:   6,000/12,000 statements (50%), 600/s, ETA 5s"),
        text.toString().lines().toList());
  }

  @Test
  void withoutAKnownTotalOnlyTheShareIsShown() {
    replay(false, 0);

    at(11, view("running", 25, 75L));

    assertEquals("scry:   25% replayed, ETA 1m15s\n", text.toString());
  }

  @Test
  void aTerminalRedrawsOneBarAndErasesIt() {
    ProgressDisplay display = replay(true, 1_000);

    at(1, view("running", 10, 9L));
    at(2, view("running", 50, 2L));
    display.finish();

    String shown = text.toString();
    assertTrue(shown.startsWith("\r[###"), shown);
    assertTrue(shown.contains("500/1,000 statements (50%), 250/s, ETA 2s"), shown);
    assertTrue(shown.endsWith("\r\033[K"), "the result line replaces the bar: " + shown);
    assertTrue(!shown.contains("\n"), shown);
  }

  private ProgressDisplay current;

  private ProgressDisplay replay(boolean terminal, long statements) {
    current =
        ProgressDisplay.ofReplay(
            new PrintWriter(text, true), terminal, statements, Duration.ofSeconds(10), nanos::get);
    return current;
  }

  private void at(long seconds, JobView view) {
    nanos.set(seconds * 1_000_000_000L);
    current.show(view);
  }

  private static JobView view(String state, double pct, Long eta) {
    return new JobView("j1", state, "round 1/1", pct, eta, null, 0, null, null, null);
  }
}
