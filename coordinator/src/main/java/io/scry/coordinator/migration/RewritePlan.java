package io.scry.coordinator.migration;

import io.scry.coordinator.report.LockRisk;
import io.scry.coordinator.report.RehearsalSummary;
import io.scry.coordinator.report.RehearsedStatement;
import io.scry.coordinator.report.RewriteProofSummary.Change;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The safe rewrite of a migration whose rehearsal found a LOCK RISK, built from the statements the
 * migration sent (as its capturing proxy recorded them), where the rewrite is mechanical:
 *
 * <ul>
 *   <li>{@code CREATE [UNIQUE] INDEX} → {@code CREATE [UNIQUE] INDEX CONCURRENTLY}, alone (it
 *       cannot run in a transaction block); {@code REINDEX} → {@code REINDEX CONCURRENTLY};
 *   <li>{@code ADD CONSTRAINT c CHECK|FOREIGN KEY …} → the same {@code NOT VALID}, then {@code
 *       VALIDATE CONSTRAINT c} in a transaction of its own;
 *   <li>{@code ALTER COLUMN x SET NOT NULL} → a {@code CHECK (x IS NOT NULL) NOT VALID}, its
 *       validation, the {@code SET NOT NULL} (which uses the valid CHECK instead of a scan) and the
 *       CHECK's drop, each in a transaction of its own;
 *   <li>a statement that kept a DDL's lock by running in its transaction (a backfill) → the same
 *       statement in a transaction of its own, the DDL committed before it.
 * </ul>
 *
 * Every other statement is kept as it was, in its transaction. The plan rewrites only when every
 * risky statement has a mechanical rewrite: a rehearsal of a partial rewrite would still show the
 * locks of the statements it kept, and cost a rehearsal to tell what the first one told.
 */
final class RewritePlan {
  private static final Pattern BEGIN = SqlText.pattern("^\\s*(begin|start\\s+transaction)\\b");
  private static final Pattern COMMIT = SqlText.pattern("^\\s*(commit|end)\\b(?!\\s*prepared)");
  private static final Pattern ROLLBACK =
      SqlText.pattern("^\\s*(rollback|abort)\\b(?!\\s+(work\\s+|transaction\\s+)?to\\b)");

  private static final Pattern SESSION_ONLY =
      SqlText.pattern("^\\s*(set|reset|show|select|savepoint|release)\\b");
  private static final Pattern CREATE_INDEX =
      SqlText.pattern("^\\s*create\\s+(unique\\s+)?index\\b");
  private static final Pattern ON_ONLY = SqlText.pattern("\\bon\\s+only\\b");
  private static final Pattern REINDEX =
      SqlText.pattern("^\\s*reindex\\s+(\\([^)]*\\)\\s*)?(index|table)\\b(?!\\s+concurrently)");
  private static final String ALTER_TABLE =
      "^\\s*alter\\s+table\\s+(if\\s+exists\\s+)?(?<only>only\\s+)?(?<table>"
          + SqlText.QUALIFIED
          + ")\\s*\\*?\\s+";
  private static final Pattern ADD_CONSTRAINT =
      SqlText.pattern(
          ALTER_TABLE
              + "add\\s+constraint\\s+(?<name>"
              + SqlText.IDENT
              + ")\\s+(?<kind>check|foreign\\s+key|unique|primary\\s+key|exclude)\\b");
  private static final Pattern SET_NOT_NULL =
      SqlText.pattern(
          ALTER_TABLE
              + "alter\\s+(column\\s+)?(?<column>"
              + SqlText.IDENT
              + ")\\s+set\\s+not\\s+null\\s*");

  /** PostgreSQL's longest identifier, in bytes. */
  private static final int MAX_IDENTIFIER = 63;

  private final List<String> statements = new ArrayList<>();
  private final List<Change> changes = new ArrayList<>();
  private final List<String> notMechanical = new ArrayList<>();

  /** The transaction the migration opened and has not ended yet, in the original. */
  private boolean inTransaction;

