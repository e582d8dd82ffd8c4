package io.scry.protocol.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place that hides passwords in connection strings: {@code postgres://}, {@code
 * postgresql://}, {@code r2dbc:postgresql://} and {@code jdbc:postgresql://} URLs, their {@code
 * password=} query parameters, and libpq key=value conninfo. It works on any text, not only on a
 * well-formed URL: an error message that quotes an unparsable URL (an unescaped {@code %}, a space
 * in the password) is masked all the same. When in doubt it hides more, never less.
 *
 * <pre>{@code
 * ConnectionStrings.mask("postgres://app:s3cret@db:5432/orders")   // postgres://app:***@db:5432/orders
 * ConnectionStrings.mask("host=db password='a b' dbname=orders")  // host=db password=*** dbname=orders
 * ConnectionStrings.withoutPassword("postgres://app:s3cret@db/orders") // postgres://app@db/orders
 * }</pre>
 */
public final class ConnectionStrings {

  /** What a password is replaced by. */
  public static final String MASK = "***";

  /** {@code password=value} in conninfo or a query string; a quoted value may hold spaces. */
  private static final Pattern PASSWORD_PARAMETER =
      Pattern.compile("(?i)(\\b(?:ssl)?password\\s*=\\s*)('(?:[^'\\\\]|\\\\.)*'?|[^\\s&;,)\"]*)");

  /** A {@code password=} query parameter with the {@code &} behind it. */
  private static final Pattern QUERY_PASSWORD =
      Pattern.compile("(?i)([?&])(?:ssl)?password=[^&#]*&?");

  private ConnectionStrings() {}

  /** {@code text} with every password it holds replaced by {@link #MASK}; null stays null. */
  public static String mask(String text) {
    if (text == null) {
      return null;
    }
    return maskParameters(replaceUserInfoPasswords(text, ":" + MASK));
  }

  /**
   * The URL without its password ({@code postgres://user@host/db}), for storing: a client that
   * reads it back finds the password through {@code PGPASSWORD} or the password file ({@link
   * PgPass}).
   */
  public static String withoutPassword(String url) {
    if (url == null) {
      return null;
    }
    return QUERY_PASSWORD
        .matcher(replaceUserInfoPasswords(url, ""))
        .replaceAll("$1")
        .replaceAll("[?&]$", "");
  }

  private static String maskParameters(String text) {
    Matcher matcher = PASSWORD_PARAMETER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + MASK));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /**
   * Replaces the {@code :password} of every {@code scheme://user:password@} in {@code text}. The
   * password runs to the last {@code @} before the next URL or line: a password with an unescaped
   * {@code @} or space is hidden whole, at the price of hiding a little more when the text goes on
   * with an {@code @} of its own.
   */
  private static String replaceUserInfoPasswords(String text, String replacement) {
    StringBuilder out = new StringBuilder();
    int from = 0;
    while (true) {
      int scheme = text.indexOf("://", from);
      if (scheme < 0) {
        break;
      }
      int userStart = scheme + 3;
      int userEnd = userStart;
      while (userEnd < text.length() && ":/@?#\n\r\t ".indexOf(text.charAt(userEnd)) < 0) {
        userEnd++;
      }
      int segmentEnd = segmentEnd(text, userStart);
      int at = text.lastIndexOf('@', segmentEnd - 1);
      boolean hasPassword =
          userEnd < text.length()
              && text.charAt(userEnd) == ':'
              && at > userEnd
              && !isHostAndPort(text, userEnd, at);
      if (hasPassword) {
        out.append(text, from, userEnd).append(replacement);
        from = at;
      } else {
        out.append(text, from, userStart);
        from = userStart;
      }
    }
    return out.append(text.substring(from)).toString();
  }

  /** Where the URL that starts at {@code start} ends at the latest: the next URL or line. */
  private static int segmentEnd(String text, int start) {
    int nextUrl = text.indexOf("://", start);
    int end = nextUrl < 0 ? text.length() : nextUrl;
    for (char stop : new char[] {'\n', '\r'}) {
      int line = text.indexOf(stop, start);
      if (line >= 0 && line < end) {
        end = line;
      }
    }
    return end;
  }

  /**
   * Whether the colon at {@code colon} is a port's ({@code host:5432/db...}), so that an {@code @}
   * further on belongs to the path or query and not to a password.
   */
  private static boolean isHostAndPort(String text, int colon, int at) {
    int i = colon + 1;
    while (i < at && Character.isDigit(text.charAt(i))) {
      i++;
    }
    return i > colon + 1 && i < at && "/?#".indexOf(text.charAt(i)) >= 0;
  }
}
