package io.scry.proxy.ship;

import java.io.IOException;

/**
 * The coordinator refused this shipper before it could ship anything: its ingest secret, or its
 * Hello (such as a proxy id that another spool is shipping right now). Logged at every attempt, as
 * only an operator can fix it; the shipper keeps retrying with backoff and the proxy keeps
 * capturing locally.
 */
final class IngestRefusedException extends IOException {

  IngestRefusedException(String message) {
    super(message);
  }
}
