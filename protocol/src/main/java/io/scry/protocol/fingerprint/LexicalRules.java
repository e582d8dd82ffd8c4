package io.scry.protocol.fingerprint;

/**
 * PostgreSQL's lexical rules (scan.l) reduced to "where does this token end". The normalizer and
 * the statement splitter both walk SQL with these, so they agree on what is a string, a comment or
 * a dollar quote. Every method tolerates truncated input: an unterminated token ends at the end of
 * the text.
 */
final class LexicalRules {

  private LexicalRules() {}

  /** PostgreSQL whitespace, plus any other control character (garbage is skipped, not fatal). */
  static boolean isWhitespace(char c) {
    return c <= ' ';
  }

  /** {@code ident_start}: ASCII letters, underscore and every non-ASCII character. */
  static boolean isIdentStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
  }

  /** {@code ident_cont}: an identifier may also contain digits and dollar signs. */
  static boolean isIdentPart(char c) {
    return isIdentStart(c) || (c >= '0' && c <= '9') || c == '$';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** {@code op_chars}: the characters operators are made of. */
  static boolean isOperatorChar(char c) {
    switch (c) {
      case '~', '!', '@', '#', '^', '&', '|', '`', '?', '+', '-', '*', '/', '%', '<', '>', '=':
        return true;
      default:
        return false;
    }
  }

  static boolean startsLineComment(String s, int at) {
    return at + 1 < s.length() && s.charAt(at) == '-' && s.charAt(at + 1) == '-';
  }

  static boolean startsBlockComment(String s, int at) {
    return at + 1 < s.length() && s.charAt(at) == '/' && s.charAt(at + 1) == '*';
  }

  /** End of a {@code --} comment: just past its newline. */
  static int endOfLineComment(String s, int from) {
    int newline = s.indexOf('\n', from);
    return newline < 0 ? s.length() : newline + 1;
  }

  /** End of a {@code /* ... *}{@code /} comment; PostgreSQL block comments nest. */
  static int endOfBlockComment(String s, int from) {
    int depth = 0;
    int i = from;
    int n = s.length();
    while (i < n) {
      if (startsBlockComment(s, i)) {
        depth++;
        i += 2;
      } else if (s.charAt(i) == '*' && i + 1 < n && s.charAt(i + 1) == '/') {
        i += 2;
        if (--depth == 0) {
          return i;
        }
      } else {
        i++;
      }
    }
    return n;
  }

  /**
   * End of a quoted token opening at {@code from} ({@code '...'} or {@code "..."}): a doubled quote
   * is an escaped quote; with {@code backslashEscapes} ({@code E'...'}) a backslash escapes the
   * next character.
   */
  static int endOfQuoted(String s, int from, boolean backslashEscapes) {
    char quote = s.charAt(from);
    int n = s.length();
    int i = from + 1;
    while (i < n) {
      char c = s.charAt(i);
      if (backslashEscapes && c == '\\') {
        i += 2;
      } else if (c == quote) {
        if (i + 1 < n && s.charAt(i + 1) == quote) {
          i += 2;
        } else {
          return i + 1;
        }
      } else {
        i++;
      }
    }
    return n;
  }

  /**
   * Length of a dollar-quote delimiter ({@code $$} or {@code $tag$}) starting at {@code from}, or 0
   * when the {@code $} there does not open one.
   */
  static int dollarTagLength(String s, int from) {
    int n = s.length();
    int i = from + 1;
    if (i < n && s.charAt(i) == '$') {
      return 2;
    }
    if (i >= n || !isIdentStart(s.charAt(i))) {
      return 0;
    }
    i++;
    while (i < n && isIdentPart(s.charAt(i)) && s.charAt(i) != '$') {
      i++;
    }
    return i < n && s.charAt(i) == '$' ? i + 1 - from : 0;
  }

  /**
   * End of a dollar-quoted string whose opening delimiter of {@code tagLength} is at {@code from}.
   */
  static int endOfDollarQuoted(String s, int from, int tagLength) {
    int bodyStart = from + tagLength;
    int n = s.length();
    for (int i = s.indexOf('$', bodyStart); i >= 0; i = s.indexOf('$', i + 1)) {
      if (i + tagLength <= n && s.regionMatches(i, s, from, tagLength)) {
        return i + tagLength;
      }
    }
    return n;
  }

  /** End of an identifier or keyword starting at {@code from}. */
  static int endOfWord(String s, int from) {
    int i = from + 1;
    while (i < s.length() && isIdentPart(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** End of a {@code $n} parameter ({@code from} is at the {@code $}). */
  static int endOfParameter(String s, int from) {
    int i = from + 1;
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /**
   * End of a numeric literal starting at {@code from} (a digit, or a dot followed by a digit):
   * {@code 42}, {@code 1_000}, {@code 1.}, {@code .5}, {@code 1.5e-3}, {@code 0x1F}, {@code 0o17},
   * {@code 0b101}. {@code 1..5} leaves the dots alone, as PostgreSQL does for PL/pgSQL ranges.
   */
  static int endOfNumber(String s, int from) {
    int n = s.length();
    if (s.charAt(from) == '0'
        && from + 2 < n
        && isRadixPrefix(s.charAt(from + 1))
        && (isHexDigit(s.charAt(from + 2)) || s.charAt(from + 2) == '_')) {
      int i = from + 2;
      while (i < n && (isHexDigit(s.charAt(i)) || s.charAt(i) == '_')) {
        i++;
      }
      return i;
    }
    int i = skipDigits(s, from);
    if (i < n && s.charAt(i) == '.' && !(i + 1 < n && s.charAt(i + 1) == '.')) {
      i = skipDigits(s, i + 1);
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      int exponent = i + 1;
      if (exponent < n && (s.charAt(exponent) == '+' || s.charAt(exponent) == '-')) {
        exponent++;
      }
      if (exponent < n && isDigit(s.charAt(exponent))) {
        i = skipDigits(s, exponent);
      }
    }
    return i;
  }

  /**
   * End of an operator starting at {@code from}, by PostgreSQL's rule: the longest run of operator
   * characters, cut before an embedded comment start, and a trailing {@code +} or {@code -} is not
   * part of it unless the operator contains one of {@code ~ ! @ # ^ & | ` ? %} (so {@code =-5} is
   * {@code =} followed by {@code -5}).
   */
  static int endOfOperator(String s, int from) {
    int i = from;
    while (i < s.length()
        && isOperatorChar(s.charAt(i))
        && (i == from || !(startsLineComment(s, i) || startsBlockComment(s, i)))) {
      i++;
    }
    if (i - from > 1 && !containsNonArithmeticChar(s, from, i)) {
      while (i - from > 1 && (s.charAt(i - 1) == '+' || s.charAt(i - 1) == '-')) {
        i--;
      }
    }
    return i;
  }

  /**
   * Length of a string-literal prefix at {@code from} ({@code E'}, {@code B'}, {@code X'}, {@code
   * N'}, {@code U&'}), or 0 when the letters there start an ordinary word.
   */
  static int stringPrefixLength(String s, int from) {
    int n = s.length();
    char c = (char) (s.charAt(from) | 0x20);
    if ((c == 'e' || c == 'b' || c == 'x' || c == 'n')
        && from + 1 < n
        && s.charAt(from + 1) == '\'') {
      return 1;
    }
    if (c == 'u' && from + 2 < n && s.charAt(from + 1) == '&' && s.charAt(from + 2) == '\'') {
      return 2;
    }
    return 0;
  }

  /** Whether a {@code U&"..."} identifier starts at {@code from}. */
  static boolean startsUnicodeIdentifier(String s, int from) {
    return from + 2 < s.length()
        && (s.charAt(from) | 0x20) == 'u'
        && s.charAt(from + 1) == '&'
        && s.charAt(from + 2) == '"';
  }

  /**
   * Where the quoted character of a {@code UESCAPE 'c'} clause starts, when such a clause follows
   * the Unicode-escaped literal or identifier ending at {@code from}; -1 when there is none.
   */
  static int uescapeQuote(String s, int from) {
    int i = skipSpaceAndComments(s, from);
    if (i + 7 > s.length() || !s.regionMatches(true, i, "uescape", 0, 7)) {
      return -1;
    }
    int after = i + 7;
    if (after < s.length() && isIdentPart(s.charAt(after))) {
      return -1;
    }
    int quote = skipSpaceAndComments(s, after);
    return quote < s.length() && s.charAt(quote) == '\'' ? quote : -1;
  }

  /** The first position at or after {@code from} that is neither whitespace nor comment. */
  static int skipSpaceAndComments(String s, int from) {
    int i = from;
    while (i < s.length()) {
      if (isWhitespace(s.charAt(i))) {
        i++;
      } else if (startsLineComment(s, i)) {
        i = endOfLineComment(s, i);
      } else if (startsBlockComment(s, i)) {
        i = endOfBlockComment(s, i);
      } else {
        break;
      }
    }
    return i;
  }

  private static boolean isRadixPrefix(char c) {
    char lower = (char) (c | 0x20);
    return lower == 'x' || lower == 'o' || lower == 'b';
  }

  private static boolean isHexDigit(char c) {
    return isDigit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
  }

  private static int skipDigits(String s, int from) {
    int i = from;
    while (i < s.length() && (isDigit(s.charAt(i)) || s.charAt(i) == '_')) {
      i++;
    }
    return i;
  }

  private static boolean containsNonArithmeticChar(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      switch (s.charAt(i)) {
        case '~', '!', '@', '#', '^', '&', '|', '`', '?', '%':
          return true;
        default:
          break;
      }
    }
    return false;
  }
}
