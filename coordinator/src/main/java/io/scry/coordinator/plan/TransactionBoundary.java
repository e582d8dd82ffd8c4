package io.scry.coordinator.plan;

import java.util.Locale;

/**
 * Where a captured statement stands in its session's transactions, from its text: it opens an
 * explicit transaction ({@code BEGIN}, {@code START TRANSACTION}), ends one ({@code COMMIT}, {@code
 * END}, {@code ROLLBACK}, {@code ABORT}; not {@code ROLLBACK TO SAVEPOINT}), or neither.
 */
enum TransactionBoundary {
  BEGIN,
  END,
  NONE;

  static TransactionBoundary of(String sql) {
    String text = withoutLeadingComments(sql).toLowerCase(Locale.ROOT);
    String first = firstWord(text);
    return switch (first) {
      case "begin" -> BEGIN;
      case "start" -> text.matches("start\\s+transaction\\b.*") ? BEGIN : NONE;
      case "commit", "end", "abort" -> text.matches("commit\\s+prepared\\b.*") ? NONE : END;
      case "rollback" -> text.matches("rollback\\s+(to|prepared)\\b.*") ? NONE : END;
      default -> NONE;
    };
  }

  private static String firstWord(String text) {
    int end = 0;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(0, end);
  }

  private static String withoutLeadingComments(String sql) {
    String text = sql.stripLeading();
    while (true) {
      if (text.startsWith("--")) {
        int newline = text.indexOf('\n');
        text = newline < 0 ? "" : text.substring(newline + 1).stripLeading();
      } else if (text.startsWith("/*")) {
        int close = text.indexOf("*/");
        text = close < 0 ? "" : text.substring(close + 2).stripLeading();
      } else {
        return text;
      }
    }
  }
}
