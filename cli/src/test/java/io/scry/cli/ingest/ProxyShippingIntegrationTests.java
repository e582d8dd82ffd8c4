package io.scry.cli.ingest;

import static io.scry.cli.ingest.FastShipping.FAST_SHIPPING;
import static io.scry.cli.ingest.FastShipping.INGEST_SECRET;
import static io.scry.coordinator.ingest.TestCaptures.assertSameEventsExactlyOnce;
import static io.scry.coordinator.ingest.TestCaptures.await;
import static io.scry.coordinator.ingest.TestCaptures.freeLoopbackAddress;
import static io.scry.coordinator.ingest.TestCaptures.storeEvents;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.ingest.IngestServer;
import io.scry.coordinator.store.CaptureStore;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.Parameter;
import io.scry.protocol.v1.ProtocolKind;
import io.scry.protocol.v1.Statement;
import io.scry.proxy.ProxyConfig;
import io.scry.proxy.ProxyServer;
import io.scry.proxy.ship.CaptureShipper;
import io.scry.testsupport.PostgresExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * pgjdbc through the real proxy, its shipper streaming the capture into a coordinator's store that
 * comes up only after the first statements.
 */
@Timeout(120)
class ProxyShippingIntegrationTests {

  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  private static final String MARKER = "scry_ship_probe";
  private static final int QUERIES = 25;

  @TempDir Path tmp;

  @Test
  void proxyServesWhileTheCoordinatorIsDownAndItsCaptureArrivesWhileItRuns() throws Exception {
    Path captureDir = tmp.resolve("capture");
    InetSocketAddress coordinator = freeLoopbackAddress();
    ProxyServer proxy =
        ProxyServer.start(
            ProxyConfig.builder()
                .upstream(PG.host(), PG.port())
                .captureDir(captureDir)
                .proxyId("edge-1")
                .build());
    CaptureShipper shipper =
        CaptureShipper.start(
            captureDir, "edge-1", "shop", coordinator, INGEST_SECRET, FAST_SHIPPING);
    CaptureStore store = null;
    IngestServer server = null;
    try {
      String url = "jdbc:postgresql://127.0.0.1:" + proxy.localAddress().getPort() + "/postgres";
      try (Connection connection =
              DriverManager.getConnection(
                  url + "?sslmode=disable", PostgresExtension.USER, PostgresExtension.PASSWORD);
          PreparedStatement query = connection.prepareStatement("SELECT ?::int + 1 AS " + MARKER)) {
        runQueries(query, 0, QUERIES / 2); // no coordinator yet: the proxy serves regardless
        store = CaptureStore.open(tmp.resolve("store"));
        server = IngestServer.start(coordinator, store, INGEST_SECRET);
        runQueries(query, QUERIES / 2, QUERIES);
      }
      // The segment is still active: shipping does not wait for it to be sealed.
      CaptureStore running = store;
      await(
          QUERIES + " statements in the store",
          Duration.ofSeconds(30),
          () -> probes(running).size() == QUERIES);

      proxy.close();
      assertTrue(shipper.awaitShipped(Duration.ofSeconds(30)), "sealed segment shipped");

      List<Statement> probes = probes(store);
      assertEquals(QUERIES, probes.size());
      assertTrue(probes.stream().allMatch(s -> s.getProtocol() == ProtocolKind.PROTOCOL_EXTENDED));
      for (int n = 0; n < QUERIES; n++) {
        assertEquals(n, intValue(probes.get(n).getParameters(0)), "parameter of query " + n);
      }
      assertSameEventsExactlyOnce(captureDir, store, "shop");
      assertEquals(List.of("edge-1"), store.info("shop").orElseThrow().proxies());
    } finally {
      shipper.close();
      proxy.close();
      if (server != null) {
        server.close();
      }
      if (store != null) {
        store.close();
      }
    }
  }

  private static void runQueries(PreparedStatement query, int from, int to) throws SQLException {
    for (int n = from; n < to; n++) {
      query.setInt(1, n);
      try (ResultSet rows = query.executeQuery()) {
        assertTrue(rows.next());
        assertEquals(n + 1, rows.getInt(1));
      }
    }
  }

  /** A captured int4 parameter in whichever format the driver chose. */
  private static int intValue(Parameter parameter) {
    return parameter.getFormat() == 1
        ? parameter.getValue().asReadOnlyByteBuffer().getInt()
        : Integer.parseInt(parameter.getValue().toStringUtf8());
  }

  private static List<Statement> probes(CaptureStore store) {
    try {
      return storeEvents(store, "shop").stream()
          .filter(CaptureEvent::hasStatement)
          .map(CaptureEvent::getStatement)
          .filter(statement -> statement.getSql().contains(MARKER))
          .toList();
    } catch (NoSuchFileException nothingShippedYet) {
      return List.of();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