  /** The rewrite's own BEGIN is open: statements kept in the transaction run in it. */
  private boolean open;

  private String begin = "BEGIN";

  /** The rewrite split the current transaction: it is no longer all-or-nothing. */
  private boolean split;

  /**
   * Statements that took a risky lock and are kept as they were (an ADD COLUMN in a backfill's
   * transaction): mechanical only when a later statement that kept their lock is moved out of the
   * transaction, which commits them first.
   */
  private final List<String> heldOpen = new ArrayList<>();

  private RewritePlan() {}

  static RewritePlan of(RehearsalSummary rehearsal) {
    return of(
        rehearsal.statements(),
        rehearsal.risks().stream()
            .map(LockRisk::relation)
            .filter(r -> !r.isEmpty())
            .collect(Collectors.toSet()));
  }

  /**
   * @param statements the migration's statements as the rehearsal saw them
   * @param risky the relations of the lock risks
   */
  static RewritePlan of(List<RehearsedStatement> statements, Set<String> risky) {
    RewritePlan plan = new RewritePlan();
    statements.forEach(s -> plan.add(s, risky));
    plan.endOfMigration();
    return plan;
  }

  /** Whether the rewrite can be rehearsed: every risky statement has a mechanical rewrite. */
  boolean mechanical() {
    return notMechanical.isEmpty();
  }

  /** The rewritten migration, one simple query each, transaction control included. */
  List<String> statements() {
    return List.copyOf(statements);
  }

  List<Change> changes() {
    return List.copyOf(changes);
  }

  /** The statements that have no mechanical rewrite, each with why. */
  List<String> notMechanical() {
    return List.copyOf(notMechanical);
  }

  private void add(RehearsedStatement s, Set<String> risky) {
    String sql = s.statement().sql();
    if (!s.statement().sqlstate().isEmpty()) {
      cannot(sql, "it failed in the rehearsal, so a rewrite cannot run what the migration ran");
    }
    if (SqlText.hasParameters(sql)) {
      cannot(sql, "it was sent with parameters ($1, ...), which a rewrite cannot send again");
    }
    boolean flagged = !s.advice().isEmpty();
    boolean took = s.locks().stream().anyMatch(l -> risky.contains(l.relation()));
    boolean held = s.heldBy().stream().anyMatch(l -> risky.contains(l.relation()));
    List<String> pieces = SqlText.split(sql);
    // Several statements in one query run as one transaction unless they say otherwise.
    boolean implicit =
        pieces.size() > 1 && !inTransaction && pieces.stream().noneMatch(RewritePlan::control);
    if (implicit) {
      piece("BEGIN", false, false, false);
    }
    pieces.forEach(piece -> piece(piece, flagged, took, held));
    if (implicit) {
      piece("COMMIT", false, false, false);
    }
  }

  private void piece(String sql, boolean flagged, boolean took, boolean held) {
    String masked = SqlText.mask(sql);
    if (BEGIN.matcher(masked).find()) {
      inTransaction = true;
      begin = sql;
      split = false;
    } else if (COMMIT.matcher(masked).find()) {
      endTransaction(sql);
    } else if (ROLLBACK.matcher(masked).find()) {
      if (split) {
        cannot(
            sql, "it rolls back a transaction the rewrite splits, which would commit part of it");
      }
      endTransaction(sql);
    } else if (!flagged) {
      keep(sql);
    } else if (held) {
      alone(sql);
      changes.add(
          change(
              sql,
              List.of(sql),
              LockWarnings.kind(masked) == LockWarnings.Kind.DATA_CHANGE
                  ? "the backfill runs in a transaction of its own once the DDL has committed, so"
                      + " the DDL's lock ends with the DDL; batching the backfill is not"
                      + " mechanical (the batches need a key range): do it too, for the row locks"
                      + " it holds"
                  : "runs in a transaction of its own once the DDL has committed, so the DDL's"
                      + " lock is not held while it runs"));
    } else if (took) {
      rewriteTaker(sql, masked);
    } else {
      cannot(
          sql,
          "it waited for its lock while the traffic queued behind it: SET lock_timeout and a"
              + " retry are the fix, not a rewrite a rehearsal can prove");
    }
  }

