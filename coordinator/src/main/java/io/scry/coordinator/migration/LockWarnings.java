package io.scry.coordinator.migration;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises migration statements that take heavy locks on a busy table for their whole duration,
 * so the report can warn about them next to their measured duration and the rehearsal can advise
 * their safe rewrite. Conservative and textual: a hint for review; the verdict comes from what the
 * rehearsal measured.
 */
final class LockWarnings {
  private static final Pattern CREATE_INDEX =
      Pattern.compile("^create\\s+(unique\\s+)?index\\s+(?!concurrently)");
  private static final Pattern ALTER_TYPE =
      Pattern.compile("\\balter\\s+(column\\s+)?\\S+\\s+(set\\s+data\\s+)?type\\b");
  private static final Pattern SET_NOT_NULL = Pattern.compile("\\bset\\s+not\\s+null\\b");
  private static final Pattern ADD_CONSTRAINT =
      Pattern.compile(
          "\\badd\\s+(constraint\\s+(\"(?:[^\"]|\"\")*\"|\\S+)\\s+)?"
              + "(foreign\\s+key|check|unique|primary\\s+key)\\b");
  private static final Pattern VOLATILE_DEFAULT =
      Pattern.compile(
          "\\badd\\s+(column\\s+)?.*\\bdefault\\s+.*\\b(random|clock_timestamp|gen_random_uuid|uuid_generate)\\w*\\s*\\(");
  private static final Pattern REWRITES =
      Pattern.compile("^(vacuum\\s+full|cluster|reindex\\s+(?!.*concurrently)|lock\\s+table)\\b");
  private static final Pattern DATA_CHANGE =
      Pattern.compile("^(update|delete|insert|merge|with\\b.*\\b(update|delete|insert))\\b");

  /** What kind of heavy lock a statement's text says it takes. */
  enum Kind {
    INDEX_BUILD("CREATE INDEX without CONCURRENTLY blocks writes to the table while it builds"),
    TYPE_CHANGE("ALTER COLUMN TYPE rewrites the table under an ACCESS EXCLUSIVE lock"),
    VOLATILE_DEFAULT(
        "ADD COLUMN with a volatile default rewrites the table under an ACCESS EXCLUSIVE lock"),
    SET_NOT_NULL("SET NOT NULL scans the table under an ACCESS EXCLUSIVE lock"),
    VALIDATED_CONSTRAINT(
        "adding a constraint without NOT VALID validates every row under a heavy lock"),
    WHOLE_TABLE("takes an ACCESS EXCLUSIVE lock for its whole duration"),
    /** A data change: harmless alone, a backfill when it runs in a DDL's transaction. */
    DATA_CHANGE(""),
    OTHER("");

    final String warning;

    Kind(String warning) {
      this.warning = warning;
    }
  }

  private LockWarnings() {}

  /** Why {@code sql} may block the table for its whole duration, or "" when nothing is known. */
  static String of(String sql) {
    return kind(sql).warning;
  }

  static Kind kind(String sql) {
    String s = sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    if (CREATE_INDEX.matcher(s).find()) {
      return Kind.INDEX_BUILD;
    }
    if (s.startsWith("alter table")) {
      if (ALTER_TYPE.matcher(s).find()) {
        return Kind.TYPE_CHANGE;
      }
      if (VOLATILE_DEFAULT.matcher(s).find()) {
        return Kind.VOLATILE_DEFAULT;
      }
      if (SET_NOT_NULL.matcher(s).find()) {
        return Kind.SET_NOT_NULL;
      }
      if (ADD_CONSTRAINT.matcher(s).find()
          && !s.contains("not valid")
          && !s.contains("using index")) {
        return Kind.VALIDATED_CONSTRAINT;
      }
    }
    if (REWRITES.matcher(s).find()) {
      return Kind.WHOLE_TABLE;
    }
    if (DATA_CHANGE.matcher(s).find()) {
      return Kind.DATA_CHANGE;
    }
    return Kind.OTHER;
  }
}
