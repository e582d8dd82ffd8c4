package io.scry.protocol.segment;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/** Segments as a proxy wrote them before spools had an identity: format version 1 headers. */
public final class LegacySegments {

  private LegacySegments() {}

  /** A writer whose segments have version 1 headers (spool {@link SpoolId#LEGACY}). */
  public static SegmentWriter openWriter(Path dir, String proxyId, SegmentWriter.Options options)
      throws IOException {
    return SegmentWriter.open(dir, proxyId, SpoolId.LEGACY, options, Clock.systemUTC());
  }
}
