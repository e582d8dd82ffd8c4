package io.scry.coordinator.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lexical structure of SQL text that a rewrite needs, and no more: where statements end, which
 * characters are code (not inside a string, a comment or a dollar-quoted body), and identifiers.
 *
 * <p>The {@linkplain #mask masked} text has the same length as the original, with string literals',
 * comments' and dollar-quoted bodies' characters turned into spaces and the inside of a quoted
 * identifier into {@code _}: a regular expression run on it never matches inside them, and its
 * match positions are the original's.
 */
final class SqlText {
  /** An identifier as it appears in the masked text: plain, or quoted (its inside masked). */
  static final String IDENT = "(?:\"_*\"|[a-z_][a-z0-9_$]*)";

  /** A possibly schema-qualified name in the masked text. */
  static final String QUALIFIED = IDENT + "(?:\\s*\\.\\s*" + IDENT + ")*";

  private static final Pattern DOLLAR_TAG = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)?\\$");
  private static final Pattern PARAMETER = Pattern.compile("\\$\\d+");

  private SqlText() {}

  /** {@code sql} with literals, comments and quoted identifiers' insides masked (see above). */
  static String mask(String sql) {
    char[] out = sql.toCharArray();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        i = blank(out, i, end < 0 ? n : end, ' ');
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        i = blank(out, i, blockCommentEnd(sql, i), ' ');
      } else if (c == '\'') {
        boolean backslashes = i > 0 && (sql.charAt(i - 1) == 'e' || sql.charAt(i - 1) == 'E');
        int end = quotedEnd(sql, i, '\'', backslashes);
        blank(out, i + 1, end - 1, ' ');
        i = end;
      } else if (c == '"') {
        int end = quotedEnd(sql, i, '"', false);
        blank(out, i + 1, end - 1, '_');
        i = end;
      } else if (c == '$' && (i == 0 || !Character.isLetterOrDigit(sql.charAt(i - 1)))) {
        Matcher tag = DOLLAR_TAG.matcher(sql).region(i, n);
        if (tag.lookingAt()) {
          int close = sql.indexOf(tag.group(), tag.end());
          int end = close < 0 ? n : close + tag.group().length();
          i = blank(out, i, end, ' ');
        } else {
          i++;
        }
      } else {
        i++;
      }
    }
    return new String(out);
  }

  /**
   * The statements of {@code sql}, split at the semicolons that are code, each trimmed and without
   * its semicolon; empty ones and ones made only of comments are left out.
   */
  static List<String> split(String sql) {
    String masked = mask(sql);
    List<String> statements = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= masked.length(); i++) {
      if (i == masked.length() || masked.charAt(i) == ';') {
        if (!masked.substring(start, i).isBlank()) {
          statements.add(sql.substring(start, i).strip());
        }
        start = i + 1;
      }
    }
    return statements;
  }

  /** Whether {@code sql} has a {@code $1}-style parameter outside literals and comments. */
  static boolean hasParameters(String sql) {
    return PARAMETER.matcher(mask(sql)).find();
  }

  /** Whether {@code sql} has a comma outside parentheses, literals and comments. */
  static boolean hasTopLevelComma(String sql) {
    String masked = mask(sql);
    int depth = 0;
    for (int i = 0; i < masked.length(); i++) {
      char c = masked.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      } else if (c == ',' && depth == 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * A pattern over masked text: case-insensitive, whitespace-tolerant, {@code .} matching newlines.
   */
  static Pattern pattern(String regex) {
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  }

  /** The name an identifier stands for: a quoted one as written, a plain one in lower case. */
  static String unquote(String identifier) {
    return identifier.startsWith("\"")
        ? identifier.substring(1, identifier.length() - 1).replace("\"\"", "\"")
        : identifier.toLowerCase(Locale.ROOT);
  }

  /** {@code name} as a quoted identifier, which stands for it exactly. */
  static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  private static int blank(char[] out, int from, int to, char with) {
    for (int i = from; i < to; i++) {
      if (out[i] != '\n') {
        out[i] = with;
      }
    }
    return to;
  }

  /** The index after the end of a (nestable) block comment starting at {@code start}. */
  private static int blockCommentEnd(String sql, int start) {
    int depth = 0;
    int i = start;
    while (i + 1 < sql.length()) {
      if (sql.startsWith("/*", i)) {
        depth++;
        i += 2;
      } else if (sql.startsWith("*/", i)) {
        depth--;
        i += 2;
        if (depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return sql.length();
  }

  /** The index after the quote closing the literal or identifier that opens at {@code start}. */
  private static int quotedEnd(String sql, int start, char quote, boolean backslashes) {
    int i = start + 1;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (backslashes && c == '\\') {
        i += 2;
      } else if (c == quote) {
        if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
          i += 2;
        } else {
          return i + 1;
        }
      } else {
        i++;
      }
    }
    return sql.length();
  }
}
