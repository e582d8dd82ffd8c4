package io.scry.proxy;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.testsupport.PostgresExtension;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A client that stops reading makes the proxy stop reading from the server, not buffer. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BackPressureIntegrationTests {

  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  static final long RESULT_BYTES = 300L * 1000 * 1000; // 300,000 rows of 1,000 bytes

  @TempDir Path captureDir;

  @Test
  void aClientThatDoesNotReadStopsTheUpstreamInsteadOfFillingMemory() throws Exception {
    try (ProxyHarness harness = ProxyHarness.start(PG, captureDir);
        Socket socket = new Socket()) {
      socket.setReceiveBufferSize(64 * 1024);
      socket.connect(new InetSocketAddress("127.0.0.1", harness.port()), 5_000);
      socket.setSoTimeout(10_000);
      DataOutputStream out = new DataOutputStream(socket.getOutputStream());
      DataInputStream in = new DataInputStream(socket.getInputStream());
      startSession(out, in);
      byte[] sql =
          "SELECT repeat('x', 1000) FROM generate_series(1, 300000)\0"
              .getBytes(StandardCharsets.UTF_8);
      out.writeByte('Q');
      out.writeInt(4 + sql.length);
      out.write(sql);
      out.flush();

      Thread.sleep(2_000); // the server could produce the whole result in this time
      long forwarded = harness.proxy.metrics().bytesFromUpstream();
      Thread.sleep(1_000);
      long forwardedLater = harness.proxy.metrics().bytesFromUpstream();
      assertTrue(
          forwarded < 32L * 1024 * 1024,
          "the proxy kept reading from the server: " + forwarded + " bytes");
      assertTrue(
          forwardedLater - forwarded < 1024 * 1024,
          "still reading while the client is stalled: " + (forwardedLater - forwarded));

      long received = drainUntilReadyForQuery(in);
      assertTrue(received > RESULT_BYTES, "the whole result arrives once the client reads");
    }
  }

  private static void startSession(DataOutputStream out, DataInputStream in) throws Exception {
    out.write(RawConnection.postgresStartupMessage());
    out.flush();
    drainUntilReadyForQuery(in);
  }

  private static long drainUntilReadyForQuery(DataInputStream in) throws Exception {
    long bytes = 0;
    while (true) {
      byte type = in.readByte();
      int length = in.readInt();
      in.skipNBytes(length - 4);
      bytes += 1 + length;
      if (type == 'E') {
        throw new IllegalStateException("server error");
      }
      if (type == 'R' && length == 8) {
        continue; // AuthenticationOk (trust)
      }
      if (type == 'Z') {
        return bytes;
      }
      assertTrue(type != 'R', "the test server asked for a password");
    }
  }
}
