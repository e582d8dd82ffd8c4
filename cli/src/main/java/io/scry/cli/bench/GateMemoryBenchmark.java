package io.scry.cli.bench;

import io.scry.fixtures.db.DatabaseTarget;
import io.scry.fixtures.db.LocalPostgres;
import io.scry.protocol.synthetic.SyntheticCapture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gate on a large capture in a small heap: writes a synthetic capture of {@code statements}
 * statements ({@code SELECT $1::int} over 16 sessions), then runs {@code ci test-migration} on it
 * in a child JVM with {@code -Xmx<heap>} and a GC log — stress mode, one round, no A/A clone, no
 * rehearsal, a no-op migration — so the coordinator and the worker of the embedded cluster, the
 * capture check and the verdict all live in that heap. Prints the wall time, the exit code, the
 * peak resident set, the largest heap in use after a collection and the GC count.
 *
 * <p>Arguments: {@code [statements] [heap]}, defaults {@code 10000000 512m}. Run by name through
 * {@code io.scry.fixtures.bench.Benchmarks gate-memory}; docs/BENCHMARKS.md gives the figures.
 */
public final class GateMemoryBenchmark {
  /**
   * {@code [12.345s][info][gc] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 300M->41M(512M)}.
   */
  private static final Pattern PAUSE = Pattern.compile("GC\\(\\d+\\) Pause.* (\\d+)M->(\\d+)M\\(");

  private GateMemoryBenchmark() {}

  public static void main(String[] args) throws Exception {
    long statements = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    String heap = args.length > 1 ? args[1] : "512m";
    Path tmp = Files.createTempDirectory("scry-gate-memory-");
    try (LocalPostgres pg = LocalPostgres.start()) {
      DatabaseTarget shadow = pg.createDatabase("shadow");
      Path capture = tmp.resolve("capture");
      long written = System.nanoTime();
      SyntheticCapture.roundRobin(statements, 16).write(capture);
      System.out.printf(
          Locale.ROOT,
          "capture written in %.1f s, %,d bytes%n",
          (System.nanoTime() - written) / 1e9,
          BenchFiles.sizeOf(capture));
      Path gcLog = tmp.resolve("gc.log");
      List<String> command =
          new ArrayList<>(
              List.of(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx" + heap,
                  "-Xlog:gc:file=" + gcLog,
                  "-cp",
                  System.getProperty("java.class.path"),
                  "io.scry.cli.ScryCli",
                  "ci",
                  "test-migration",
                  capture.toString(),
                  "--shadow",
                  shadow.libpqEnvironment().get("DATABASE_URL"),
                  "--mode",
                  "stress",
                  "--rounds",
                  "1",
                  "--no-calibrate",
                  "--no-rehearsal",
                  "--format",
                  "json",
                  "--report-dir",
                  tmp.resolve("report").toString(),
                  "--",
                  "true"));
      long started = System.nanoTime();
      Process gate = new ProcessBuilder(command).inheritIO().start();
      long peakRssKb = 0;
      while (gate.isAlive()) {
        peakRssKb = Math.max(peakRssKb, residentKb(gate.pid()));
        Thread.sleep(1000);
      }
      double seconds = (System.nanoTime() - started) / 1e9;
      GcSummary gc = GcSummary.of(Files.readAllLines(gcLog));
      System.out.printf(
          Locale.ROOT,
          "statements %,d, heap -Xmx%s: exit %d, %.1f s (%,.0f statements/s per replay over 4"
              + " replays), peak RSS %,d MiB, max heap after GC %d MiB, max before GC %d MiB,"
              + " %d collections%n",
          statements,
          heap,
          gate.exitValue(),
          seconds,
          4 * statements / seconds,
          peakRssKb / 1024,
          gc.maxAfterMb(),
          gc.maxBeforeMb(),
          gc.pauses());
    } finally {
      BenchFiles.deleteRecursively(tmp);
    }
  }

  private record GcSummary(long maxBeforeMb, long maxAfterMb, int pauses) {
    static GcSummary of(List<String> lines) {
      long before = 0;
      long after = 0;
      int pauses = 0;
      for (String line : lines) {
        Matcher pause = PAUSE.matcher(line);
        if (pause.find()) {
          before = Math.max(before, Long.parseLong(pause.group(1)));
          after = Math.max(after, Long.parseLong(pause.group(2)));
          pauses++;
        }
      }
      return new GcSummary(before, after, pauses);
    }
  }

  /** VmRSS of a process, from /proc (0 where there is none). */
  private static long residentKb(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      // The process just ended, or no /proc: no sample.
    }
    return 0;
  }
}
