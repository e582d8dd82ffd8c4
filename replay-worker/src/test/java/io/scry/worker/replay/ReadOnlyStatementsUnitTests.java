package io.scry.worker.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scry.protocol.fingerprint.Fingerprinter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReadOnlyStatementsUnitTests {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "SELECT abalance FROM pgbench_accounts WHERE aid = $1 | true",
        "  select * from orders where region = 'eu' order by id limit 5 | true",
        "WITH recent AS (SELECT * FROM orders) SELECT count(*) FROM recent | true",
        "SELECT * FROM orders WHERE id = 1 FOR UPDATE | false",
        "SELECT * FROM orders WHERE id = 1 FOR NO KEY UPDATE SKIP LOCKED | false",
        "SELECT * FROM jobs FOR SHARE | false",
        "SELECT nextval('orders_id_seq') | false",
        "SELECT * INTO archive FROM orders | false",
        "WITH moved AS (DELETE FROM q RETURNING *) SELECT * FROM moved | false",
        "SELECT pg_advisory_lock(42) | false",
        "UPDATE orders SET status = 'paid' WHERE id = 1 | false",
        "BEGIN | false",
        "COMMIT | false",
        "CREATE INDEX ON orders (region) | false"
      })
  void tellsReadsFromEverythingElse(String sql, boolean readOnly) {
    assertEquals(
        readOnly, ReadOnlyStatements.isReadOnly(Fingerprinter.fingerprint(sql).normalized()));
  }
}
