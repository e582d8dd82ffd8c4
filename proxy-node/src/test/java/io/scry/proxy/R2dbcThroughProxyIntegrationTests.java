package io.scry.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.r2dbc.postgresql.PostgresqlConnectionConfiguration;
import io.r2dbc.postgresql.PostgresqlConnectionFactory;
import io.r2dbc.postgresql.client.SSLMode;
import io.scry.protocol.v1.ProtocolKind;
import io.scry.protocol.v1.Statement;
import io.scry.testsupport.PostgresExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class R2dbcThroughProxyIntegrationTests {

  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  @TempDir Path captureDir;

  @Test
  void extendedProtocolWithDollarParameters() throws Exception {
    try (ProxyHarness harness = ProxyHarness.start(PG, captureDir)) {
      PostgresqlConnectionFactory factory =
          new PostgresqlConnectionFactory(
              PostgresqlConnectionConfiguration.builder()
                  .host("127.0.0.1")
                  .port(harness.port())
                  .username(PostgresExtension.USER)
                  .password(PostgresExtension.PASSWORD)
                  .database("postgres")
                  .sslMode(SSLMode.DISABLE)
                  .build());
      List<Integer> values =
          Mono.usingWhen(
                  factory.create(),
                  connection ->
                      Flux.range(1, 3)
                          .concatMap(
                              i ->
                                  Flux.from(
                                          connection
                                              .createStatement(
                                                  "SELECT g FROM generate_series(1, $1) g")
                                              .bind("$1", i)
                                              .execute())
                                      .flatMap(
                                          r -> r.map((row, meta) -> row.get(0, Integer.class))))
                          .collectList(),
                  connection -> connection.close())
              .block(Duration.ofSeconds(30));
      assertEquals(List.of(1, 1, 2, 1, 2, 3), values);
      List<Statement> all = harness.stopAndRead().statements();
      // The driver's own two set-up queries on connect, then ours.
      assertEquals(5, all.size(), all::toString);
      assertEquals("SHOW TRANSACTION ISOLATION LEVEL", all.get(0).getSql());
      List<Statement> statements = all.subList(2, 5);
      for (int i = 0; i < 3; i++) {
        Statement statement = statements.get(i);
        assertEquals(ProtocolKind.PROTOCOL_EXTENDED, statement.getProtocol());
        assertEquals("SELECT g FROM generate_series(1, $1) g", statement.getSql());
        assertEquals(i + 1, statement.getRows());
        assertEquals(23, statement.getParameters(0).getTypeOid());
      }
    }
  }
}
