package io.scry.protocol.segment;

import java.io.IOException;

/**
 * Bytes that should hold segment frames do not: thrown by {@link SegmentFrames#validate} with the
 * offset of the first bad frame, relative to the start of the validated range.
 */
public final class SegmentCorruptionException extends IOException {

  private final long offset;
  private final SegmentDamage.Kind kind;
  private final String problem;

  public SegmentCorruptionException(long offset, SegmentDamage.Kind kind, String problem) {
    super(problem + " at offset " + offset);
    this.offset = offset;
    this.kind = kind;
    this.problem = problem;
  }

  /** What is wrong, without the offset (for messages that give their own, absolute offset). */
  public String problem() {
    return problem;
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
