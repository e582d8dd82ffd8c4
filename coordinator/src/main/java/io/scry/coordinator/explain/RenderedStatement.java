package io.scry.coordinator.explain;

import io.scry.protocol.v1.Parameter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.LongFunction;

/**
 * A captured statement turned into plain SQL that EXPLAIN can take over the simple protocol: each
 * {@code $n} placeholder becomes the captured parameter as a typed literal ({@code 'eu'::text}). A
 * constant gets the same custom plan a bound parameter does, so the plan is the one the replay saw.
 */
final class RenderedStatement {
  private static final LocalDate POSTGRES_EPOCH = LocalDate.of(2000, 1, 1);

  private RenderedStatement() {}

  /**
   * @param typeName the SQL type name of an OID (PostgreSQL's format_type)
   * @throws IllegalArgumentException when a parameter cannot be rendered (an unknown binary type)
   */
  static String render(String sql, List<Parameter> parameters, LongFunction<String> typeName) {
    StringBuilder out = new StringBuilder(sql.length() + 16 * parameters.size());
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      int skipTo = skipQuoted(sql, i);
      if (skipTo > i) {
        out.append(sql, i, skipTo);
        i = skipTo;
      } else if (c == '$'
          && i + 1 < n
          && Character.isDigit(sql.charAt(i + 1))
          && !identifierBefore(sql, i)) {
        int end = i + 1;
        while (end < n && Character.isDigit(sql.charAt(end))) {
          end++;
        }
        int index = Integer.parseInt(sql.substring(i + 1, end));
        if (index < 1 || index > parameters.size()) {
          throw new IllegalArgumentException(
              "$" + index + " has no captured parameter (" + parameters.size() + " captured)");
        }
        out.append(literal(parameters.get(index - 1), index, typeName));
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /**
   * Whether EXPLAIN ANALYZE may execute the statement: a plain query, no data-modifying CTE, no row
   * locks. Deliberately conservative: anything else is explained without ANALYZE.
   */
  static boolean isReadOnly(String sql) {
    String code = withoutQuotedText(sql).toLowerCase(Locale.ROOT).trim();
    if (!(code.startsWith("select")
        || code.startsWith("with")
        || code.startsWith("values")
        || code.startsWith("table"))) {
      return false;
    }
    return !code.matches(
            "(?s).*\\b(insert|update|delete|merge|into|nextval|setval|pg_advisory_lock)\\b.*")
        && !code.matches("(?s).*\\bfor\\s+(update|share|no\\s+key\\s+update|key\\s+share)\\b.*");
  }

  /** The statement with string literals, quoted identifiers and comments blanked out. */
  static String withoutQuotedText(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    int i = 0;
    while (i < sql.length()) {
      int skipTo = skipQuoted(sql, i);
      if (skipTo > i) {
        out.append(' ');
        i = skipTo;
      } else {
        out.append(sql.charAt(i++));
      }
    }
    return out.toString();
  }

  /**
   * If a quoted string, quoted identifier, comment or dollar-quoted string starts at i, its end.
   */
  private static int skipQuoted(String sql, int i) {
    char c = sql.charAt(i);
    if (c == '\'' || c == '"') {
      int j = i + 1;
      while (j < sql.length()) {
        if (sql.charAt(j) == c) {
          if (j + 1 < sql.length() && sql.charAt(j + 1) == c) {
            j += 2;
            continue;
          }
          return j + 1;
        }
        j++;
      }
      return sql.length();
    }
    if (sql.startsWith("--", i)) {
      int end = sql.indexOf('\n', i);
      return end < 0 ? sql.length() : end;
    }
    if (sql.startsWith("/*", i)) {
      int end = sql.indexOf("*/", i + 2);
      return end < 0 ? sql.length() : end + 2;
    }
    if (c == '$' && !identifierBefore(sql, i)) {
      int close = sql.indexOf('$', i + 1);
      if (close > i) {
        String tag = sql.substring(i, close + 1);
        if (tag.matches("\\$[A-Za-z_]*\\$")) {
          int end = sql.indexOf(tag, close + 1);
          return end < 0 ? sql.length() : end + tag.length();
        }
      }
    }
    return i;
  }

  private static boolean identifierBefore(String sql, int i) {
    return i > 0 && (Character.isLetterOrDigit(sql.charAt(i - 1)) || sql.charAt(i - 1) == '_');
  }

  /**
   * The captured parameters as a list of typed literals, {@code 'eu'::text, 7::integer}: the
   * arguments of {@code EXECUTE name(...)} for the statement prepared from the captured SQL.
   *
   * @throws IllegalArgumentException when a parameter cannot be rendered
   */
  static String arguments(List<Parameter> parameters, LongFunction<String> typeName) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < parameters.size(); i++) {
      out.append(i == 0 ? "" : ", ").append(literal(parameters.get(i), i + 1, typeName));
    }
    return out.toString();
  }

  private static String literal(Parameter p, int index, LongFunction<String> typeName) {
    String type = p.getTypeOid() == 0 ? null : typeName.apply(p.getTypeOid());
    String cast = type == null ? "" : "::" + type;
    if (p.getIsNull()) {
      return "NULL" + cast;
    }
    String text = p.getFormat() == 0 ? p.getValue().toStringUtf8() : binaryAsText(p, index);
    return "'" + text.replace("'", "''") + "'" + cast;
  }

  private static String binaryAsText(Parameter p, int index) {
    ByteBuffer b = p.getValue().asReadOnlyByteBuffer();
    int oid = p.getTypeOid();
    return switch (oid) {
      case 16 -> b.get() != 0 ? "true" : "false";
      case 21 -> Short.toString(b.getShort());
      case 23, 26 -> Integer.toString(b.getInt());
      case 20 -> Long.toString(b.getLong());
      case 700 -> Float.toString(b.getFloat());
      case 701 -> Double.toString(b.getDouble());
      case 25, 1043, 1042, 19, 114, 705 -> p.getValue().toString(StandardCharsets.UTF_8);
      case 2950 -> new UUID(b.getLong(), b.getLong()).toString();
      case 17 -> "\\x" + HexFormat.of().formatHex(p.getValue().toByteArray());
      case 1082 -> POSTGRES_EPOCH.plusDays(b.getInt()).toString();
      case 1114, 1184 ->
          LocalDateTime.of(POSTGRES_EPOCH.getYear(), 1, 1, 0, 0)
                  .plus(b.getLong(), ChronoUnit.MICROS)
                  .toString()
              + (oid == 1184 ? "+00" : "");
      default ->
          throw new IllegalArgumentException(
              "parameter $"
                  + index
                  + " is binary of type OID "
                  + oid
                  + ", which EXPLAIN cannot show");
    };
  }
}
