package io.scry.cli.ci;

import io.scry.cli.ScryCli;
import io.scry.testsupport.PostgresExtension;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Times full {@code ci test-migration} cycles (clone, migrate, warm-up, rounds, compare, explain,
 * reports) for a capture of about {@code statements} statements on embedded PostgreSQL. A program,
 * not a test: docs/BENCHMARKS.md, section "CI cycle", gives the command.
 *
 * <p>Arguments: {@code [statements] [runs] [extra ci test-migration options...]}
 */
public final class CiCycleBenchmark {
  private CiCycleBenchmark() {}

  public static void main(String[] args) throws Exception {
    int statements = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<String> extra = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
    PostgresExtension pg = new PostgresExtension();
    pg.beforeAll(null);
    Path tmp = Files.createTempDirectory("scry-ci-bench-");
    try {
      OrdersWorkload.createShadow(pg, "shadow");
      Path capture = tmp.resolve("capture");
      // 2.5 statements per iteration on average, 4 sessions.
      OrdersWorkload.record(pg, "shadow", capture, 4, (int) Math.ceil(statements / 10.0));
      Path migration = tmp.resolve("noop.sql");
      Files.writeString(migration, "SELECT 1;\n");
      List<Double> seconds = new ArrayList<>();
      for (int run = 1; run <= runs; run++) {
        List<String> cli =
            new ArrayList<>(
                List.of(
                    "ci",
                    "test-migration",
                    capture.toString(),
                    "--shadow",
                    pg.url("shadow"),
                    "--format",
                    "json,junit,markdown,html",
                    "--report-dir",
                    tmp.resolve("report").toString()));
        cli.addAll(extra);
        cli.addAll(List.of("--", "psql", "-X", "-q", "-f", migration.toString()));
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new ScryCli());
        command.setOut(new PrintWriter(out, true));
        long started = System.nanoTime();
        int exit = command.execute(cli.toArray(String[]::new));
        double elapsed = (System.nanoTime() - started) / 1e9;
        seconds.add(elapsed);
        String report = Files.readString(tmp.resolve("report").resolve("scry-report.json"));
        System.out.printf(
            Locale.ROOT,
            "run %d: exit %d, %.1f s, timings %s%n",
            run,
            exit,
            elapsed,
            report
                .substring(
                    report.indexOf("\"timings_ms\""),
                    report.indexOf('}', report.indexOf("\"timings_ms\"")) + 1)
                .replaceAll("\\s+", " "));
      }
      List<Double> sorted = seconds.stream().sorted().toList();
      System.out.printf(
          Locale.ROOT, "median of %d runs: %.1f s%n", runs, sorted.get(sorted.size() / 2));
    } finally {
      pg.afterAll(null);
    }
  }
}
