package io.scry.cli.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class NodeCommandOptionsUnitTests {

  @Test
  void coordinatorAndLocalReadTheServiceOptionsAlike() {
    for (Object command : new Object[] {new CoordinatorCommand(), new LocalCommand()}) {
      CommandLine cli = new CommandLine(command);
      cli.parseArgs(
          "--http",
          "127.0.0.1:18080",
          "--ingest",
          "127.0.0.1:17070",
          "--store",
          "s",
          "--token",
          "t");
      CoordinatorServiceOptions service =
          command instanceof CoordinatorCommand c ? c.service : ((LocalCommand) command).service;

      assertEquals(new InetSocketAddress("127.0.0.1", 18080), service.httpAddress());
      assertEquals(new InetSocketAddress("127.0.0.1", 17070), service.ingestAddress());
      assertEquals(Path.of("s"), service.store);
      assertEquals("t", service.bearerToken());
      assertNull(service.controlDb);
    }
  }

  @Test
  void aBlankTokenMeansNone() {
    LocalCommand local = new LocalCommand();
    new CommandLine(local).parseArgs("--token", " ");
    assertNull(local.service.bearerToken());
    assertNull(local.service.ingestAddress());
  }
}
