package io.scry.protocol.fingerprint;

import static io.scry.protocol.fingerprint.LexicalRules.isDigit;
import static io.scry.protocol.fingerprint.LexicalRules.isIdentStart;
import static io.scry.protocol.fingerprint.LexicalRules.isOperatorChar;
import static io.scry.protocol.fingerprint.LexicalRules.isWhitespace;

import java.util.Arrays;

/**
 * One pass over the characters of a query, writing its normalized form: literals and parameters
 * become {@value #PLACEHOLDER}, lists of constants collapse, comments vanish, unquoted words fold
 * to lower case and tokens are re-spaced canonically. The rules are described in {@code
 * docs/FINGERPRINTS.md}.
 *
 * <p>Use once: {@code new SqlNormalizer(sql).normalize()}. Collapsing is done in place: when an
 * element of a list turns out equal to the one before, the output is cut back to where its
 * separator started, so nothing is buffered per token.
 */
final class SqlNormalizer {

  /** What every literal and every {@code $n} parameter becomes. */
  static final String PLACEHOLDER = "$?";

  /** Marks a collapsed run of list elements or VALUES rows. */
  static final String COLLAPSED = "...";

  // What the previous token written was: decides spacing, sign folding and list detection.
  private static final int NONE = 0;
  private static final int WORD = 1;
  private static final int KEYWORD = 2;
  private static final int QUOTED_IDENTIFIER = 3;
  private static final int CONSTANT = 4;
  private static final int OPERATOR = 5;
  private static final int OPEN_PAREN = 6;
  private static final int CLOSE_PAREN = 7;
  private static final int OPEN_BRACKET = 8;
  private static final int CLOSE_BRACKET = 9;
  private static final int COMMA = 10;
  private static final int DOT = 11;
  private static final int CAST = 12;
  private static final int SEMICOLON = 13;
  private static final int ELLIPSIS = 14;
  private static final int OTHER = 15;
  private static final int KEPT_NUMBER = 16;

  // Where a type name after "::" stands: its typmod numbers are kept, its words are constant-like.
  private static final int NOT_IN_CAST = 0;
  private static final int EXPECT_TYPE = 1;
  private static final int IN_TYPE = 2;

  // A frame's VALUES row list.
  private static final int NO_VALUES = 0;
  private static final int EXPECT_ROW = 1;
  private static final int IN_ROW = 2;
  private static final int AFTER_ROW = 3;

  /** Nesting beyond this is written but not interpreted, so memory stays bounded on garbage. */
  static final int MAX_DEPTH = 256;

  private final String sql;
  private final LiteralSink literals;
  private final StringBuilder out;
  private Frame[] frames = new Frame[8];
  private int depth;
  private int depthBeyondMax;

  private int previousKind = NONE;
  private int previousFlags;
  private boolean previousWasString;
  private boolean pendingSemicolon;
  private int castState = NOT_IN_CAST;
  // Inside the name after INTO / TABLE / REFERENCES: a '(' after it is a column list, not a call.
  private boolean inRelationName;
  // The frame depth of an ORDER BY / GROUP BY key list, -1 outside one: "order by 2" is a column.
  private int keyListDepth = -1;

  // A '+' or '-' just written where an operand was expected: a literal right after absorbs it.
  private int signStart = -1;
  private int kindBeforeSign;
  private int flagsBeforeSign;

  SqlNormalizer(String sql) {
    this(sql, null);
  }

  /**
   * A normalizer that also tells {@code literals} where each literal it replaces by the placeholder
   * is in {@code sql} (string, dollar-quoted and numeric constants; not {@code $n} parameters, nor
   * the numbers it keeps: type modifiers and ORDER BY / GROUP BY positions).
   */
  SqlNormalizer(String sql, LiteralSink literals) {
    this.sql = sql;
    this.literals = literals;
    this.out = new StringBuilder(Math.min(sql.length(), 4096) + 16);
    frames[0] = new Frame();
    frames[0].open((char) 0, false, false, false);
  }

  String normalize() {
    int n = sql.length();
    int i = 0;
    while (i < n) {
      char c = sql.charAt(i);
      if (isWhitespace(c)) {
        i++;
      } else if (LexicalRules.startsLineComment(sql, i)) {
        i = comment(i, LexicalRules.endOfLineComment(sql, i));
      } else if (LexicalRules.startsBlockComment(sql, i)) {
        i = comment(i, LexicalRules.endOfBlockComment(sql, i));
      } else {
        i = token(c, i);
      }
    }
    return out.toString();
  }