  /** The statement that took a risky lock, rewritten by what its text says it does. */
  private void rewriteTaker(String sql, String masked) {
    // The masked text, so that a leading comment or a literal never hides what the statement is.
    switch (LockWarnings.kind(masked)) {
      case INDEX_BUILD -> concurrentIndex(sql, masked);
      case VALIDATED_CONSTRAINT -> notValidThenValidate(sql, masked);
      case SET_NOT_NULL -> notNullThroughCheck(sql, masked);
      case WHOLE_TABLE -> concurrentReindex(sql, masked);
      case TYPE_CHANGE -> cannot(sql, "a type change needs add-column + batched backfill + swap");
      case VOLATILE_DEFAULT ->
          cannot(
              sql,
              "a volatile default needs add-column without a default + batched backfill + SET"
                  + " DEFAULT");
      case DATA_CHANGE, OTHER -> {
        keep(sql);
        // A setting or a query sent with the DDL in one query string did not hold the lock.
        if (SESSION_ONLY.matcher(masked).find()) {
          return;
        }
        if (inTransaction) {
          heldOpen.add(sql);
        } else {
          cannot(sql, "it holds its lock for its own duration");
        }
      }
    }
  }

  private void concurrentIndex(String sql, String masked) {
    if (ON_ONLY.matcher(masked).find()) {
      cannot(
          sql,
          "an index ON ONLY a partitioned table cannot be built concurrently: build each"
              + " partition's index concurrently, then ATTACH PARTITION");
      return;
    }
    Matcher m = CREATE_INDEX.matcher(masked);
    m.find();
    concurrentlyAfter(
        sql,
        m,
        "CREATE INDEX CONCURRENTLY, outside any transaction block, takes SHARE UPDATE"
            + " EXCLUSIVE: reads and writes go on while it builds (it takes longer, and a"
            + " failed build leaves an INVALID index to drop)");
  }

  private void concurrentReindex(String sql, String masked) {
    Matcher m = REINDEX.matcher(masked);
    if (!m.find()) {
      cannot(sql, "it holds ACCESS EXCLUSIVE for its whole duration by design");
      return;
    }
    concurrentlyAfter(
        sql,
        m,
        "REINDEX CONCURRENTLY, outside any transaction block: reads and writes go on while"
            + " it rebuilds");
  }

  /**
   * Rewrites {@code sql} with CONCURRENTLY inserted where {@code command} (the matched {@code
   * CREATE INDEX} or {@code REINDEX} keywords) ends, run alone: a concurrent build cannot run
   * inside a transaction block.
   */
  private void concurrentlyAfter(String sql, Matcher command, String reason) {
    String rewritten =
        sql.substring(0, command.end()) + " CONCURRENTLY" + sql.substring(command.end());
    changes.add(change(sql, List.of(rewritten), reason));
    alone(rewritten);
  }

  private void notValidThenValidate(String sql, String masked) {
    Matcher m = ADD_CONSTRAINT.matcher(masked);
    if (!m.find()) {
      cannot(sql, "an unnamed constraint: name it, so that it can be validated on its own");
      return;
    }
    String kind = m.group("kind").toLowerCase(Locale.ROOT);
    if (!kind.equals("check") && !kind.startsWith("foreign")) {
      cannot(
          sql,
          "a UNIQUE, PRIMARY KEY or EXCLUDE constraint builds its index under the lock: CREATE"
              + " UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... USING INDEX");
      return;
    }
    if (SqlText.hasTopLevelComma(masked)) {
      cannot(sql, "an ALTER TABLE with several actions: give the constraint an ALTER of its own");
      return;
    }
    String table = only(m) + sql.substring(m.start("table"), m.end("table"));
    String name = sql.substring(m.start("name"), m.end("name"));
    String notValid = sql + " NOT VALID";
    String validate = "ALTER TABLE " + table + " VALIDATE CONSTRAINT " + name;
    changes.add(
        change(
            sql,
            List.of(notValid, validate),
            "ADD CONSTRAINT ... NOT VALID checks new rows only; VALIDATE CONSTRAINT, in a"
                + " transaction of its own, scans the table under SHARE UPDATE EXCLUSIVE, which"
                + " lets reads and writes go on"));
    keep(notValid);
    alone(validate);
  }

