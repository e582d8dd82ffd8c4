package io.scry.coordinator.store;

/**
 * A chunk the store did not append: it leaves a gap, overlaps a sealed segment's end, or holds a
 * bad frame. Nothing of it was written; {@link #position()} is where the sender must resume.
 */
public final class ChunkRejectedException extends Exception {

  private final SegmentPosition position;

  public ChunkRejectedException(String message, SegmentPosition position) {
    super(message);
    this.position = position;
  }

  /** The store's durable position of the segment, unchanged by the rejected chunk. */
  public SegmentPosition position() {
    return position;
  }
}