  /** Writes the token starting at {@code i} and returns where it ends. */
  private int token(char c, int i) {
    int n = sql.length();
    char next = i + 1 < n ? sql.charAt(i + 1) : 0;
    switch (c) {
      case '\'':
        return literal(report(i, LexicalRules.endOfQuoted(sql, i, false)), true);
      case '"':
        return quotedIdentifier(i, LexicalRules.endOfQuoted(sql, i, false));
      case '$':
        return dollar(i, next);
      case '(', '[':
        open(c);
        return i + 1;
      case ')', ']':
        close(c);
        return i + 1;
      case ',':
        comma();
        return i + 1;
      case ';':
        pendingSemicolon = true;
        signStart = -1;
        return i + 1;
      case ':':
        if (next == ':') {
          simple(CAST, "::", true);
          castState = EXPECT_TYPE;
          return i + 2;
        }
        return next == '=' ? operator(i, i + 2) : other(i);
      case '.':
        if (isDigit(next)) {
          return number(i);
        }
        if (next == '.' && i + 2 < n && sql.charAt(i + 2) == '.') {
          ellipsis();
          return i + 3;
        }
        dot();
        return i + 1;
      default:
        break;
    }
    if (isDigit(c)) {
      return number(i);
    }
    if (isIdentStart(c)) {
      return wordOrPrefixedLiteral(i);
    }
    if (isOperatorChar(c)) {
      return operator(i, LexicalRules.endOfOperator(sql, i));
    }
    return other(i);
  }

  private int dollar(int i, char next) {
    if (isDigit(next)) {
      return literal(LexicalRules.endOfParameter(sql, i), false);
    }
    if (next == '?') {
      // Our own placeholder: a normalized text normalizes to itself.
      return literal(i + 2, false);
    }
    int tagLength = LexicalRules.dollarTagLength(sql, i);
    if (tagLength > 0) {
      return literal(report(i, LexicalRules.endOfDollarQuoted(sql, i, tagLength)), false);
    }
    return other(i);
  }

  private int wordOrPrefixedLiteral(int i) {
    int prefix = LexicalRules.stringPrefixLength(sql, i);
    if (prefix == 2) {
      int end = LexicalRules.endOfQuoted(sql, i + 2, false);
      int uescapeQuote = LexicalRules.uescapeQuote(sql, end);
      return literal(
          report(i, uescapeQuote < 0 ? end : LexicalRules.endOfQuoted(sql, uescapeQuote, false)),
          true);
    }
    if (prefix == 1) {
      boolean escapes = (sql.charAt(i) | 0x20) == 'e';
      return literal(report(i, LexicalRules.endOfQuoted(sql, i + 1, escapes)), true);
    }
    if (LexicalRules.startsUnicodeIdentifier(sql, i)) {
      return quotedIdentifier(i, LexicalRules.endOfQuoted(sql, i + 2, false));
    }
    int end = LexicalRules.endOfWord(sql, i);
    word(i, end);
    return end;
  }

  private int number(int i) {
    int end = LexicalRules.endOfNumber(sql, i);
    if (top().typmod || isPositionalKey(i, end)) {
      // varchar(10) and varchar(20) are different types; order by 1 and 2 different columns.
      beginToken(KEPT_NUMBER);
      out.append(sql, i, end);
      endToken(KEPT_NUMBER, true, 0);
      return end;
    }
    return literal(report(i, end), false);
  }

