package io.scry.protocol.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SegmentFileNameUnitTests {

  @Test
  void namesRoundTripAndAProxyIdMayContainDashes() {
    SegmentFileName active = new SegmentFileName("eu-west-proxy-2", 42, true);
    assertEquals("eu-west-proxy-2-00000000000000000042.seg.active", active.fileName());
    assertEquals(Optional.of(active), SegmentFileName.parse(active.fileName()));
    assertEquals("eu-west-proxy-2-00000000000000000042.seg", active.sealed().fileName());
    assertEquals(
        Optional.of(active.sealed()),
        SegmentFileName.parse(Path.of("/captures/eu-west-proxy-2-00000000000000000042.seg")));
  }

  @Test
  void otherNamesAreNotSegments() {
    for (String name :
        new String[] {
          "proxy-1-42.seg",
          "proxy-1-000000000000000000042.seg",
          "proxy-1-0000000000000000004x.seg",
          "-00000000000000000042.seg",
          "proxy-1-00000000000000000042.seg.tmp",
          "proxy 1-00000000000000000042.seg",
          "proxy-1-99999999999999999999.seg",
          ".proxy-1.lock",
        }) {
      assertEquals(Optional.empty(), SegmentFileName.parse(name), name);
    }
  }

  @Test
  void proxyIdsThatCouldEscapeTheDirectoryAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new SegmentFileName("a/b", 1, false));
    assertThrows(IllegalArgumentException.class, () -> new SegmentFileName("", 1, false));
    assertThrows(IllegalArgumentException.class, () -> new SegmentFileName("p", -1, false));
  }
}
