package io.scry.coordinator.migration;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises migration statements that take heavy locks on a busy table for their whole duration,
 * so the report can warn about them next to their measured duration. Conservative and textual: a
 * hint for review, not a verdict.
 */
final class LockWarnings {
  private static final Pattern CREATE_INDEX =
      Pattern.compile("^create\\s+(unique\\s+)?index\\s+(?!concurrently)");
  private static final Pattern ALTER_TYPE =
      Pattern.compile("\\balter\\s+(column\\s+)?\\S+\\s+(set\\s+data\\s+)?type\\b");
  private static final Pattern SET_NOT_NULL = Pattern.compile("\\bset\\s+not\\s+null\\b");
  private static final Pattern ADD_CONSTRAINT =
      Pattern.compile(
          "\\badd\\s+(constraint\\s+\\S+\\s+)?(foreign\\s+key|check|unique|primary\\s+key)\\b");
  private static final Pattern VOLATILE_DEFAULT =
      Pattern.compile(
          "\\badd\\s+(column\\s+)?.*\\bdefault\\s+.*\\b(random|clock_timestamp|gen_random_uuid|uuid_generate)\\w*\\s*\\(");
  private static final Pattern REWRITES =
      Pattern.compile("^(vacuum\\s+full|cluster|reindex\\s+(?!.*concurrently)|lock\\s+table)\\b");

  private LockWarnings() {}

  /** Why {@code sql} may block the table for its whole duration, or "" when nothing is known. */
  static String of(String sql) {
    String s = sql.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    if (CREATE_INDEX.matcher(s).find()) {
      return "CREATE INDEX without CONCURRENTLY blocks writes to the table while it builds";
    }
    if (s.startsWith("alter table")) {
      if (ALTER_TYPE.matcher(s).find()) {
        return "ALTER COLUMN TYPE rewrites the table under an ACCESS EXCLUSIVE lock";
      }
      if (VOLATILE_DEFAULT.matcher(s).find()) {
        return "ADD COLUMN with a volatile default rewrites the table under an ACCESS EXCLUSIVE lock";
      }
      if (SET_NOT_NULL.matcher(s).find()) {
        return "SET NOT NULL scans the table under an ACCESS EXCLUSIVE lock";
      }
      if (ADD_CONSTRAINT.matcher(s).find()
          && !s.contains("not valid")
          && !s.contains("using index")) {
        return "adding a constraint without NOT VALID validates every row under a heavy lock";
      }
    }
    if (REWRITES.matcher(s).find()) {
      return "takes an ACCESS EXCLUSIVE lock for its whole duration";
    }
    return "";
  }
}