  /** An unsigned integer that is a whole item of an ORDER BY or GROUP BY list. */
  private boolean isPositionalKey(int start, int end) {
    if (keyListDepth != depth
        || top().list // collapsing owns the list's elements
        || !(previousKind == COMMA
            || (previousKind == KEYWORD && (previousFlags & Keywords.BY) != 0))) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (!isDigit(sql.charAt(i))) {
        return false;
      }
    }
    int next = LexicalRules.skipSpaceAndComments(sql, end);
    if (next == sql.length()) {
      return true;
    }
    // Followed by the end of the item: a separator, or a word (desc, limit) that is not E'...'.
    char c = sql.charAt(next);
    return c == ','
        || c == ')'
        || c == ';'
        || (isIdentStart(c) && LexicalRules.stringPrefixLength(sql, next) == 0);
  }

  /** Tells the literal sink, if any, of the literal at {@code start..end}; returns {@code end}. */
  private int report(int start, int end) {
    if (literals != null) {
      literals.literal(start, end);
    }
    return end;
  }

  /** Tells the literal sink, if any, of the comment at {@code start..end}; returns {@code end}. */
  private int comment(int start, int end) {
    if (literals != null) {
      literals.comment(start, end);
    }
    return end;
  }

  /** Receives the positions of the literals a normalizer replaces, and of the comments it drops. */
  interface LiteralSink {
    void literal(int start, int end);

    void comment(int start, int end);
  }

  /** A literal or parameter ending at {@code end} becomes the placeholder. */
  private int literal(int end, boolean string) {
    if (string && previousWasString) {
      return end; // 'a' 'b' on separate lines is one literal in PostgreSQL
    }
    if (signStart >= 0) {
      out.setLength(signStart);
      previousKind = kindBeforeSign;
      previousFlags = flagsBeforeSign;
    }
    simple(CONSTANT, PLACEHOLDER, true);
    previousWasString = string;
    return end;
  }

  private int quotedIdentifier(int start, int end) {
    boolean typeName = castState != NOT_IN_CAST;
    beginToken(QUOTED_IDENTIFIER);
    boolean relationName = followsRelationKeyword();
    if (sql.charAt(start) == '"') {
      out.append(sql, start, end);
    } else {
      out.append("u&").append(sql, start + 2, end);
    }
    int uescapeQuote = LexicalRules.uescapeQuote(sql, end);
    if (uescapeQuote >= 0) {
      end = LexicalRules.endOfQuoted(sql, uescapeQuote, false);
      out.append(" uescape ").append(sql, uescapeQuote, end);
    }
    endToken(QUOTED_IDENTIFIER, typeName, 0);
    inRelationName = relationName;
    if (typeName) {
      castState = IN_TYPE;
    }
    return end;
  }

  private void word(int start, int end) {
    beginToken(WORD);
    int from = out.length();
    for (int i = start; i < end; i++) {
      char c = sql.charAt(i);
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
    }
    int flags = Keywords.flags(out, from, out.length());
    boolean typeName =
        castState == EXPECT_TYPE
            || (castState == IN_TYPE && (flags & Keywords.TYPE_CONTINUATION) != 0);
    boolean keyword = !typeName && (flags & Keywords.CLAUSE) != 0;
    boolean startsKeyList =
        (flags & Keywords.BY) != 0
            && previousKind == KEYWORD
            && (previousFlags & Keywords.SORTS) != 0;
    boolean relationName = !keyword && followsRelationKeyword();
    endToken(keyword ? KEYWORD : WORD, typeName, flags);
    inRelationName = relationName;
    if (startsKeyList) {
      keyListDepth = depth;
    } else if (keyword && keyListDepth == depth && (flags & Keywords.DIRECTION) == 0) {
      keyListDepth = -1; // limit, having, union, ...
    }
    if (typeName) {
      castState = IN_TYPE;
    } else if ((flags & Keywords.VALUES) != 0) {
      top().valuesState = EXPECT_ROW;
      top().rows.reset();
    }
  }

  private boolean followsRelationKeyword() {
    return (previousKind == KEYWORD && (previousFlags & Keywords.NAMES_RELATION) != 0)
        || (previousKind == DOT && inRelationName);
  }

  private int operator(int start, int end) {
    flushSemicolon();
    int before = out.length();
    int kind = previousKind;
    int flags = previousFlags;
    boolean sign =
        end - start == 1
            && (sql.charAt(start) == '-' || sql.charAt(start) == '+')
            && expectsOperand();
    boolean chained = sign && signStart >= 0; // - -5 folds as a whole, or idempotence breaks
    beginToken(OPERATOR);
    out.append(sql, start, end);
    int outerSignStart = signStart;
    endToken(OPERATOR, sign, 0);
    if (chained) {
      signStart = outerSignStart;
    } else if (sign) {
      signStart = before;
      kindBeforeSign = kind;
      flagsBeforeSign = flags;
    }
    return end;
  }

  private boolean expectsOperand() {
    switch (previousKind) {
      case NONE, OPERATOR, OPEN_PAREN, OPEN_BRACKET, COMMA, SEMICOLON, OTHER, KEYWORD:
        return true;
      default:
        return false;
    }
  }

  private int other(int i) {
    beginToken(OTHER);
    out.append(sql.charAt(i));
    endToken(OTHER, false, 0);
    return i + 1;
  }

  private void dot() {
    boolean inType = castState == IN_TYPE;
    boolean relationName = inRelationName;
    simple(DOT, ".", true);
    inRelationName = relationName; // a schema-qualified relation name
    if (inType) {
      castState = EXPECT_TYPE; // a schema-qualified type name
    }
  }

  private void ellipsis() {
    Frame frame = top();
    if (frame.list || frame.valuesState == AFTER_ROW) {
      return; // already collapsed: it will be marked again
    }
    simple(ELLIPSIS, COLLAPSED, true);
  }

  private void open(char c) {
    int kind = c == '(' ? OPEN_PAREN : OPEN_BRACKET;
    if (depth == MAX_DEPTH) {
      depthBeyondMax++;
      simple(kind, c == '(' ? "(" : "[", false);
      return;
    }
    int savedCast = castState;
    beginToken(kind);
    Frame parent = top();
    int listFlag = c == '(' ? Keywords.IN : Keywords.ARRAY;
    boolean list = previousKind == KEYWORD && (previousFlags & listFlag) != 0;
    boolean typmod = c == '(' && savedCast == IN_TYPE;
    boolean row = c == '(' && parent.valuesState == EXPECT_ROW;
    if (row) {
      parent.rows.elementStart = out.length();
      parent.valuesState = IN_ROW;
    }
    out.append(c);
    endToken(kind, true, 0);
    Frame frame = push();
    frame.open(c == '(' ? ')' : ']', list, typmod, row);
    frame.castAtOpen = c == '[' && savedCast == IN_TYPE; // int[]
    frame.elements.elementStart = out.length();
  }

  private void close(char c) {
    int kind = c == ')' ? CLOSE_PAREN : CLOSE_BRACKET;
    Frame frame = top();
    if (depthBeyondMax > 0 || depth == 0 || frame.closer != c) {
      depthBeyondMax = Math.max(0, depthBeyondMax - 1);
      simple(kind, c == ')' ? ")" : "]", false); // unbalanced: written, not interpreted
      return;
    }
    if (frame.list) {
      frame.elements.endElement(out, !frame.elementNonConstant);
    }
    beginToken(kind);
    out.append(c);
    if (keyListDepth == depth) {
      keyListDepth = -1;
    }
    depth--;
    Frame parent = top();
    if (frame.valuesRow) {
      parent.rows.endElement(out, true);
      parent.valuesState = AFTER_ROW;
    }
    endToken(kind, true, 0);
    if (frame.typmod || (c == ']' && frame.castAtOpen)) {
      castState = IN_TYPE; // varchar(10)[] and int[][]
    }
  }

  private void comma() {
    Frame frame = top();
    if (frame.valuesState == AFTER_ROW) {
      beginToken(COMMA);
      frame.rows.separatorStart = out.length();
      out.append(", ");
      frame.valuesState = EXPECT_ROW;
      endToken(COMMA, true, 0);
      return;
    }
    if (frame.list) {
      frame.elements.endElement(out, !frame.elementNonConstant);
      frame.elementNonConstant = false;
      beginToken(COMMA);
      frame.elements.separatorStart = out.length();
      out.append(", ");
      frame.elements.elementStart = out.length();
      endToken(COMMA, true, 0);
      return;
    }
    simple(COMMA, ", ", true);
  }

  private void simple(int kind, String text, boolean constant) {
    beginToken(kind);
    out.append(text);
    endToken(kind, constant, 0);
  }

  /** Everything that happens before a token's text is written: pending ';', context, spacing. */
  private void beginToken(int kind) {
    flushSemicolon();
    Frame frame = top();
    if ((frame.valuesState == AFTER_ROW && kind != COMMA)
        || (frame.valuesState == EXPECT_ROW && kind != OPEN_PAREN)) {
      frame.valuesState = NO_VALUES;
    }
    if (needsSpaceBefore(kind)) {
      out.append(' ');
    }
  }

  private void endToken(int kind, boolean constantLike, int flags) {
    if (!constantLike) {
      for (int d = 1; d <= depth; d++) {
        frames[d].elementNonConstant = true;
      }
    }
    previousKind = kind;
    previousFlags = flags;
    previousWasString = false;
    castState = NOT_IN_CAST;
    inRelationName = false;
    signStart = -1;
  }

  /** A ';' is written only when a token follows, so trailing and repeated ones vanish. */
  private void flushSemicolon() {
    if (!pendingSemicolon) {
      return;
    }
    pendingSemicolon = false;
    if (out.length() > 0) {
      top().valuesState = NO_VALUES;
      out.append(';');
      keyListDepth = -1;
      previousKind = SEMICOLON;
      previousFlags = 0;
      castState = NOT_IN_CAST;
      inRelationName = false;
    }
  }

  private boolean needsSpaceBefore(int kind) {
    if (out.length() == 0) {
      return false;
    }
    if (wouldFuse(kind)) {
      return true;
    }
    switch (previousKind) {
      case OPEN_PAREN, OPEN_BRACKET, DOT, CAST, COMMA:
        return false;
      default:
        break;
    }
    switch (kind) {
      case CLOSE_PAREN, CLOSE_BRACKET, COMMA, DOT, CAST, ELLIPSIS, OPEN_BRACKET:
        return false;
      case OPEN_PAREN:
        return inRelationName
            || !(previousKind == WORD
                || previousKind == QUOTED_IDENTIFIER
                || (previousKind == KEYWORD && (previousFlags & Keywords.CALL_LIKE) != 0));
      default:
        return true;
    }
  }

  /**
   * Whether the token would, written right after the previous one, lex back as something else
   * ({@code : ::} as {@code :: :}, {@code 5 .} as {@code 5.}, {@code . ...} as {@code ... .}); such
   * pairs only occur in malformed SQL, but the output must stay a fixed point.
   */
  private boolean wouldFuse(int kind) {
    switch (kind) {
      case CAST:
        return previousKind == OTHER;
      case DOT, ELLIPSIS:
        return previousKind == DOT || previousKind == ELLIPSIS || previousKind == KEPT_NUMBER;
      case KEPT_NUMBER:
        return previousKind == DOT;
      default:
        return false;
    }
  }

  private Frame top() {
    return frames[depth];
  }

  private Frame push() {
    depth++;
    if (depth == frames.length) {
      frames = Arrays.copyOf(frames, depth * 2);
    }
    if (frames[depth] == null) {
      frames[depth] = new Frame();
    }
    return frames[depth];
  }

  /** An open parenthesis or bracket (or the top level) and what is being collapsed inside it. */
  private static final class Frame {
    char closer;
    boolean list;
    boolean typmod;
    boolean valuesRow;
    boolean castAtOpen;
    boolean elementNonConstant;
    final Run elements = new Run();
    int valuesState;
    final Run rows = new Run();

    void open(char closer, boolean list, boolean typmod, boolean valuesRow) {
      this.closer = closer;
      this.list = list;
      this.typmod = typmod;
      this.valuesRow = valuesRow;
      this.castAtOpen = false;
      this.elementNonConstant = false;
      this.valuesState = NO_VALUES;
      elements.reset();
      rows.reset();
    }
  }

  /**
   * Run-length collapse of a list's elements: the first element of each run of equal collapsible
   * elements is kept and marked {@value #COLLAPSED}; the others are cut out with their separator.
   */
  private static final class Run {
    int separatorStart;
    int elementStart;
    private int runStart = -1;
    private int runEnd;

    void reset() {
      runStart = -1;
    }

    /** Ends the element that started at {@link #elementStart} and ends where the output ends. */
    void endElement(StringBuilder out, boolean collapsible) {
      int end = out.length();
      if (!collapsible || end == elementStart) {
        runStart = -1;
      } else if (runStart >= 0 && sameText(out, runStart, runEnd, elementStart, end)) {
        out.setLength(separatorStart);
      } else {
        runStart = elementStart;
        runEnd = end;
        out.append(COLLAPSED);
      }
    }

    private static boolean sameText(StringBuilder out, int aStart, int aEnd, int bStart, int bEnd) {
      if (aEnd - aStart != bEnd - bStart) {
        return false;
      }
      for (int i = 0; i < aEnd - aStart; i++) {
        if (out.charAt(aStart + i) != out.charAt(bStart + i)) {
          return false;
        }
      }
      return true;
    }
  }
}
