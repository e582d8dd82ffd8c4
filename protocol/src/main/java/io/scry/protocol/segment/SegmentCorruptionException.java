package io.scry.protocol.segment;

import java.io.IOException;

/**
 * Bytes that should hold segment frames do not: thrown by {@link SegmentFrames#validate} with the
 * offset of the first bad frame, relative to the start of the validated range.
 */
public final class SegmentCorruptionException extends IOException {

  private final long offset;
  private final SegmentDamage.Kind kind;

  public SegmentCorruptionException(long offset, SegmentDamage.Kind kind, String message) {
    super(message + " at offset " + offset);
    this.offset = offset;
    this.kind = kind;
  }

  /** Offset of the first byte of the frame that failed, relative to the validated range. */
  public long offset() {
    return offset;
  }

  /** {@link SegmentDamage.Kind#TORN_TAIL} if the range ends inside a frame, else CORRUPT. */
  public SegmentDamage.Kind kind() {
    return kind;
  }
}
