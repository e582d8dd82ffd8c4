package io.scry.protocol.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the password for a connection whose URL has none, the way libpq does: {@code PGPASSWORD},
 * then the password file ({@code PGPASSFILE}, default {@code ~/.pgpass}) with lines {@code
 * hostname:port:database:username:password}, {@code *} matching anything, {@code \:} and {@code \\}
 * escaping, the first matching line winning. Like libpq, a password file that its group or others
 * may read is ignored with a warning. So URLs in jobs, configuration and the control database need
 * no password at all.
 */
public final class PgPass {

  // The JDK's logger: protocol depends on no logging library.
  private static final System.Logger log = System.getLogger(PgPass.class.getName());

  private final Map<String, String> environment;
  private final Path home;

  PgPass(Map<String, String> environment, Path home) {
    this.environment = environment;
    this.home = home;
  }

  /** The lookup of this process: its environment and home directory. */
  public static PgPass system() {
    return new PgPass(System.getenv(), Path.of(System.getProperty("user.home")));
  }

  /**
   * The password to use: {@code urlPassword} when it is not empty, else {@code PGPASSWORD}, else
   * the first matching line of the password file.
   */
  public Optional<String> password(
      String urlPassword, String host, int port, String database, String user) {
    if (urlPassword != null && !urlPassword.isEmpty()) {
      return Optional.of(urlPassword);
    }
    String fromEnvironment = environment.get("PGPASSWORD");
    if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
      return Optional.of(fromEnvironment);
    }
    return fromFile(host, port, database, user);
  }

  private Optional<String> fromFile(String host, int port, String database, String user) {
    String configured = environment.get("PGPASSFILE");
    Path file =
        configured == null || configured.isEmpty() ? home.resolve(".pgpass") : Path.of(configured);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      if (OwnerOnly.readableByOthers(file)) {
        log.log(
            System.Logger.Level.WARNING,
            "password file {0} is readable by its group or others and is ignored (chmod 0600 it)",
            file);
        return Optional.empty();
      }
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> fields = fields(line);
        if (fields.size() == 5
            && matches(fields.get(0), host)
            && matches(fields.get(1), Integer.toString(port))
            && matches(fields.get(2), database)
            && matches(fields.get(3), user)) {
          return Optional.of(fields.get(4));
        }
      }
    } catch (IOException e) {
      log.log(
          System.Logger.Level.WARNING, "cannot read password file {0}: {1}", file, e.getMessage());
    }
    return Optional.empty();
  }

  private static boolean matches(String pattern, String value) {
    return "*".equals(pattern) || pattern.equals(value);
  }

  /** The line's fields, split at unescaped colons, with the escapes resolved. */
  private static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        field.append(line.charAt(++i));
      } else if (c == ':' && fields.size() < 4) {
        fields.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    fields.add(field.toString());
    return fields;
  }
}
