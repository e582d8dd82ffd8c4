package io.scry.protocol.fingerprint;

/**
 * The few facts about keywords the normalizer needs, looked up without allocating (on the
 * already-lowercased word in the output buffer).
 *
 * <p>This is not PostgreSQL's keyword list: words missing here are treated like identifiers, which
 * only affects spacing and sign folding, never whether two queries share a fingerprint because of
 * their case or whitespace.
 */
final class Keywords {

  /**
   * A keyword after which an operand is expected: a following {@code -5} is a signed literal, and a
   * following {@code (} is written with a space before it.
   */
  static final int CLAUSE = 1;

  /** A keyword written like a call: {@code any(}, {@code cast(}, {@code array[}. */
  static final int CALL_LIKE = 2;

  /** {@code in}: a following parenthesised list of constants collapses. */
  static final int IN = 4;

  /** {@code values}: its row list collapses. */
  static final int VALUES = 8;

  /** {@code array}: a following bracketed list of constants collapses. */
  static final int ARRAY = 16;

  /** A word that can continue a type name after {@code ::} ({@code double precision}). */
  static final int TYPE_CONTINUATION = 32;

  /** {@code order}, {@code group}: a following {@code by} starts a list of sort or group keys. */
  static final int SORTS = 64;

  /** {@code by}. */
  static final int BY = 128;

  /** {@code asc}, {@code desc}: they continue a sort-key list instead of ending it. */
  static final int DIRECTION = 256;

  /**
   * {@code into}, {@code table}, {@code references}: a relation name follows, maybe a column list.
   */
  static final int NAMES_RELATION = 512;

  private static final int MAX_LENGTH = 16;
  private static final int TABLE_SIZE = 512;
  private static final String[] WORDS = new String[TABLE_SIZE];
  private static final int[] FLAGS = new int[TABLE_SIZE];

  static {
    for (String word :
        ("all analyse analyze and as asymmetric both case check collate column constraint create"
                + " default deferrable distinct do else except fetch for foreign from grant"
                + " having initially intersect lateral leading limit not offset on only or"
                + " placing primary returning select symmetric then to trailing"
                + " union unique using variadic when where window authorization binary collation"
                + " concurrently cross freeze full ilike inner is join left like natural outer"
                + " overlaps right similar tablesample verbose between set escape update delete"
                + " insert over partition filter within conflict rows range groups preceding"
                + " following unbounded nothing")
            .split(" ")) {
      add(word, CLAUSE);
    }
    for (String word : "any some cast exists row".split(" ")) {
      add(word, CLAUSE | CALL_LIKE);
    }
    add("order", CLAUSE | SORTS);
    add("group", CLAUSE | SORTS);
    add("by", CLAUSE | BY);
    add("asc", CLAUSE | DIRECTION);
    add("desc", CLAUSE | DIRECTION);
    for (String word : "into table references".split(" ")) {
      add(word, CLAUSE | NAMES_RELATION);
    }
    add("in", CLAUSE | IN);
    add("values", CLAUSE | VALUES);
    add("array", CLAUSE | CALL_LIKE | ARRAY);
    add("with", CLAUSE | TYPE_CONTINUATION);
    for (String word : "precision varying without time zone".split(" ")) {
      add(word, TYPE_CONTINUATION);
    }
  }

  private Keywords() {}

  /** The flags of the lowercase word in {@code text[start, end)}, 0 if it is not listed. */
  static int flags(CharSequence text, int start, int end) {
    int length = end - start;
    if (length > MAX_LENGTH) {
      return 0;
    }
    for (int slot = slot(text, start, end); WORDS[slot] != null; slot = (slot + 1) % TABLE_SIZE) {
      if (matches(WORDS[slot], text, start, length)) {
        return FLAGS[slot];
      }
    }
    return 0;
  }

  private static void add(String word, int flags) {
    int slot = slot(word, 0, word.length());
    while (WORDS[slot] != null) {
      slot = (slot + 1) % TABLE_SIZE;
    }
    WORDS[slot] = word;
    FLAGS[slot] = flags;
  }

  private static int slot(CharSequence text, int start, int end) {
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    return (hash ^ (hash >>> 9)) & (TABLE_SIZE - 1);
  }

  private static boolean matches(String word, CharSequence text, int start, int length) {
    if (word.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (word.charAt(i) != text.charAt(start + i)) {
        return false;
      }
    }
    return true;
  }
}
