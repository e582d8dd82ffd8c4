package io.scry.coordinator.store;

/**
 * How much of one segment the store holds durably.
 *
 * @param segment segment name without suffix: {@code <proxy-id>-<20-digit sequence>}
 * @param durableOffset bytes of the segment file that are on disk (fsynced)
 * @param sealed the segment is complete; no more bytes will be accepted for it
 */
public record SegmentPosition(String segment, long durableOffset, boolean sealed) {}
