package io.scry.coordinator.ingest;

import static io.scry.coordinator.ingest.TestCaptures.oneSealedSegment;
import static io.scry.coordinator.ingest.TestCaptures.spoolOf;

import io.scry.coordinator.store.CaptureStore;
import io.scry.protocol.segment.SpoolId;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ground the ingest server tests talk to a real server from: a fresh capture store, one sealed
 * segment of proxy {@value #PROXY} written by a real segment writer, and that proxy's spool id.
 *
 * <p>It exists so that the conversation tests and the authentication tests stand on the same store,
 * segment and server lifecycle rather than on two copies of it. Each test class starts the server
 * with the secret it needs ({@link #startServer}); this class closes it.
 */
abstract class IngestServerFixture {

  static final String PROXY = "p1";
  static final String SEGMENT = "p1-00000000000000000001";

  @TempDir Path tmp;

  CaptureStore store;
  IngestServer server;

  /** The bytes of the sealed segment file under {@code tmp/proxy}. */
  byte[] segment;

  SpoolId spool;

  private final int segmentEvents;

  /** A fixture whose sealed segment holds {@code segmentEvents} capture events. */
  IngestServerFixture(int segmentEvents) {
    this.segmentEvents = segmentEvents;
  }

  @BeforeEach
  void openStoreAndWriteOneSealedSegment() throws IOException {
    store = CaptureStore.open(tmp.resolve("store"));
    segment = oneSealedSegment(tmp.resolve("proxy"), PROXY, segmentEvents);
    spool = spoolOf(tmp.resolve("proxy"));
  }

  /** Starts the server on a free loopback port, in front of the store, with {@code secret}. */
  void startServer(String secret) throws IOException {
    server = IngestServer.start(new InetSocketAddress("127.0.0.1", 0), store, secret);
  }

  @AfterEach
  void closeServerAndStore() throws IOException {
    if (server != null) {
      server.close();
    }
    store.close();
  }
}
