package io.scry.coordinator.rehearsal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link LockTimeline} from made-up samples, 10 ms apart, for the unit tests: describe
 * what each backend does in a sample, then {@link #sample()}.
 *
 * <pre>{@code
 * timeline.holds(MIGRATION, "orders", ACCESS_EXCLUSIVE).active(MIGRATION, "ALTER ...", 1).sample();
 * }</pre>
 */
final class SyntheticTimeline {
  static final int MIGRATION = 100;
  static final long START_MICROS = 1_800_000_000_000_000L;

  private final TimelineBuilder builder = new TimelineBuilder(Duration.ofMillis(10));
  private final Map<String, Long> oids = new HashMap<>();
  private final Map<Integer, Long> backendStart = new HashMap<>();
  private final List<Sample.Activity> activity = new ArrayList<>();
  private final List<Sample.Lock> locks = new ArrayList<>();
  private long micros = START_MICROS;
  private long wal = 1_000_000;

  /** The application name of a pid: {@code migration} for {@link #MIGRATION}. */
  static String app(int pid) {
    return pid == MIGRATION ? "migration" : "app-" + pid;
  }

  SyntheticTimeline active(int pid, String query, long queryStart) {
    return row(pid, "active", query, queryStart, null, List.of());
  }

  SyntheticTimeline idle(int pid) {
    return row(pid, "idle", "", null, null, List.of());
  }

  /** {@code pid} waits for {@code mode} on {@code relation} behind {@code blockers}. */
  SyntheticTimeline waiting(
      int pid, String query, long queryStart, String relation, LockMode mode, Integer... blockers) {
    locks.add(new Sample.Lock(pid, "relation", oid(relation), relation, mode.pgName(), false));
    return row(pid, "active", query, queryStart, "relation", Arrays.asList(blockers));
  }

  /** {@code pid} waits for a row lock (a transaction id) behind {@code blockers}. */
  SyntheticTimeline waitingForRow(int pid, String query, long queryStart, Integer... blockers) {
    locks.add(new Sample.Lock(pid, "transactionid", null, null, "ShareLock", false));
    return row(pid, "active", query, queryStart, "transactionid", Arrays.asList(blockers));
  }

  SyntheticTimeline holds(int pid, String relation, LockMode mode) {
    locks.add(new Sample.Lock(pid, "relation", oid(relation), relation, mode.pgName(), true));
    return this;
  }

  SyntheticTimeline wal(long bytes) {
    wal += bytes;
    return this;
  }

  /** Ends the sample being described; the next one is 10 ms later. */
  SyntheticTimeline sample() {
    builder.add(
        new Sample(
            micros, micros / 1000, micros * 1000, wal, List.copyOf(activity), List.copyOf(locks)),
        1_000_000);
    activity.clear();
    locks.clear();
    micros += 10_000;
    return this;
  }

  /** Reconnects {@code pid}: the same pid is a new backend from now on. */
  SyntheticTimeline reconnect(int pid) {
    backendStart.put(pid, micros);
    return this;
  }

  LockTimeline build() {
    return builder.build(LockTimeline.EndReason.STOPPED, null);
  }

  LockAnalysis analyze() {
    return LockAnalysis.of(build(), MigrationBackends.byApplicationName("migration"));
  }

  private SyntheticTimeline row(
      int pid,
      String state,
      String query,
      Long queryStart,
      String lockWait,
      List<Integer> blockers) {
    activity.add(
        new Sample.Activity(
            pid,
            app(pid),
            40_000 + pid,
            backendStart.computeIfAbsent(pid, p -> START_MICROS - 1_000_000),
            queryStart == null ? null : START_MICROS - 1000 + queryStart,
            queryStart == null ? null : START_MICROS - 1000 + queryStart,
            state,
            lockWait == null ? null : "Lock",
            lockWait,
            query,
            blockers));
    return this;
  }

  private long oid(String relation) {
    return oids.computeIfAbsent(relation, r -> 16_384L + oids.size());
  }
}
