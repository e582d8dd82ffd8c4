package io.scry.proxy.capture;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed, deterministic pseudonyms of values: the same value gives the same pseudonym under the same
 * key, different values give different pseudonyms (a keyed permutation of each value's domain), and
 * a pseudonym has the type and the length of its value, so that statements still run. The rules are
 * in docs/SECURITY.md ("Pseudonymized captures"); in short:
 *
 * <ul>
 *   <li>integers: the same sign and number of digits, within the smallest of int2/int4/int8 that
 *       holds the value (so a pseudonym fits wherever its value fit); text, binary and SQL literal
 *       forms of one number get the same pseudonym, and {@code -x} gets minus the pseudonym of x;
 *   <li>decimals: the same digits before and after the point, the exponent kept;
 *   <li>uuids: a uuid of the same layout and version nibble;
 *   <li>bytea: the same number of bytes;
 *   <li>other text: the same number of characters; ASCII digits, lower- and upper-case letters stay
 *       in their class, other ASCII characters (spaces, punctuation) are kept, non-ASCII letters
 *       and digits become ASCII lower-case letters, other non-ASCII characters are kept;
 *   <li>kept as they are: NULL, booleans, dates, times, timestamps, intervals, NaN and infinities.
 * </ul>
 *
 * <p>The permutations are a Feistel network whose round function is HMAC-SHA256 with the key, over
 * the value's class and shape; domains of 2^128 values or more use HMAC-SHA256 of the value
 * directly (collisions are then negligible). Not thread-safe: one instance per thread.
 */
final class Pseudonyms {

  /** Domains smaller than this are permuted; larger ones are hashed. */
  private static final int PERMUTE_BELOW_BITS = 128;

  private static final int ROUNDS = 10;

  private static final BigInteger TEN = BigInteger.TEN;
  private static final BigInteger[] INTEGER_BOUNDS = {
    BigInteger.valueOf(Short.MAX_VALUE),
    BigInteger.valueOf(Integer.MAX_VALUE),
    BigInteger.valueOf(Long.MAX_VALUE)
  };

  private static final Set<String> KEPT_WORDS =
      Set.of(
          "t",
          "f",
          "true",
          "false",
          "y",
          "n",
          "yes",
          "no",
          "on",
          "off",
          "null",
          "nan",
          "infinity",
          "+infinity",
          "-infinity",
          "inf",
          "+inf",
          "-inf",
          "now",
          "today",
          "tomorrow",
          "yesterday",
          "epoch",
          "allballs");

  private static final String ZONE = "(\\s*(z|utc|gmt|[+-]\\d{1,2}(:?\\d{2}(:?\\d{2})?)?))?";
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "(?i)\\d{4,}-\\d{1,2}-\\d{1,2}([ t]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?"
              + ZONE
              + "( bc)?");
  private static final Pattern TIME =
      Pattern.compile("(?i)\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?" + ZONE);
  private static final Pattern INTERVAL =
      Pattern.compile(
          "(?i)\\s*@?\\s*([+-]?\\d+(\\.\\d+)?\\s*(microseconds?|milliseconds?|us|ms|seconds?"
              + "|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|mons?|months?|years?"
              + "|yrs?|y|decades?|centur(y|ies)|millenni(um|a))\\s*)+(ago)?\\s*");
  private static final Pattern INTEGER = Pattern.compile("[+-]?(0|[1-9][0-9]*)");
  private static final Pattern DECIMAL =
      Pattern.compile("([+-]?)(0|[1-9][0-9]*)?(\\.([0-9]*))?([eE][+-]?[0-9]+)?");
  private static final Pattern UUID =
      Pattern.compile(
          "\\{?[0-9a-fA-F]{8}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{12}\\}?");
  private static final Pattern BYTEA_HEX = Pattern.compile("\\\\x([0-9a-fA-F]{2})*");

  /** What a textual value is taken for; decides its pseudonym. */
  enum Kind {
    KEPT,
    INTEGER,
    DECIMAL,
    UUID,
    BYTEA_HEX,
    TEXT
  }

  /** Recent pseudonyms of short values: hot keys and statuses repeat, an HMAC per round costs. */
  private static final int CACHED_VALUES = 16_384;

  private static final int CACHED_LENGTH = 64;

  private final Map<String, String> cache =
      new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
          return size() > CACHED_VALUES;
        }
      };

  private final Mac mac;
  private final byte[] digest = new byte[32];
  private final ByteBuffer longBytes = ByteBuffer.allocate(8);

  Pseudonyms(PseudonymKey key) {
    try {
      mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.bytes(), "HmacSHA256"));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  // ---------------------------------------------------------------- textual values

  /** What {@code value} is taken for, from its text alone (the same wherever it appears). */
  static Kind kind(String value) {
    int length = value.length();
    if (length == 0 || (length <= 9 && KEPT_WORDS.contains(value.toLowerCase(Locale.ROOT)))) {
      return Kind.KEPT;
    }
    boolean digits = false;
    for (int i = 0; i < length && !digits; i++) {
      digits = value.charAt(i) >= '0' && value.charAt(i) <= '9';
    }
    // The patterns below all need a digit (cheap to rule out for names, words, e-mail addresses).
    if (digits) {
      if (length <= 64
          && (DATE_TIME.matcher(value).matches()
              || TIME.matcher(value).matches()
              || INTERVAL.matcher(value).matches())) {
        return Kind.KEPT;
      }
      if (INTEGER.matcher(value).matches()) {
        return Kind.INTEGER;
      }
      if (isDecimal(value)) {
        return Kind.DECIMAL;
      }
    }
    if (length >= 32 && length <= 38 && UUID.matcher(value).matches()) {
      return Kind.UUID;
    }
    if (value.startsWith("\\x") && BYTEA_HEX.matcher(value).matches()) {
      return Kind.BYTEA_HEX;
    }
    return Kind.TEXT;
  }

  private static boolean isDecimal(String value) {
    var m = DECIMAL.matcher(value);
    if (!m.matches()) {
      return false;
    }
    boolean digits = m.group(2) != null || (m.group(4) != null && !m.group(4).isEmpty());
    return digits && (m.group(3) != null || m.group(5) != null);
  }

  /** The pseudonym of a value written as text (a text parameter, a SQL string's content). */
  String text(String value) {
    if (value.length() > CACHED_LENGTH) {
      return uncachedText(value);
    }
    String cached = cache.get(value);
    if (cached == null) {
      cached = uncachedText(value);
      cache.put(value, cached);
    }
    return cached;
  }

  private String uncachedText(String value) {
    return switch (kind(value)) {
      case KEPT -> value;
      case INTEGER -> integer(value);
      case DECIMAL -> decimal(value);
      case UUID -> uuid(value);
      case BYTEA_HEX -> byteaHex(value);
      case TEXT -> plainText(value);
    };
  }

  /** An integer ({@code [+-]?digits}, no leading zero): same sign, digits and width. */
  String integer(String value) {
    int digitsAt = value.charAt(0) == '+' || value.charAt(0) == '-' ? 1 : 0;
    return value.substring(0, digitsAt) + magnitude(new BigInteger(value.substring(digitsAt)));
  }

  /** The pseudonym of a non-negative integer: same digits, within the same smallest width. */
  BigInteger magnitude(BigInteger m) {
    int digits = m.toString().length();
    BigInteger lo = digits == 1 ? BigInteger.ZERO : TEN.pow(digits - 1);
    BigInteger hi = TEN.pow(digits).subtract(BigInteger.ONE);
    for (BigInteger bound : INTEGER_BOUNDS) {
      if (m.compareTo(bound) <= 0) {
        hi = hi.min(bound);
        break;
      }
      lo = lo.max(bound.add(BigInteger.ONE));
    }
    return lo.add(
        permute("int|" + digits + "|" + lo, m.subtract(lo), hi.subtract(lo).add(BigInteger.ONE)));
  }

  /** A decimal: the same digits before and after the point, sign and exponent kept. */
  String decimal(String value) {
    var m = DECIMAL.matcher(value);
    if (!m.matches()) {
      return plainText(value);
    }
    String sign = m.group(1);
    String integerPart = m.group(2) == null ? "" : m.group(2);
    String fraction = m.group(4) == null ? "" : m.group(4);
    String exponent = m.group(5) == null ? "" : m.group(5);
    int total = integerPart.length() + fraction.length();
    BigInteger lo =
        integerPart.length() <= 1 ? BigInteger.ZERO : TEN.pow(total - 1); // no leading zero
    BigInteger n = TEN.pow(total).subtract(lo);
    BigInteger digits = new BigInteger(integerPart + fraction);
    BigInteger mapped =
        lo.add(
            permute(
                "dec|" + integerPart.length() + "|" + fraction.length(), digits.subtract(lo), n));
    String padded = String.format("%0" + total + "d", mapped);
    StringBuilder out = new StringBuilder(value.length()).append(sign);
    out.append(padded, 0, integerPart.length());
    if (m.group(3) != null) {
      out.append('.').append(padded, integerPart.length(), total);
    }
    return out.append(exponent).toString();
  }

  /** A uuid in any of PostgreSQL's layouts: same layout, same version nibble, same case. */
  String uuid(String value) {
    StringBuilder hex = new StringBuilder(32);
    for (int i = 0; i < value.length(); i++) {
      if (Character.digit(value.charAt(i), 16) >= 0) {
        hex.append(value.charAt(i));
      }
    }
    byte[] mapped = uuidBytes(HexFormat.of().parseHex(hex.toString().toLowerCase(Locale.ROOT)));
    String out = HexFormat.of().formatHex(mapped);
    boolean upper = !value.equals(value.toLowerCase(Locale.ROOT));
    StringBuilder result = new StringBuilder(value.length());
    int next = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.digit(c, 16) >= 0) {
        char h = out.charAt(next++);
        result.append(upper ? Character.toUpperCase(h) : h);
      } else {
        result.append(c);
      }
    }
    return result.toString();
  }

  /** 16 uuid bytes: the version nibble kept, the other 124 bits permuted. */
  byte[] uuidBytes(byte[] uuid) {
    BigInteger all = new BigInteger(1, uuid);
    // Take the version nibble (bits 76..79 from the right) out, permute the rest, put it back.
    BigInteger low = all.and(BigInteger.ONE.shiftLeft(76).subtract(BigInteger.ONE));
    BigInteger version = all.shiftRight(76).and(BigInteger.valueOf(15));
    BigInteger high = all.shiftRight(80);
    BigInteger rest = high.shiftLeft(76).or(low);
    BigInteger mapped = permute("uuid", rest, BigInteger.ONE.shiftLeft(124));
    BigInteger mappedLow = mapped.and(BigInteger.ONE.shiftLeft(76).subtract(BigInteger.ONE));
    BigInteger mappedHigh = mapped.shiftRight(76);
    BigInteger result = mappedHigh.shiftLeft(80).or(version.shiftLeft(76)).or(mappedLow);
    return fixedLength(result, 16);
  }

  /** bytea in hex format ({@code \x0a1b}): bytes of the same length, lower-case hex. */
  private String byteaHex(String value) {
    byte[] bytes = HexFormat.of().parseHex(value.substring(2).toLowerCase(Locale.ROOT));
    return "\\x" + HexFormat.of().formatHex(bytes(bytes));
  }

  /**
   * Text of no other kind: the same characters and length, letters and digits replaced within their
   * class; a pseudonym is again text of no other kind (never, say, "true" or a number).
   */
  String plainText(String value) {
    int[] codePoints = value.codePoints().toArray();
    int[] radix = new int[codePoints.length];
    StringBuilder shape = new StringBuilder(codePoints.length + 8).append("text|");
    boolean permutable = true;
    BigInteger size = BigInteger.ONE;
    for (int i = 0; i < codePoints.length; i++) {
      int c = codePoints[i];
      if (c >= '0' && c <= '9') {
        radix[i] = 10;
        shape.append('9');
      } else if (c >= 'a' && c <= 'z') {
        radix[i] = 26;
        shape.append('a');
      } else if (c >= 'A' && c <= 'Z') {
        radix[i] = 26;
        shape.append('A');
      } else if (c >= 0x80 && Character.isLetterOrDigit(c)) {
        radix[i] = 26;
        permutable = false; // becomes ASCII: hashed, not permuted
      } else {
        shape.appendCodePoint(c);
        continue;
      }
      size = size.multiply(BigInteger.valueOf(radix[i]));
    }
    if (size.equals(BigInteger.ONE)) {
      return value; // nothing to replace: spaces, punctuation
    }
    if (permutable && size.bitLength() <= PERMUTE_BELOW_BITS) {
      BigInteger x = BigInteger.ZERO;
      for (int i = 0; i < codePoints.length; i++) {
        if (radix[i] != 0) {
          x =
              x.multiply(BigInteger.valueOf(radix[i]))
                  .add(BigInteger.valueOf(digit(codePoints[i])));
        }
      }
      // Walk the permutation until it lands on text again: a bijection on the text of this shape.
      String tweak = shape.toString();
      for (int walk = 0; ; walk++) {
        x = permute(tweak, x, size);
        String out = render(codePoints, radix, x);
        if (kind(out) == Kind.TEXT || walk > 10_000) {
          return out;
        }
      }
    }
    for (int attempt = 0; ; attempt++) {
      byte[] stream =
          stream(
              "text-hash|" + attempt,
              value.getBytes(StandardCharsets.UTF_8),
              2 * codePoints.length);
      StringBuilder out = new StringBuilder(value.length());
      for (int i = 0; i < codePoints.length; i++) {
        int c = codePoints[i];
        if (radix[i] == 0) {
          out.appendCodePoint(c);
          continue;
        }
        int r = ((stream[2 * i] & 0xff) << 8 | (stream[2 * i + 1] & 0xff)) % radix[i];
        out.append(symbol(c, r));
      }
      if (kind(out.toString()) == Kind.TEXT || attempt > 100) {
        return out.toString();
      }
    }
  }

  private static int digit(int c) {
    if (c <= '9') {
      return c - '0';
    }
    return c >= 'a' ? c - 'a' : c - 'A';
  }

  /** The character of value {@code r} in the class of {@code original}. */
  private static char symbol(int original, int r) {
    if (original >= '0' && original <= '9') {
      return (char) ('0' + r);
    }
    if (original >= 'A' && original <= 'Z') {
      return (char) ('A' + r);
    }
    return (char) ('a' + r);
  }

  private static String render(int[] codePoints, int[] radix, BigInteger x) {
    int[] out = codePoints.clone();
    BigInteger rest = x;
    for (int i = codePoints.length - 1; i >= 0; i--) {
      if (radix[i] != 0) {
        BigInteger[] qr = rest.divideAndRemainder(BigInteger.valueOf(radix[i]));
        out[i] = symbol(codePoints[i], qr[1].intValue());
        rest = qr[0];
      }
    }
    return new String(out, 0, out.length);
  }

  // ---------------------------------------------------------------- binary values

  /** Bytes of the same length. */
  byte[] bytes(byte[] value) {
    if (value.length == 0) {
      return value;
    }
    if (value.length * 8 < PERMUTE_BELOW_BITS) {
      BigInteger mapped =
          permute(
              "bytes|" + value.length,
              new BigInteger(1, value),
              BigInteger.ONE.shiftLeft(8 * value.length));
      return fixedLength(mapped, value.length);
    }
    return stream("bytes-hash", value, value.length);
  }

  /** UTF-8 text, or null when the bytes are not UTF-8. */
  static String utf8(byte[] value) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(value))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** A float's pseudonym: the pseudonym of its shortest decimal text, back as a float. */
  double floatingPoint(double value, boolean single) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return value;
    }
    String text = single ? Float.toString((float) value) : Double.toString(value);
    String mapped = text(text);
    try {
      return single ? Float.parseFloat(mapped) : Double.parseDouble(mapped);
    } catch (NumberFormatException e) {
      return value;
    }
  }

  /** A decimal's pseudonym as a BigDecimal of the same scale. */
  BigDecimal decimal(BigDecimal value) {
    if (value.scale() < 0) {
      value = value.setScale(0);
    }
    String plain = value.toPlainString();
    String mapped = kind(plain) == Kind.INTEGER ? integer(plain) : decimal(plain);
    return new BigDecimal(mapped).setScale(value.scale());
  }

  // ---------------------------------------------------------------- primitives

  /**
   * A keyed permutation of {@code [0, n)} applied to {@code x}: a Feistel network over the smallest
   * power of two holding {@code n}, walked until it lands below {@code n}.
   */
  BigInteger permute(String domain, BigInteger x, BigInteger n) {
    if (n.compareTo(BigInteger.ONE) <= 0) {
      return x;
    }
    int bits = Math.max(2, n.subtract(BigInteger.ONE).bitLength());
    byte[] tweak = domain.getBytes(StandardCharsets.UTF_8);
    if (bits <= 62) {
      // The common case (integers, short strings), without BigInteger arithmetic per round.
      long limit = n.longValueExact();
      long y = x.longValueExact();
      do {
        y = feistel(tweak, bits, y);
      } while (y >= limit);
      return BigInteger.valueOf(y);
    }
    BigInteger y = x;
    do {
      y = feistel(tweak, bits, y);
    } while (y.compareTo(n) >= 0);
    return y;
  }

  private long feistel(byte[] tweak, int bits, long x) {
    int leftBits = bits / 2;
    int rightBits = bits - leftBits;
    long left = x >>> rightBits;
    long right = x & ((1L << rightBits) - 1);
    for (int round = 0; round < ROUNDS; round++) {
      mac.update(tweak);
      mac.update((byte) 1);
      mac.update((byte) round);
      mac.update(longBytes.clear().putLong(right).array());
      try {
        mac.doFinal(digest, 0);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
      long f = ByteBuffer.wrap(digest).getLong() & ((1L << leftBits) - 1);
      long newRight = left ^ f;
      left = right;
      right = newRight;
      int swap = leftBits;
      leftBits = rightBits;
      rightBits = swap;
    }
    return (left << rightBits) | right;
  }

  private BigInteger feistel(byte[] tweak, int bits, BigInteger x) {
    int leftBits = bits / 2;
    int rightBits = bits - leftBits;
    BigInteger left = x.shiftRight(rightBits);
    BigInteger right = x.and(mask(rightBits));
    for (int round = 0; round < ROUNDS; round++) {
      // (L, R) -> (R, L xor F(R)): the halves swap widths each round, back after an even count.
      BigInteger f = round(tweak, round, right, leftBits);
      BigInteger newRight = left.xor(f);
      left = right;
      right = newRight;
      int swap = leftBits;
      leftBits = rightBits;
      rightBits = swap;
    }
    return left.shiftLeft(rightBits).or(right);
  }

  private BigInteger round(byte[] tweak, int round, BigInteger half, int outBits) {
    byte[] halfBytes = half.toByteArray();
    BigInteger f = BigInteger.ZERO;
    for (int block = 0; block * 256 < outBits; block++) {
      mac.update(tweak);
      mac.update((byte) 0);
      mac.update((byte) round);
      mac.update(ByteBuffer.allocate(4).putInt(block).array());
      mac.update(halfBytes);
      f = f.or(new BigInteger(1, mac.doFinal()).shiftLeft(256 * block));
    }
    return f.and(mask(outBits));
  }

  /** {@code length} pseudo-random bytes determined by the key, {@code domain} and {@code value}. */
  private byte[] stream(String domain, byte[] value, int length) {
    byte[] tweak = domain.getBytes(StandardCharsets.UTF_8);
    mac.update(tweak);
    mac.update((byte) 0);
    mac.update(value);
    byte[] seed = mac.doFinal();
    byte[] out = new byte[length];
    for (int block = 0, at = 0; at < length; block++) {
      mac.update(seed);
      mac.update(ByteBuffer.allocate(4).putInt(block).array());
      byte[] digest = mac.doFinal();
      int take = Math.min(digest.length, length - at);
      System.arraycopy(digest, 0, out, at, take);
      at += take;
    }
    return out;
  }

  private static BigInteger mask(int bits) {
    return BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
  }

  private static byte[] fixedLength(BigInteger value, int length) {
    byte[] raw = value.toByteArray();
    byte[] out = new byte[length];
    int copy = Math.min(raw.length, length);
    System.arraycopy(raw, raw.length - copy, out, length - copy, copy);
    return out;
  }
}
