package io.scry.proxy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Users who must log in to the test server with a password. The test server trusts every
 * connection, so tests of how authentication passes through the proxy make their own users and
 * rules with this.
 */
final class PasswordAuthentication {

  /** What stays trusted after the password rules: the tests' own superuser connections. */
  private static final List<String> TRUST_EVERYONE_ELSE =
      List.of(
          "local all all trust", "host all all 127.0.0.1/32 trust", "host all all ::1/128 trust");

  private PasswordAuthentication() {}

  /**
   * Creates {@code user} with {@code password}, stored as {@code encryption} ({@code scram-sha-256}
   * or {@code md5}).
   */
  static void createUser(Statement superuser, String user, String encryption, String password)
      throws SQLException {
    superuser.execute("SET password_encryption = '" + encryption + "'");
    superuser.execute("CREATE USER " + user + " PASSWORD '" + password + "'");
  }

  /**
   * Replaces the server's pg_hba.conf with {@code passwordRules} followed by trust for every other
   * connection, and reloads it.
   */
  static void requireOnly(Statement superuser, String... passwordRules)
      throws SQLException, IOException {
    ResultSet rs = superuser.executeQuery("SHOW hba_file");
    rs.next();
    List<String> lines = new ArrayList<>(List.of(passwordRules));
    lines.addAll(TRUST_EVERYONE_ELSE);
    lines.add("");
    Files.writeString(Path.of(rs.getString(1)), String.join("\n", lines));
    superuser.execute("SELECT pg_reload_conf()");
  }
}
