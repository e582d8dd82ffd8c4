package io.scry.worker.replay;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Statements whose effect reaches beyond the database clone a replay runs on: server settings
 * ({@code ALTER SYSTEM}), programs run by the server ({@code COPY … PROGRAM}), cluster-wide roles,
 * database-level settings, and connections to other servers (dblink, postgres_fdw). Replayed on a
 * shadow they would change the shadow's server for every clone, run commands on its host, or reach
 * production itself; so they are never replayed, only counted by kind.
 *
 * <p>Works on the fingerprint's normalized text (lower case, literals replaced, whitespace folded);
 * each statement of a multi-statement query is looked at.
 */
final class CloneEscapes {

  private record Rule(String kind, List<String> prefixes, List<String> anywhere) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              "FOREIGN SERVER",
              List.of(
                  "create server",
                  "alter server",
                  "create user mapping",
                  "alter user mapping",
                  "import foreign schema",
                  "create extension dblink",
                  "create extension if not exists dblink",
                  "create extension postgres_fdw",
                  "create extension if not exists postgres_fdw"),
              List.of("dblink")),
          new Rule("ALTER SYSTEM", List.of("alter system"), List.of()),
          new Rule(
              "ROLE",
              List.of(
                  "create role",
                  "alter role",
                  "drop role",
                  "create user ",
                  "alter user ",
                  "drop user ",
                  "create group",
                  "alter group",
                  "drop group"),
              List.of()),
          new Rule("ALTER DATABASE", List.of("alter database"), List.of()));

  /** PROGRAM as a word: the normalizer may drop the spaces around parentheses and literals. */
  private static final Pattern COPY_PROGRAM = Pattern.compile("\\bprogram\\b");

  private CloneEscapes() {}

  /** The kind of escape {@code normalizedSql} holds, if any. */
  static Optional<String> kindOf(String normalizedSql) {
    for (String part : normalizedSql.split(";")) {
      String statement = part.strip();
      if (statement.startsWith("copy") && COPY_PROGRAM.matcher(statement).find()) {
        return Optional.of("COPY PROGRAM");
      }
      for (Rule rule : RULES) {
        if (rule.prefixes().stream().anyMatch(statement::startsWith)
            || rule.anywhere().stream().anyMatch(statement::contains)) {
          return Optional.of(rule.kind());
        }
      }
    }
    return Optional.empty();
  }
}
