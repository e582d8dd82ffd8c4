package io.scry.cli.bench;

import io.scry.cli.ScryCli;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Times {@code scry-cluster demo} end to end, each run a fresh JVM as a user starts it (the JIT
 * warm-up and the embedded servers' start are part of the figure). Prints each run's exit code,
 * wall time and the demo's p50 lines of the regressed patterns, then the median wall time. Run by
 * name through {@code io.scry.fixtures.bench.Benchmarks demo}; docs/BENCHMARKS.md, section "Demo",
 * gives the command.
 *
 * <p>Arguments: {@code [runs] [extra demo options...]}; exits 1 when any run failed.
 */
public final class DemoBenchmark {
  /**
   * The line the demo prints under each regressed pattern it explains: "p50 0.30 ms -> 11.99 ms
   * 39.4x (95% CI 28.4x-58.6x, limit 1.5x)"; the gate's findings before it end differently (with
   * the A/A ratio and the pattern's status).
   */
  private static final Pattern P50_LINE =
      Pattern.compile("^\\s*p50 \\S+ ms -> \\S+ ms\\s+\\S+x \\(95% CI \\S+, limit \\S+\\)$");

  /** Output lines kept to show why a run failed. */
  private static final int TAIL_LINES = 20;

  private DemoBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.exit(run(args));
  }

  /** Runs the benchmark; returns the exit code: 0 when every demo run succeeded, else 1. */
  public static int run(String... args) throws IOException, InterruptedException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    List<String> extra = args.length > 1 ? List.of(args).subList(1, args.length) : List.of();
    WallTimes times = new WallTimes();
    int failed = 0;
    for (int run = 1; run <= runs; run++) {
      long started = System.nanoTime();
      Process demo = new ProcessBuilder(demoCommand(extra)).redirectErrorStream(true).start();
      DemoOutput output;
      try (BufferedReader lines = demo.inputReader()) {
        output = DemoOutput.read(lines);
      }
      int exit = demo.waitFor();
      double elapsed = times.recordSince(started);
      System.out.printf(Locale.ROOT, "run %d: exit %d, %.1f s%n", run, exit, elapsed);
      output.p50Lines().forEach(line -> System.out.println("  " + line));
      if (exit != 0) {
        failed++;
        System.out.println("  last lines of the failed run:");
        output.tail().forEach(line -> System.out.println("    | " + line));
      }
      System.out.flush();
    }
    System.out.println(times.medianLine());
    if (failed > 0) {
      System.out.printf(Locale.ROOT, "%d of %d demo runs failed%n", failed, runs);
    }
    return failed == 0 ? 0 : 1;
  }

  /** What a demo run printed that the benchmark reports. */
  private record DemoOutput(List<String> p50Lines, Deque<String> tail) {
    static DemoOutput read(BufferedReader lines) throws IOException {
      DemoOutput output = new DemoOutput(new ArrayList<>(), new ArrayDeque<>());
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (P50_LINE.matcher(line).find()) {
          output.p50Lines.add(line.strip());
        }
        output.tail.addLast(line);
        if (output.tail.size() > TAIL_LINES) {
          output.tail.removeFirst();
        }
      }
      return output;
    }
  }

  /** The demo in a new JVM of this Java, on the classpath (usually the shaded jar) of this one. */
  private static List<String> demoCommand(List<String> extra) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ScryCli.class.getName(),
                "demo"));
    command.addAll(extra);
    return command;
  }
}
