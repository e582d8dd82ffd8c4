package io.scry.coordinator.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests the index a sequential scan's filter asks for: equality columns first, then one range
 * column (a B-tree can seek on equalities and scan one range; columns after a range would only be
 * filtered). Filters with OR, functions on the column or anything else unrecognised get no
 * suggestion rather than a wrong one.
 */
final class IndexAdvisor {
  // (region = 'eu'::text), ((region)::text = 'eu'::text), (o.created_at >= '2024-01-01'::date)
  private static final Pattern CONDITION =
      Pattern.compile(
          "^\\(*(?:\\w+\\.)?(\"?)([A-Za-z_][A-Za-z0-9_$]*)\\1\\)*(?:::[a-z ]+(?:\\(\\d+\\))?)?\\)*\\s*"
              + "(=|<=|>=|<|>|IS NULL)(?:\\s.*|$)",
          Pattern.DOTALL);

  private IndexAdvisor() {}

  /** {@code CREATE INDEX CONCURRENTLY ON table (columns)}, or empty when the filter gives none. */
  static Optional<String> suggest(String relation, String filter) {
    if (relation.isEmpty() || filter.isBlank()) {
      return Optional.empty();
    }
    List<String> conjuncts = topLevelSplit(stripOuterParens(filter.trim()));
    if (conjuncts.isEmpty()) {
      return Optional.empty();
    }
    List<String> equality = new ArrayList<>();
    String range = null;
    for (String conjunct : conjuncts) {
      Matcher m = CONDITION.matcher(stripOuterParens(conjunct.trim()));
      if (!m.matches()) {
        continue;
      }
      String column = m.group(1).isEmpty() ? m.group(2) : "\"" + m.group(2) + "\"";
      String operator = m.group(3);
      if (operator.equals("=") || operator.equals("IS NULL")) {
        if (!equality.contains(column)) {
          equality.add(column);
        }
      } else if (range == null) {
        range = column;
      }
    }
    List<String> columns = new ArrayList<>(equality);
    if (range != null && !columns.contains(range)) {
      columns.add(range);
    }
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "CREATE INDEX CONCURRENTLY ON " + relation + " (" + String.join(", ", columns) + ");");
  }

  /** Splits on AND at parenthesis depth 0; an OR at depth 0 means no split is meaningful. */
  private static List<String> topLevelSplit(String expression) {
    List<String> parts = new ArrayList<>();
    int[] depths = depths(expression);
    int start = 0;
    for (int i = 0; i < expression.length(); i++) {
      if (depths[i] == 0) {
        if (expression.startsWith(" OR ", i)) {
          return List.of();
        }
        if (expression.startsWith(" AND ", i)) {
          parts.add(expression.substring(start, i));
          start = i + 5;
        }
      }
    }
    parts.add(expression.substring(start));
    return parts;
  }

  /** "((a = 1) AND (b = 2))" → "(a = 1) AND (b = 2)": removes parentheses enclosing everything. */
  static String stripOuterParens(String s) {
    String result = s;
    while (result.startsWith("(") && result.endsWith(")") && enclosesAll(result)) {
      result = result.substring(1, result.length() - 1).trim();
    }
    return result;
  }

  private static boolean enclosesAll(String s) {
    int[] depths = depths(s);
    for (int i = 0; i < s.length() - 1; i++) {
      if (s.charAt(i) == ')' && depths[i] == 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The parenthesis depth after each character of {@code s}; -1 for a quoted literal's characters
   * and its quotes, whose parentheses do not count.
   */
  private static int[] depths(String s) {
    int[] depths = new int[s.length()];
    int depth = 0;
    boolean quoted = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
        depths[i] = -1;
        continue;
      }
      if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')') {
        depth--;
      }
      depths[i] = quoted ? -1 : depth;
    }
    return depths;
  }
}
