package io.scry.protocol.fingerprint;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a simple-query string into statements at top-level semicolons, stepping over strings,
 * quoted identifiers, dollar quotes and comments with the same {@link LexicalRules} as the
 * normalizer.
 */
final class StatementSplitter {

  private StatementSplitter() {}

  static List<String> split(String sql) {
    List<String> statements = new ArrayList<>();
    int start = 0;
    boolean hasToken = false;
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (LexicalRules.isWhitespace(c)) {
        i++;
      } else if (LexicalRules.startsLineComment(sql, i)) {
        i = LexicalRules.endOfLineComment(sql, i);
      } else if (LexicalRules.startsBlockComment(sql, i)) {
        i = LexicalRules.endOfBlockComment(sql, i);
      } else if (c == ';') {
        if (hasToken) {
          statements.add(sql.substring(start, i).strip());
        }
        start = ++i;
        hasToken = false;
      } else {
        hasToken = true;
        i = endOfToken(sql, i, c);
      }
    }
    if (hasToken) {
      statements.add(sql.substring(start).strip());
    }
    return statements;
  }

  /** End of a token that may contain a semicolon, or just past {@code c} for any other. */
  private static int endOfToken(String sql, int i, char c) {
    if (c == '\'' || c == '"') {
      return LexicalRules.endOfQuoted(sql, i, false);
    }
    if (c == '$') {
      int tagLength = LexicalRules.dollarTagLength(sql, i);
      return tagLength > 0 ? LexicalRules.endOfDollarQuoted(sql, i, tagLength) : i + 1;
    }
    if (!LexicalRules.isIdentStart(c)) {
      return i + 1;
    }
    int prefix = LexicalRules.stringPrefixLength(sql, i);
    if (prefix > 0) {
      return LexicalRules.endOfQuoted(sql, i + prefix, (c | 0x20) == 'e');
    }
    if (LexicalRules.startsUnicodeIdentifier(sql, i)) {
      return LexicalRules.endOfQuoted(sql, i + 2, false);
    }
    // A whole word, so that the '$' inside an identifier like a$b$ never opens a dollar quote.
    return LexicalRules.endOfWord(sql, i);
  }
}
