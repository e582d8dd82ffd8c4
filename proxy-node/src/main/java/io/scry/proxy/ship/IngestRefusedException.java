package io.scry.proxy.ship;

import java.io.IOException;

/** The coordinator refused the shipper's ingest secret: retrying with the same one cannot help. */
final class IngestRefusedException extends IOException {

  IngestRefusedException(String message) {
    super(message);
  }
}
