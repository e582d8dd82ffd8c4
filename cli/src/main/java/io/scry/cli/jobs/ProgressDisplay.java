package io.scry.cli.jobs;

import io.scry.coordinator.api.JobView;
import io.scry.coordinator.report.Durations;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows a job's progress: on a terminal, one bar redrawn in place with the ETA; otherwise (logs,
 * CI) plain lines. A job followed by {@code submit --wait} gets a line whenever its state or phase
 * changes or another tenth is done; a replay of the gate, which knows how many statements it
 * replays, gets a line with statements done, their rate and the ETA at most every {@code
 * plainEvery}, so that a long replay shows it is moving without flooding the log of a short one.
 *
 * <pre>{@code
 * ProgressDisplay progress = ProgressDisplay.ofReplay(out, terminal, statements, every, System::nanoTime);
 * while (!finished) progress.show(api.status(id));
 * progress.finish();
 * }</pre>
 */
public final class ProgressDisplay {

  private static final int BAR_WIDTH = 30;

  private final PrintWriter out;
  private final boolean terminal;
  private final long statements;
  private final Duration plainEvery;
  private final LongSupplier nanoClock;
  private final long startNanos;
  private String lastLine = "";
  private int lastTenth = -1;
  private long lastPlainNanos;
  private boolean drawn;

  ProgressDisplay(PrintWriter out, boolean terminal) {
    this(out, terminal, 0, null, System::nanoTime);
  }

  private ProgressDisplay(
      PrintWriter out,
      boolean terminal,
      long statements,
      Duration plainEvery,
      LongSupplier nanoClock) {
    this.out = out;
    this.terminal = terminal;
    this.statements = statements;
    this.plainEvery = plainEvery;
    this.nanoClock = nanoClock;
    this.startNanos = nanoClock.getAsLong();
    this.lastPlainNanos = startNanos;
  }

  /**
   * @param statements the statements the replay runs, 0 when unknown (only the share is shown)
   * @param plainEvery the least time between two plain lines
   */
  public static ProgressDisplay ofReplay(
      PrintWriter out,
      boolean terminal,
      long statements,
      Duration plainEvery,
      LongSupplier nanoClock) {
    return new ProgressDisplay(out, terminal, statements, plainEvery, nanoClock);
  }

  public void show(JobView job) {
    String text = plainEvery == null ? jobText(job) : replayText(job);
    if (terminal) {
      int filled = (int) Math.round(job.progressPct() / 100 * BAR_WIDTH);
      out.print(
          "\r[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + text + "\033[K");
      out.flush();
      drawn = true;
      return;
    }
    if (plainEvery == null ? jobLineDue(job) : replayLineDue(job)) {
      out.println(text);
      out.flush();
    }
  }

  /** Ends the bar's line on a terminal; a replay's bar is erased, its result line follows. */
  public void finish() {
    if (terminal && drawn) {
      out.print(plainEvery == null ? "\n" : "\r\033[K");
      out.flush();
    }
  }

  private static String jobText(JobView job) {
    return String.format(
        Locale.ROOT,
        "%5.1f%% %s %s%s",
        job.progressPct(),
        job.state(),
        job.phase(),
        job.etaSeconds() == null ? "" : ", ETA " + Durations.compact(job.etaSeconds()));
  }

  private String replayText(JobView job) {
    String eta = job.etaSeconds() == null ? "" : ", ETA " + Durations.compact(job.etaSeconds());
    if (statements <= 0) {
      return String.format(Locale.ROOT, "scry:   %.0f%% replayed%s", job.progressPct(), eta);
    }
    long done = Math.round(statements * job.progressPct() / 100);
    double seconds = (nanoClock.getAsLong() - startNanos) / 1e9;
    return String.format(
        Locale.ROOT,
        "scry:   %,d/%,d statements (%.0f%%), %,d/s%s",
        done,
        statements,
        job.progressPct(),
        seconds <= 0 ? 0 : Math.round(done / seconds),
        eta);
  }

  private boolean jobLineDue(JobView job) {
    int tenth = (int) (job.progressPct() / 10);
    String key = job.state() + job.phase();
    boolean due = !key.equals(lastLine) || tenth != lastTenth;
    lastLine = key;
    lastTenth = tenth;
    return due;
  }

  private boolean replayLineDue(JobView job) {
    long now = nanoClock.getAsLong();
    if (!"running".equals(job.state()) || now - lastPlainNanos < plainEvery.toNanos()) {
      return false;
    }
    lastPlainNanos = now;
    return true;
  }
}
