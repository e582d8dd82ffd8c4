package io.scry.coordinator.store;

/**
 * Event count and start-time range of a segment file up to {@code position}, so that a later look
 * at a growing file reads only what was appended since.
 *
 * @param position file offset up to which events were counted (end of the last good frame); 0
 *     before the first read
 * @param complete the file is sealed and was read to its end: it never needs reading again
 */
record SegmentStats(
    long position, long events, long minStartUnixNanos, long maxStartUnixNanos, boolean complete) {

  static final SegmentStats NONE = new SegmentStats(0, 0, Long.MAX_VALUE, Long.MIN_VALUE, false);
}