  private void notNullThroughCheck(String sql, String masked) {
    Matcher m = SET_NOT_NULL.matcher(masked);
    if (!m.matches()) {
      cannot(sql, "an ALTER TABLE with several actions: give SET NOT NULL an ALTER of its own");
      return;
    }
    String table = only(m) + sql.substring(m.start("table"), m.end("table"));
    String column = sql.substring(m.start("column"), m.end("column"));
    String check = SqlText.quote(truncate(SqlText.unquote(column) + "_not_null_check"));
    String alter = "ALTER TABLE " + table + " ";
    List<String> steps =
        List.of(
            alter + "ADD CONSTRAINT " + check + " CHECK (" + column + " IS NOT NULL) NOT VALID",
            alter + "VALIDATE CONSTRAINT " + check,
            sql,
            alter + "DROP CONSTRAINT " + check);
    changes.add(
        change(
            sql,
            steps,
            "SET NOT NULL through a validated CHECK: the CHECK is validated under SHARE UPDATE"
                + " EXCLUSIVE, then SET NOT NULL uses it instead of scanning under ACCESS"
                + " EXCLUSIVE (PostgreSQL 12+); each step in a transaction of its own"));
    steps.forEach(this::alone);
  }

  /** Keeps {@code sql} where it was: in the migration's transaction when it is in one. */
  private void keep(String sql) {
    if (inTransaction && !open) {
      statements.add(begin);
      open = true;
    }
    statements.add(sql);
  }

  /** Runs {@code sql} in a transaction of its own: commits what is open first. */
  private void alone(String sql) {
    if (open) {
      statements.add("COMMIT");
      open = false;
      heldOpen.clear();
    }
    split |= inTransaction;
    statements.add(sql);
  }

  private void endTransaction(String sql) {
    if (open) {
      statements.add(sql);
    }
    open = false;
    inTransaction = false;
    split = false;
    heldLocksForTheirOwnDuration();
  }

  private void endOfMigration() {
    // A transaction left open ends with the session, rolled back, as the original's did.
    heldLocksForTheirOwnDuration();
    if (notMechanical.isEmpty() && changes.isEmpty()) {
      notMechanical.add("no statement of the migration could be matched to the lock risk");
    }
  }

  private void heldLocksForTheirOwnDuration() {
    heldOpen.forEach(sql -> cannot(sql, "it holds its lock for its own duration"));
    heldOpen.clear();
  }

  private Change change(String original, List<String> rewritten, String reason) {
    return new Change(
        original,
        rewritten,
        inTransaction
            ? reason
                + "; the migration's transaction is split there: it is no longer all or nothing"
            : reason);
  }

  private void cannot(String sql, String why) {
    String entry = oneLine(sql) + ": " + why;
    if (!notMechanical.contains(entry)) {
      notMechanical.add(entry);
    }
  }

  private static boolean control(String sql) {
    String masked = SqlText.mask(sql);
    return BEGIN.matcher(masked).find()
        || COMMIT.matcher(masked).find()
        || ROLLBACK.matcher(masked).find();
  }

  private static String only(Matcher m) {
    return m.start("only") < 0 ? "" : "ONLY ";
  }

  private static String truncate(String name) {
    return name.length() <= MAX_IDENTIFIER ? name : name.substring(0, MAX_IDENTIFIER);
  }

  private static String oneLine(String sql) {
    String line = sql.strip().replaceAll("\\s+", " ");
    return line.length() <= 120 ? line : line.substring(0, 119) + "…";
  }
}
