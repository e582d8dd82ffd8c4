package io.scry.protocol.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReplayModeUnitTests {

  @Test
  void labelsAreLowerCaseAndParseBackInAnyCase() {
    for (ReplayMode mode : ReplayMode.values()) {
      assertEquals(Optional.of(mode), ReplayMode.parse(mode.label()));
      assertEquals(Optional.of(mode), ReplayMode.parse(" " + mode.name() + " "));
    }
    assertEquals("timed", ReplayMode.TIMED.label());
    assertEquals("stress", ReplayMode.STRESS.label());
  }

  @Test
  void unknownLabelsAreEmpty() {
    assertTrue(ReplayMode.parse("fast").isEmpty());
    assertTrue(ReplayMode.parse("").isEmpty());
    assertTrue(ReplayMode.parse(null).isEmpty());
  }

  @Test
  void protobufRoundTrip() {
    for (ReplayMode mode : ReplayMode.values()) {
      assertEquals(mode, ReplayMode.fromProto(mode.toProto()));
    }
    assertEquals(
        ReplayMode.TIMED,
        ReplayMode.fromProto(io.scry.protocol.v1.ReplayMode.REPLAY_MODE_UNSPECIFIED));
  }
}
