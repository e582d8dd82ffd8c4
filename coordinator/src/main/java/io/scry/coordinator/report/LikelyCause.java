package io.scry.coordinator.report;

import io.scry.coordinator.compare.ErrorChange;
import io.scry.coordinator.compare.PatternComparison;
import io.scry.coordinator.explain.PlanChange;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The migration statement most likely responsible for a regressed pattern: the one that touches
 * most of the objects the pattern's plan or errors name (the index its baseline plan used, the
 * column an error says is missing) or, failing those, the tables its SQL reads. Among statements
 * touching as many, one that drops, renames or changes a type is preferred: that is what loses an
 * index or breaks a query, where an added column or a backfill rarely does. A heuristic, told as
 * "likely": it reads names, not the catalog.
 */
public final class LikelyCause {
  /** Names an error message quotes: {@code column "customer_id" does not exist}. */
  private static final Pattern QUOTED = Pattern.compile("\"([A-Za-z_][A-Za-z0-9_$]*)\"");

  /** Relations and indexes a plan summary names: {@code Seq Scan on orders}, {@code using idx}. */
  private static final Pattern PLANNED = Pattern.compile("\\b(?:on|using) ([A-Za-z_][\\w$]*)");

  /** Tables a statement reads or writes. */
  private static final Pattern TABLES =
      Pattern.compile(
          "\\b(?:from|join|update|into)\\s+(?:only\\s+)?([a-z_][\\w$]*(?:\\.[a-z_][\\w$]*)?)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern DESTRUCTIVE =
      Pattern.compile("\\b(drop|rename|type|alter\\s+column)\\b", Pattern.CASE_INSENSITIVE);

  private LikelyCause() {}

  /**
   * @param plan the pattern's plan change, or null
   * @return the statement, or empty when no statement touches anything the pattern names
   */
  public static Optional<MigrationSummary.Statement> of(
      PatternComparison p, PlanChange plan, MigrationSummary migration) {
    if (migration == null || migration.statements().isEmpty()) {
      return Optional.empty();
    }
    Set<String> named = new LinkedHashSet<>();
    for (ErrorChange e : p.errors()) {
      if (e.failing()) {
        collect(QUOTED, e.sampleMessage(), named);
      }
    }
    if (plan != null) {
      collect(PLANNED, plan.summary(), named);
    }
    Set<String> tables = new LinkedHashSet<>();
    collect(TABLES, p.query().normalizedSql(), tables);
    MigrationSummary.Statement best = null;
    int bestScore = 0;
    for (MigrationSummary.Statement s : migration.statements()) {
      // Objects the plan or an error names count twice a table the SQL merely reads.
      int score = 2 * touched(s.sql(), named) + touched(s.sql(), tables);
      if (score == 0) {
        continue;
      }
      if (best == null
          || score > bestScore
          || score == bestScore && destructive(s.sql()) && !destructive(best.sql())) {
        best = s;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best);
  }

  private static void collect(Pattern pattern, String text, Set<String> into) {
    if (text == null) {
      return;
    }
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      String name = m.group(1).toLowerCase(Locale.ROOT);
      into.add(name.substring(name.lastIndexOf('.') + 1));
    }
  }

  private static int touched(String sql, Set<String> names) {
    String lower = sql.toLowerCase(Locale.ROOT);
    int count = 0;
    for (String name : names) {
      if (Pattern.compile("\\b" + Pattern.quote(name) + "\\b").matcher(lower).find()) {
        count++;
      }
    }
    return count;
  }

  private static boolean destructive(String sql) {
    return DESTRUCTIVE.matcher(sql).find();
  }

  /** The statement as reports quote it. */
  public static String describe(
      MigrationSummary.Statement s, List<MigrationSummary.Statement> all) {
    return Findings.oneLine(s.sql(), 160)
        + " (statement "
        + (all.indexOf(s) + 1)
        + " of "
        + all.size()
        + ")";
  }
}
