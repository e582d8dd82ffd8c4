package io.scry.protocol.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConnectionStringsUnitTests {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "postgres://app:s3cret@db:5432/orders|postgres://app:***@db:5432/orders",
        "postgresql://app:s3cret@db/orders?sslmode=require|postgresql://app:***@db/orders?sslmode=require",
        "r2dbc:postgresql://app:s3cret@db/orders|r2dbc:postgresql://app:***@db/orders",
        "jdbc:postgresql://db/orders?user=app&password=s3cret&ssl=true|jdbc:postgresql://db/orders?user=app&password=***&ssl=true",
        "host=db password=s3cret dbname=orders|host=db password=*** dbname=orders",
        "host=db password = 'se cret' dbname=orders|host=db password = *** dbname=orders",
        "postgres://app@db:5432/orders|postgres://app@db:5432/orders",
        "postgres://db:5432/orders?x=a@b|postgres://db:5432/orders?x=a@b",
        "a job for postgres://u:p1@h/a and postgres://v:p2@h/b|a job for postgres://u:***@h/a and postgres://v:***@h/b",
      })
  void masksThePasswordAndKeepsTheRest(String text, String masked) {
    assertEquals(masked, ConnectionStrings.mask(text));
  }

  /** What URL parsers reject, and error messages quote raw: the password still never shows. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "postgres://app:pa ss@db/orders",
        "postgres://app:100%sure@db/orders",
        "postgres://app:p@ss@db/orders",
        "postgres://app:p/ss@db/orders",
        "invalid target URL postgres://app:pa ss@db/orders: Illegal character in authority",
        "mysql://app:pa ss@db/orders",
        "target 'postgres://app:pa%ss@db/orders' is not a postgres://user:pass@host/db URL",
      })
  void masksPasswordsInUnparsableUrlsAndMessagesQuotingThem(String text) {
    String masked = ConnectionStrings.mask(text);
    for (String secret : new String[] {"pa ss", "100%sure", "p@ss", "p/ss", "pa%ss"}) {
      assertFalse(masked.contains(secret), masked);
    }
    assertFalse(masked.contains("ss@db"), masked);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "postgres://app:s3cret@db:5432/orders|postgres://app@db:5432/orders",
        "postgres://app@db:5432/orders|postgres://app@db:5432/orders",
        "postgres://db/orders?password=s3cret|postgres://db/orders",
        "postgres://db/orders?password=s3cret&sslmode=require|postgres://db/orders?sslmode=require",
        "postgres://db/orders?sslmode=require&password=s3cret|postgres://db/orders?sslmode=require",
      })
  void storesUrlsWithoutThePassword(String url, String stored) {
    assertEquals(stored, ConnectionStrings.withoutPassword(url));
  }
}
