package io.scry.coordinator.rehearsal;

import java.util.List;

/**
 * A run of consecutive samples in which a backend looked the same in {@code pg_stat_activity}: same
 * state, statement and lock wait (with the same blockers). Spans of one backend never overlap.
 *
 * <p>To keep long rehearsals small, a span that was short (under {@link
 * TimelineBuilder#DETAIL_AFTER_MICROS}) and uneventful (no lock wait, blocking nobody, holding no
 * lock beyond ROW EXCLUSIVE) is kept <em>summarized</em>: only its state, without statement, and
 * merged with the summarized span before it.
 *
 * @param first index of its first sample in the timeline
 * @param last index of its last sample (inclusive)
 * @param lockWait {@code wait_event} when the backend waited for a heavyweight lock ({@code
 *     wait_event_type = 'Lock'}), else null
 * @param query null for a summarized span
 * @param blockers {@code pg_blocking_pids(pid)}, sorted; empty unless waiting for a lock
 * @param waited the lock waited for, null unless waiting for a lock
 */
record ActivitySpan(
    Backend backend,
    int first,
    int last,
    String state,
    String lockWait,
    Long xactStartMicros,
    Long queryStartMicros,
    String query,
    List<Integer> blockers,
    WaitedLock waited) {

  ActivitySpan {
    blockers = List.copyOf(blockers);
  }

  boolean waiting() {
    return lockWait != null;
  }

  boolean summarized() {
    return query == null;
  }

  boolean covers(int sample) {
    return first <= sample && sample <= last;
  }

  /** Whether the backend was doing anything: not idle outside a transaction. */
  boolean busy() {
    return state != null && !"idle".equals(state);
  }

  ActivitySpan withLast(int newLast) {
    return new ActivitySpan(
        backend,
        first,
        newLast,
        state,
        lockWait,
        xactStartMicros,
        queryStartMicros,
        query,
        blockers,
        waited);
  }

  /** The same samples with only the state kept. */
  ActivitySpan summary() {
    return new ActivitySpan(backend, first, last, state, null, null, null, null, List.of(), null);
  }
}
