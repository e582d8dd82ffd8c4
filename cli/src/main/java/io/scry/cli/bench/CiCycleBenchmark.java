package io.scry.cli.bench;

import io.scry.cli.ScryCli;
import io.scry.fixtures.db.DatabaseTarget;
import io.scry.fixtures.db.LocalPostgres;
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
 * reports) for a capture of about {@code statements} statements on embedded PostgreSQL. Run by name
 * through {@code io.scry.fixtures.bench.Benchmarks ci-cycle}; docs/BENCHMARKS.md, section "CI
 * cycle", gives the commands.
 *
 * <p>Arguments: {@code [statements] [runs] [extra ci test-migration options...]}
 */
public final class CiCycleBenchmark {
  private static final String SHADOW = "shadow";

  private CiCycleBenchmark() {}

  public static void main(String[] args) throws Exception {
    int statements = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<String> extra = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
    Path tmp = Files.createTempDirectory("scry-ci-bench-");
    try (LocalPostgres pg = LocalPostgres.start()) {
      DatabaseTarget shadow = pg.createDatabase(SHADOW);
      OrdersCapture.createShadow(shadow);
      Path capture = tmp.resolve("capture");
      // 2.5 statements per iteration on average, 4 sessions.
      OrdersCapture.record(shadow, capture, 4, (int) Math.ceil(statements / 10.0));
      Path migration = tmp.resolve("noop.sql");
      Files.writeString(migration, "SELECT 1;\n");
      // The postgres://user:password@host:port/db form the CLI takes.
      String shadowUrl = shadow.libpqEnvironment().get("DATABASE_URL");
      Path reportDir = tmp.resolve("report");
      List<String> cli =
          new ArrayList<>(
              List.of("ci", "test-migration", capture.toString(), "--shadow", shadowUrl));
      cli.addAll(
          List.of("--format", "json,junit,markdown,html", "--report-dir", reportDir.toString()));
      cli.addAll(extra);
      cli.addAll(List.of("--", "psql", "-X", "-q", "-f", migration.toString()));
      WallTimes times = new WallTimes();
      for (int run = 1; run <= runs; run++) {
        CommandLine command = new CommandLine(new ScryCli());
        // The command's own narration would drown the timings; -Dscry.bench.narrate=true shows it,
        // with its per-step times.
        command.setOut(
            Boolean.getBoolean("scry.bench.narrate")
                ? new PrintWriter(System.out, true)
                : new PrintWriter(new StringWriter(), true));
        long started = System.nanoTime();
        int exit = command.execute(cli.toArray(String[]::new));
        double elapsed = times.recordSince(started);
        System.out.printf(
            Locale.ROOT,
            "run %d: exit %d, %.1f s, timings %s%n",
            run,
            exit,
            elapsed,
            timings(Files.readString(reportDir.resolve("scry-report.json"))));
      }
      System.out.println(times.medianLine());
    } finally {
      BenchFiles.deleteRecursively(tmp);
    }
  }

  /** The report's {@code "timings_ms": {...}} object, on one line. */
  private static String timings(String report) {
    int start = report.indexOf("\"timings_ms\"");
    return report.substring(start, report.indexOf('}', start) + 1).replaceAll("\\s+", " ");
  }
}
