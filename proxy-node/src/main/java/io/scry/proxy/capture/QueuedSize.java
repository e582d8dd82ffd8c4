package io.scry.proxy.capture;

import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.Parameter;
import io.scry.protocol.v1.Statement;

/**
 * The memory a captured event holds while it waits for the writer, for the {@code --capture-buffer}
 * budget: its texts' lengths and its parameters' sizes plus a fixed overhead. Estimated in time
 * proportional to its fields, on the connection's event loop, where protobuf's exact serialized
 * size would scan every text for its UTF-8 length; the writer thread pays for that once, as it
 * encodes the event.
 */
final class QueuedSize {
  /** Object headers, the event's and its statement's scalar fields. */
  private static final long EVENT_OVERHEAD = 96;

  private static final long PARAMETER_OVERHEAD = 24;

  /** A session's start or end, or a gap: small and rare. */
  private static final long OTHER_EVENT = 512;

  private QueuedSize() {}

  static long of(CaptureEvent event) {
    if (!event.hasStatement()) {
      return EVENT_OVERHEAD + OTHER_EVENT;
    }
    Statement s = event.getStatement();
    long bytes =
        EVENT_OVERHEAD
            + event.getProxyId().length()
            + s.getSql().length()
            + s.getStatementName().length()
            + s.getPortalName().length()
            + s.getCommandTag().length()
            + s.getSqlstate().length()
            + s.getErrorMessage().length()
            + 4L * s.getResultFormatsCount();
    for (Parameter p : s.getParametersList()) {
      bytes += PARAMETER_OVERHEAD + p.getValue().size();
    }
    return bytes;
  }
}
