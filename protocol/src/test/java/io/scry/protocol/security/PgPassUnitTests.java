package io.scry.protocol.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgPassUnitTests {

  @TempDir Path home;

  @Test
  void theUrlsPasswordWinsThenPgpasswordThenTheFile() throws Exception {
    writePgpass(home.resolve(".pgpass"), "*:*:*:*:from-file\n");
    PgPass withEnvironment = new PgPass(Map.of("PGPASSWORD", "from-env"), home);
    PgPass withoutEnvironment = new PgPass(Map.of(), home);

    assertEquals(Optional.of("in-url"), withEnvironment.password("in-url", "h", 5432, "d", "u"));
    assertEquals(Optional.of("from-env"), withEnvironment.password("", "h", 5432, "d", "u"));
    assertEquals(Optional.of("from-file"), withoutEnvironment.password("", "h", 5432, "d", "u"));
  }

  @Test
  void theFirstMatchingLineWinsWithWildcardsAndEscapes() throws Exception {
    Path file = home.resolve("custom-pgpass");
    writePgpass(
        file,
        "# comment\n"
            + "db.example:5432:orders:app:orders-pw\n"
            + "db.example:*:*:app:any-db\\:pw\\\\x\n"
            + "*:*:*:*:fallback\n");
    PgPass pgpass = new PgPass(Map.of("PGPASSFILE", file.toString()), home);

    assertEquals(
        Optional.of("orders-pw"), pgpass.password(null, "db.example", 5432, "orders", "app"));
    assertEquals(
        Optional.of("any-db:pw\\x"), pgpass.password(null, "db.example", 6543, "other", "app"));
    assertEquals(Optional.of("fallback"), pgpass.password(null, "elsewhere", 5432, "x", "y"));
  }

  @Test
  void aFileOthersMayReadIsIgnoredLikeLibpqDoes() throws Exception {
    Path file = home.resolve(".pgpass");
    Files.writeString(file, "*:*:*:*:leaked\n");
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
    assertEquals(Optional.empty(), new PgPass(Map.of(), home).password("", "h", 5432, "d", "u"));
  }

  @Test
  void noPasswordAnywhereIsEmpty() {
    assertEquals(Optional.empty(), new PgPass(Map.of(), home).password(null, "h", 5432, "d", "u"));
  }

  private static void writePgpass(Path file, String content) throws Exception {
    Files.writeString(file, content);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
  }
}
