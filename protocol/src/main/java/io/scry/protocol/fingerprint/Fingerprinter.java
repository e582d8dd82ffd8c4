package io.scry.protocol.fingerprint;

import java.util.ArrayList;
import java.util.List;

/**
 * Query fingerprints: the same query pattern with different literals, parameters, list lengths,
 * comments, case or whitespace gets the same {@link QueryFingerprint}.
 *
 * <pre>{@code
 * QueryFingerprint a = Fingerprinter.fingerprint("SELECT * FROM t WHERE a = 5 AND b IN (1,2,3)");
 * QueryFingerprint b = Fingerprinter.fingerprint("select * from t where a=$1 and b in (7)");
 * a.normalized(); // "select * from t where a = $? and b in ($?...)"
 * a.id() == b.id(); // true
 * }</pre>
 *
 * Purely lexical (PostgreSQL's lexical rules, no parser, no catalog), so a fingerprint is the same
 * before and after a schema migration. Never throws: any text, even garbage, has a fingerprint.
 * Thread-safe; costs a single pass over the characters. The rules are in {@code
 * docs/FINGERPRINTS.md}.
 */
public final class Fingerprinter {

  private Fingerprinter() {}

  /** The fingerprint of {@code sql}; {@code null} is treated as the empty string. */
  public static QueryFingerprint fingerprint(String sql) {
    String normalized;
    try {
      normalized = sql == null ? "" : new SqlNormalizer(sql).normalize();
    } catch (RuntimeException unexpected) {
      // The contract is "never throws": a lexer bug must not take the capture path down with it.
      normalized = sql;
    }
    return new QueryFingerprint(normalized, Fnv1a64.hashUtf8(normalized));
  }

  /**
   * Where the literals of {@code sql} are, in order: the string, dollar-quoted and numeric
   * constants that {@link #fingerprint} replaces by its placeholder ({@code 'it''s'}, {@code
   * E'\\n'}, {@code $$x$$}, {@code 42}, {@code 1.5e3}; not {@code $n} parameters, not the minus
   * sign before a number, not the numbers a fingerprint keeps: type modifiers such as {@code
   * varchar(10)} and {@code ORDER BY 2} positions). The same lexer as the fingerprint, so they
   * agree.
   *
   * @throws RuntimeException only on a lexer bug; callers that must not pass a literal through
   *     unchanged treat it as "cannot tell"
   */
  public static List<LiteralSpan> literals(String sql) {
    List<LiteralSpan> spans = new ArrayList<>();
    if (sql != null) {
      new SqlNormalizer(
              sql,
              new SqlNormalizer.LiteralSink() {
                @Override
                public void literal(int start, int end) {
                  spans.add(new LiteralSpan(start, end, false));
                }

                @Override
                public void comment(int start, int end) {
                  spans.add(new LiteralSpan(start, end, true));
                }
              })
          .normalize();
    }
    return spans;
  }

  /**
   * A literal (or a comment) of a query: its characters are {@code sql.substring(start, end)},
   * prefix ({@code E}, {@code U&}, ...) and quotes (or comment delimiters) included.
   */
  public record LiteralSpan(int start, int end, boolean comment) {}

  /**
   * Splits a simple-query string into its statements at top-level semicolons; semicolons inside
   * strings, quoted identifiers, dollar quotes and comments do not split. Each statement is
   * returned as written, without surrounding whitespace and without its semicolon; pieces that hold
   * only whitespace or comments are left out. Never throws ({@code null} gives no statement).
   *
   * <p>Not handled: the semicolons inside a {@code BEGIN ATOMIC ... END} function body split it.
   */
  public static List<String> splitStatements(String sql) {
    return sql == null ? List.of() : StatementSplitter.split(sql);
  }
}
