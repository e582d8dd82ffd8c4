package io.scry.worker.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scry.protocol.fingerprint.Fingerprinter;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CloneEscapesUnitTests {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "ALTER SYSTEM SET work_mem = '1GB'|ALTER SYSTEM",
        "alter  system reset all|ALTER SYSTEM",
        "COPY t FROM PROGRAM 'curl http://x'|COPY PROGRAM",
        "copy (select 1) to program 'sh'|COPY PROGRAM",
        "CREATE ROLE app LOGIN|ROLE",
        "CREATE USER app PASSWORD 'x'|ROLE",
        "ALTER ROLE app SUPERUSER|ROLE",
        "DROP USER IF EXISTS app|ROLE",
        "ALTER DATABASE shop SET search_path = x|ALTER DATABASE",
        "SELECT * FROM dblink('host=prod', 'select 1') AS t(x int)|FOREIGN SERVER",
        "CREATE SERVER prod FOREIGN DATA WRAPPER postgres_fdw|FOREIGN SERVER",
        "CREATE USER MAPPING FOR app SERVER prod|FOREIGN SERVER",
        "IMPORT FOREIGN SCHEMA public FROM SERVER prod INTO x|FOREIGN SERVER",
        "CREATE EXTENSION postgres_fdw|FOREIGN SERVER",
        "BEGIN; ALTER SYSTEM SET fsync = off; COMMIT|ALTER SYSTEM",
      })
  void namesTheKindOfEscape(String sql, String kind) {
    assertEquals(Optional.of(kind), CloneEscapes.kindOf(normalized(sql)));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "CREATE TABLE users (role text)",
        "SELECT * FROM roles WHERE name = 'alter system'",
        "UPDATE users SET role = 'admin' WHERE id = 1",
        "COPY items TO STDOUT",
        "ALTER TABLE items ADD COLUMN program text",
        "CREATE EXTENSION pg_trgm",
        "SELECT current_user",
      })
  void leavesOrdinaryStatementsAlone(String sql) {
    assertEquals(Optional.empty(), CloneEscapes.kindOf(normalized(sql)));
  }

  private static String normalized(String sql) {
    return Fingerprinter.fingerprint(sql).normalized();
  }
}
