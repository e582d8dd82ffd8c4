package io.scry.cli.jobs;

import io.scry.coordinator.api.JobView;
import java.io.PrintWriter;

/**
 * Shows a job's progress: on a terminal, one bar redrawn in place with the ETA; otherwise (logs,
 * CI) a plain line whenever the state or phase changes or another tenth of the job is done.
 */
final class ProgressDisplay {

  private static final int BAR_WIDTH = 30;

  private final PrintWriter out;
  private final boolean terminal;
  private String lastLine = "";
  private int lastTenth = -1;

  ProgressDisplay(PrintWriter out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  void show(JobView job) {
    String text =
        String.format(
            "%5.1f%% %s %s%s",
            job.progressPct(),
            job.state(),
            job.phase(),
            job.etaSeconds() == null ? "" : ", ETA " + formatSeconds(job.etaSeconds()));
    if (terminal) {
      int filled = (int) Math.round(job.progressPct() / 100 * BAR_WIDTH);
      out.print(
          "\r[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + text + "\033[K");
      out.flush();
      return;
    }
    int tenth = (int) (job.progressPct() / 10);
    String key = job.state() + job.phase();
    if (!key.equals(lastLine) || tenth != lastTenth) {
      out.println(text);
      out.flush();
      lastLine = key;
      lastTenth = tenth;
    }
  }

  void finish() {
    if (terminal) {
      out.println();
      out.flush();
    }
  }

  static String formatSeconds(long seconds) {
    return seconds >= 3600
        ? String.format("%dh%02dm", seconds / 3600, seconds % 3600 / 60)
        : seconds >= 60 ? String.format("%dm%02ds", seconds / 60, seconds % 60) : seconds + "s";
  }
}
