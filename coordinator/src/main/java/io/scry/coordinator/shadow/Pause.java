package io.scry.coordinator.shadow;

import java.time.Duration;

/** The wait between two looks at a server that is expected to change soon. */
final class Pause {
  static final Duration POLL = Duration.ofMillis(200);

  private Pause() {}

  static void briefly() {
    sleep(POLL);
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ShadowException("interrupted", "run the command again");
    }
  }
}
