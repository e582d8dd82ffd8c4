package io.scry.proxy.capture;

import com.google.protobuf.ByteString;
import io.scry.protocol.fingerprint.Fingerprinter;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.Parameter;
import io.scry.protocol.v1.Redaction;
import io.scry.protocol.v1.Statement;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Replaces data values of capture events by keyed deterministic pseudonyms before they reach disk
 * ({@code --pseudonymize-key-file}): every SQL literal and every parameter value becomes a value of
 * the same type and length (see {@link Pseudonyms} for the rules), so the capture still replays and
 * equalities between its statements still hold. Quoted values in error messages become {@code "?"}
 * as with {@code --redact}. Statements are marked {@link Redaction#REDACTION_PSEUDONYMS} and stay
 * {@code redacted = false} (replayable); one the lexer cannot rewrite is redacted like {@code
 * --redact} instead, so a value never reaches disk in the clear.
 *
 * <p>The capture writer thread owns its instance; {@link #pseudonymize} is synchronized (never
 * contended there) so that a close racing with the writer cannot corrupt its state.
 */
public final class Pseudonymizer {

  // Type OIDs (pg_type.dat) whose values are kept: not identifying alone, or needed as they are.
  static final int BOOL = 16;
  static final int BYTEA = 17;
  static final int NAME = 19;
  static final int INT8 = 20;
  static final int INT2 = 21;
  static final int INT4 = 23;
  static final int TEXT = 25;
  static final int OID = 26;
  static final int JSON = 114;
  static final int FLOAT4 = 700;
  static final int FLOAT8 = 701;
  static final int UNKNOWN = 705;
  static final int BPCHAR = 1042;
  static final int VARCHAR = 1043;
  static final int DATE = 1082;
  static final int TIME = 1083;
  static final int TIMESTAMP = 1114;
  static final int TIMESTAMPTZ = 1184;
  static final int INTERVAL = 1186;
  static final int TIMETZ = 1266;
  static final int NUMERIC = 1700;
  static final int UUID = 2950;
  static final int JSONB = 3802;

  private static final Set<Integer> KEPT_TYPES =
      Set.of(BOOL, OID, DATE, TIME, TIMESTAMP, TIMESTAMPTZ, INTERVAL, TIMETZ);
  private static final Set<Integer> TEXT_TYPES =
      Set.of(0, NAME, TEXT, JSON, UNKNOWN, BPCHAR, VARCHAR);

  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");

  /** Backslash escapes of an {@code E'...'} string, kept as they are. */
  private static final Pattern E_ESCAPE =
      Pattern.compile(
          "\\\\([0-7]{1,3}|x[0-9a-fA-F]{1,2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)", Pattern.DOTALL);

  /** Escapes of a {@code U&'...'} string with the default escape character. */
  private static final Pattern U_ESCAPE =
      Pattern.compile("\\\\(\\\\|[0-9a-fA-F]{4}|\\+[0-9a-fA-F]{6})");

  private final Pseudonyms pseudonyms;

  public Pseudonymizer(PseudonymKey key) {
    this.pseudonyms = new Pseudonyms(key);
  }

  /** The event with data values pseudonymized; events without a statement are returned as-is. */
  public synchronized CaptureEvent pseudonymize(CaptureEvent event) {
    if (!event.hasStatement()) {
      return event;
    }
    Statement statement = event.getStatement();
    try {
      Statement.Builder out =
          statement.toBuilder()
              .setSql(sql(statement.getSql()))
              .setErrorMessage(QUOTED.matcher(statement.getErrorMessage()).replaceAll("\"?\""))
              .setRedacted(false)
              .setRedaction(Redaction.REDACTION_PSEUDONYMS)
              .clearParameters();
      for (Parameter parameter : statement.getParametersList()) {
        out.addParameters(parameter(parameter));
      }
      return event.toBuilder().setStatement(out).build();
    } catch (RuntimeException bug) {
      // Never the value in the clear, never an exception whose message might quote it.
      return Redactor.redact(event);
    }
  }

  // ---------------------------------------------------------------- SQL

  /**
   * {@code sql} with every literal replaced by its pseudonym, and the letters and digits of its
   * comments too; the rest (keywords, identifiers, operators, {@code $n}, spacing) as written.
   */
  String sql(String sql) {
    List<Fingerprinter.LiteralSpan> literals = Fingerprinter.literals(sql);
    if (literals.isEmpty()) {
      return sql;
    }
    StringBuilder out = new StringBuilder(sql.length() + 16);
    int at = 0;
    for (Fingerprinter.LiteralSpan literal : literals) {
      out.append(sql, at, literal.start());
      String text = sql.substring(literal.start(), literal.end());
      if (literal.comment()) {
        // A comment runs nothing, but may hold values (/* user=alice */): its letters and digits.
        out.append(pseudonyms.plainText(text));
      } else if (isRowCount(sql, literal.start(), text)) {
        out.append(text); // LIMIT 10, OFFSET 20, FETCH FIRST 5: not data, and rows depend on it
      } else {
        out.append(literal(text));
      }
      at = literal.end();
    }
    return out.append(sql, at, sql.length()).toString();
  }

  private static final Set<String> ROW_COUNT_WORDS = Set.of("limit", "offset", "first", "next");

  /** Whether {@code text} at {@code start} is an unsigned integer right after LIMIT, OFFSET, ... */
  static boolean isRowCount(String sql, int start, String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Character.isDigit(text.charAt(i))) {
        return false;
      }
    }
    int end = start;
    while (end > 0 && Character.isWhitespace(sql.charAt(end - 1))) {
      end--;
    }
    int begin = end;
    while (begin > 0 && Character.isLetter(sql.charAt(begin - 1))) {
      begin--;
    }
    return end - begin <= 6
        && end > begin
        && (begin == 0
            || !Character.isLetterOrDigit(sql.charAt(begin - 1))
                && sql.charAt(begin - 1) != '_'
                && sql.charAt(begin - 1) != '"')
        && ROW_COUNT_WORDS.contains(sql.substring(begin, end).toLowerCase(Locale.ROOT));
  }

  /** One literal, prefix and quotes included, as the lexer delimited it. */
  String literal(String literal) {
    char first = literal.charAt(0);
    if (first == '\'') {
      return quoted("", literal.substring(1), null);
    }
    if (first == '$') {
      return dollarQuoted(literal);
    }
    if (Character.isDigit(first) || first == '.') {
      return number(literal);
    }
    char prefix = Character.toLowerCase(first);
    if (prefix == 'e') {
      return quoted(literal.substring(0, 1), literal.substring(2), E_ESCAPE);
    }
    if (prefix == 'n') {
      return quoted(literal.substring(0, 1), literal.substring(2), null);
    }
    if (prefix == 'u' && literal.length() > 2 && literal.charAt(1) == '&') {
      if (literal.endsWith("'")
          && !literal.toLowerCase(Locale.ROOT).matches("(?s).*'\\s*uescape.*")) {
        return quoted(literal.substring(0, 2), literal.substring(3), U_ESCAPE);
      }
      return literal; // U&'...' UESCAPE '!': kept, see docs/SECURITY.md
    }
    return literal; // B'0101' and X'1F' bit strings
  }

  /**
   * A quoted string: {@code body} is what follows the opening quote (closing quote included, if
   * any). Quotes are undoubled before the value is pseudonymized and doubled again after; with
   * {@code escapes}, each escape sequence is kept and the text between them pseudonymized apart.
   */
  private String quoted(String prefix, String body, Pattern escapes) {
    boolean backslashEscapes = escapes == E_ESCAPE;
    int end = 0;
    boolean closed = false;
    while (end < body.length()) {
      char c = body.charAt(end);
      if (backslashEscapes && c == '\\') {
        end += 2;
      } else if (c == '\'' && end + 1 < body.length() && body.charAt(end + 1) == '\'') {
        end += 2;
      } else if (c == '\'') {
        closed = true;
        break;
      } else {
        end++;
      }
    }
    end = Math.min(end, body.length());
    String content = body.substring(0, end);
    StringBuilder out =
        new StringBuilder(prefix.length() + body.length() + 1).append(prefix).append('\'');
    if (escapes == null || content.indexOf('\\') < 0) {
      out.append(requote(content));
    } else {
      var m = escapes.matcher(content);
      int at = 0;
      while (m.find()) {
        out.append(requote(content.substring(at, m.start()))).append(m.group());
        at = m.end();
      }
      out.append(requote(content.substring(at)));
    }
    if (closed) {
      out.append(body, end, body.length()); // the closing quote
    }
    return out.toString();
  }

  private String requote(String quotedContent) {
    String value = quotedContent.replace("''", "'");
    return pseudonyms.text(value).replace("'", "''");
  }

  private String dollarQuoted(String literal) {
    int tagEnd = literal.indexOf('$', 1) + 1;
    String tag = literal.substring(0, tagEnd);
    boolean closed = literal.length() >= 2 * tagEnd && literal.endsWith(tag);
    String body = literal.substring(tagEnd, closed ? literal.length() - tagEnd : literal.length());
    String mapped = pseudonyms.text(body);
    String newTag = tag;
    for (int n = 0;
        mapped.contains(newTag) || (!newTag.equals(tag) && literal.contains(newTag));
        n++) {
      newTag = "$p" + n + "$"; // the pseudonym happens to contain the delimiter
    }
    return newTag + mapped + (closed ? newTag : "");
  }

  private String number(String literal) {
    String plain = literal.replace("_", "");
    Pseudonyms.Kind kind = Pseudonyms.kind(plain);
    if (kind == Pseudonyms.Kind.INTEGER || kind == Pseudonyms.Kind.DECIMAL) {
      return pseudonyms.text(plain);
    }
    if (plain.length() > 2 && plain.charAt(0) == '0') {
      int radix =
          switch (Character.toLowerCase(plain.charAt(1))) {
            case 'x' -> 16;
            case 'o' -> 8;
            case 'b' -> 2;
            default -> 0;
          };
      if (radix != 0) {
        try {
          return pseudonyms.magnitude(new BigInteger(plain.substring(2), radix)).toString();
        } catch (NumberFormatException e) {
          // fall through
        }
      }
    }
    // Not a number PostgreSQL accepts (e.g. "1e"): its digits replaced, the shape kept.
    return pseudonyms.plainText(literal);
  }

  // ---------------------------------------------------------------- parameters

  /** A Bind parameter with its value pseudonymized by format and type. */
  Parameter parameter(Parameter parameter) {
    if (parameter.getIsNull() || parameter.getValue().isEmpty()) {
      return parameter;
    }
    byte[] value = parameter.getValue().toByteArray();
    int type = parameter.getTypeOid();
    byte[] mapped =
        parameter.getFormat() == 0 ? textParameter(type, value) : binaryParameter(type, value);
    return parameter.toBuilder().setValue(ByteString.copyFrom(mapped)).build();
  }

  private byte[] textParameter(int type, byte[] value) {
    if (KEPT_TYPES.contains(type)) {
      return value;
    }
    String text = Pseudonyms.utf8(value);
    if (text == null) {
      return pseudonyms.bytes(value); // not UTF-8: cannot be a text of this server anyway
    }
    if (type == BYTEA && !text.startsWith("\\x")) {
      // bytea's escape format (abc\000): its bytes, pseudonymized, written in hex format
      return ("\\x" + HexFormat.of().formatHex(pseudonyms.bytes(byteaEscaped(text))))
          .getBytes(StandardCharsets.UTF_8);
    }
    return pseudonyms.text(text).getBytes(StandardCharsets.UTF_8);
  }

  /** The bytes of a bytea in escape format: {@code \\} and {@code \ooo} escapes, else UTF-8. */
  static byte[] byteaEscaped(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '\\') {
        out.write('\\');
        i++;
      } else if (c == '\\'
          && i + 3 < text.length()
          && text.substring(i + 1, i + 4).matches("[0-3][0-7][0-7]")) {
        out.write(Integer.parseInt(text.substring(i + 1, i + 4), 8));
        i += 3;
      } else {
        out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
      }
    }
    return out.toByteArray();
  }

  private byte[] binaryParameter(int type, byte[] value) {
    if (KEPT_TYPES.contains(type)) {
      return value;
    }
    ByteBuffer in = ByteBuffer.wrap(value);
    switch (type) {
      case INT2:
        if (value.length == 2) {
          return ByteBuffer.allocate(2).putShort((short) integer(in.getShort(), 16)).array();
        }
        break;
      case INT4:
        if (value.length == 4) {
          return ByteBuffer.allocate(4).putInt((int) integer(in.getInt(), 32)).array();
        }
        break;
      case INT8:
        if (value.length == 8) {
          return ByteBuffer.allocate(8).putLong(integer(in.getLong(), 64)).array();
        }
        break;
      case FLOAT4:
        if (value.length == 4) {
          float f = (float) pseudonyms.floatingPoint(in.getFloat(), true);
          return ByteBuffer.allocate(4).putFloat(f).array();
        }
        break;
      case FLOAT8:
        if (value.length == 8) {
          return ByteBuffer.allocate(8)
              .putDouble(pseudonyms.floatingPoint(in.getDouble(), false))
              .array();
        }
        break;
      case UUID:
        if (value.length == 16) {
          return pseudonyms.uuidBytes(value);
        }
        break;
      case NUMERIC:
        byte[] numeric = BinaryNumeric.pseudonymize(value, pseudonyms);
        if (numeric != null) {
          return numeric;
        }
        break;
      case JSONB:
        if (value.length > 1) {
          String text = Pseudonyms.utf8(Arrays.copyOfRange(value, 1, value.length));
          if (text != null) {
            byte[] mapped = pseudonyms.text(text).getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[mapped.length + 1];
            out[0] = value[0];
            System.arraycopy(mapped, 0, out, 1, mapped.length);
            return out;
          }
        }
        break;
      default:
        if (TEXT_TYPES.contains(type)) {
          String text = Pseudonyms.utf8(value);
          if (text != null) {
            return pseudonyms.text(text).getBytes(StandardCharsets.UTF_8);
          }
        }
        break;
    }
    // bytea, and any binary value of a type without a rule: bytes of the same length.
    return pseudonyms.bytes(value);
  }

  /**
   * The pseudonym of a binary integer of {@code bits}. Only the minimum of a width (-32768, ...)
   * has a pseudonym beyond it: that throws, and the statement is redacted instead.
   */
  private long integer(long value, int bits) {
    BigInteger pseudonym = new BigInteger(pseudonyms.text(Long.toString(value)));
    if (pseudonym.bitLength() >= bits) {
      throw new IllegalStateException("no pseudonym of this width");
    }
    return pseudonym.longValue();
  }

  /** PostgreSQL's binary numeric: ndigits, weight, sign, dscale, then base-10000 digits. */
  static final class BinaryNumeric {
    private static final int POSITIVE = 0x0000;
    private static final int NEGATIVE = 0x4000;
    private static final BigInteger NBASE = BigInteger.valueOf(10_000);

    private BinaryNumeric() {}

    /** The pseudonym, or null when {@code value} is not a finite binary numeric. */
    static byte[] pseudonymize(byte[] value, Pseudonyms pseudonyms) {
      BigDecimal decoded = decode(value);
      if (decoded == null) {
        return null;
      }
      return encode(pseudonyms.decimal(decoded));
    }

    static BigDecimal decode(byte[] value) {
      if (value.length < 8) {
        return null;
      }
      ByteBuffer in = ByteBuffer.wrap(value);
      int ndigits = in.getShort() & 0xffff;
      int weight = in.getShort();
      int sign = in.getShort() & 0xffff;
      int dscale = in.getShort() & 0xffff;
      if ((sign != POSITIVE && sign != NEGATIVE) || value.length != 8 + 2 * ndigits) {
        return null; // NaN, infinities, or malformed
      }
      BigInteger unscaled = BigInteger.ZERO;
      for (int i = 0; i < ndigits; i++) {
        unscaled = unscaled.multiply(NBASE).add(BigInteger.valueOf(in.getShort()));
      }
      // unscaled is in units of 10000^(weight - ndigits + 1)
      int exponent4 = weight - ndigits + 1;
      BigDecimal result = new BigDecimal(unscaled).scaleByPowerOfTen(4 * exponent4);
      if (sign == NEGATIVE) {
        result = result.negate();
      }
      return result.setScale(dscale, RoundingMode.UNNECESSARY);
    }

    static byte[] encode(BigDecimal value) {
      int dscale = Math.max(0, value.scale());
      String plain = value.abs().setScale(dscale).toPlainString();
      int point = plain.indexOf('.');
      String integerPart = point < 0 ? plain : plain.substring(0, point);
      String fraction = point < 0 ? "" : plain.substring(point + 1);
      if (integerPart.equals("0")) {
        integerPart = "";
      }
      integerPart = "0".repeat((4 - integerPart.length() % 4) % 4) + integerPart;
      fraction = fraction + "0".repeat((4 - fraction.length() % 4) % 4);
      String all = integerPart + fraction;
      int groups = all.length() / 4;
      short[] digits = new short[groups];
      for (int i = 0; i < groups; i++) {
        digits[i] = Short.parseShort(all.substring(4 * i, 4 * i + 4));
      }
      int weight = integerPart.length() / 4 - 1;
      int first = 0;
      while (first < groups && digits[first] == 0) {
        first++;
        weight--;
      }
      int last = groups;
      while (last > first && digits[last - 1] == 0) {
        last--;
      }
      if (first == last) {
        weight = 0;
      }
      ByteBuffer out = ByteBuffer.allocate(8 + 2 * (last - first));
      out.putShort((short) (last - first));
      out.putShort((short) weight);
      out.putShort((short) (value.signum() < 0 ? NEGATIVE : POSITIVE));
      out.putShort((short) dscale);
      for (int i = first; i < last; i++) {
        out.putShort(digits[i]);
      }
      return out.array();
    }
  }
}
