package io.scry.cli.node;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scry.cli.CliRun;
import io.scry.cli.ScryCli;
import io.scry.protocol.security.ClusterKey;
import io.scry.testsupport.PostgresExtension;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coordinator listens on several addresses; when one is taken, the failure names its flag, not
 * the words of the transport that failed to bind it.
 */
class AddressInUseIntegrationTests {
  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  @TempDir Path tmp;

  @Test
  @Timeout(value = 2, unit = TimeUnit.MINUTES)
  void aCoordinatorWhoseHttpPortIsTakenNamesTheFlag() throws Exception {
    PG.createDatabase("control");
    Path key = tmp.resolve("cluster.key");
    ClusterKey.generate().write(key);
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      String http = "127.0.0.1:" + taken.getLocalPort();

      CliRun run =
          CliRun.of(
              "coordinator",
              "--cluster",
              "127.0.0.1:0",
              "--http",
              http,
              "--control-db",
              PG.url("control"),
              "--store",
              tmp.resolve("store").toString(),
              "--token",
              "t0ken",
              "--cluster-key-file",
              key.toString());

      assertEquals(ScryCli.EXIT_TOOL_ERROR, run.exit(), run.output());
      assertEquals(
          "error: cannot listen on "
              + http
              + " (--http): the address is already in use or not allowed",
          run.firstErrorLine(),
          run.output());
      assertEquals(
          "scry: failed — stop what listens there, or choose another port (port 0 picks a free"
              + " one)",
          run.lastErrorLine());
    }
  }
}
