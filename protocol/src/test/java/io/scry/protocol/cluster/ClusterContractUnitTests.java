package io.scry.protocol.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterContractUnitTests {

  private static final String TRANSPORT = "pekko.remote.artery.transport";

  @Test
  void aNodeWithAKeyTalksTlsAndOneWithoutInClear() {
    assertEquals("tls-tcp", config(true).getString(TRANSPORT));
    assertEquals("tcp", config(false).getString(TRANSPORT));
  }

  @Test
  void noSystemPropertyTurnsAKeyedNodeBackToClearText() {
    String before = System.getProperty(TRANSPORT);
    System.setProperty(TRANSPORT, "tcp");
    ConfigFactory.invalidateCaches();
    try {
      assertEquals("tls-tcp", config(true).getString(TRANSPORT));
    } finally {
      if (before == null) {
        System.clearProperty(TRANSPORT);
      } else {
        System.setProperty(TRANSPORT, before);
      }
      ConfigFactory.invalidateCaches();
    }
  }

  private static Config config(boolean tls) {
    return ClusterContract.nodeConfig(List.of(ClusterContract.ROLE_WORKER), "127.0.0.1", 0, tls);
  }
}
