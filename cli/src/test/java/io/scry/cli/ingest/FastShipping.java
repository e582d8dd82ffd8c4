package io.scry.cli.ingest;

import io.scry.proxy.ship.ShipperSettings;
import java.time.Duration;

/** Shipping settings and the ingest secret for tests. */
final class FastShipping {

  /** Small chunks and short waits, so tests exercise many chunks and reconnect quickly. */
  static final ShipperSettings FAST_SHIPPING =
      new ShipperSettings(
          2048,
          4,
          Duration.ofMillis(20),
          Duration.ofMillis(20),
          Duration.ofMillis(200),
          Duration.ofSeconds(5),
          false);

  /** The ingest secret the tests' coordinators require and their shippers know. */
  static final String INGEST_SECRET = "test-ingest-secret";

  private FastShipping() {}
}
