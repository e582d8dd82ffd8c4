package io.scry.coordinator.rehearsal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Folds samples, as they come, into the compact form of a {@link LockTimeline}: activity spans
 * instead of rows, lock holds instead of lock rows. Memory grows with what changes, not with the
 * number of samples, so a 10-minute rehearsal at 10 ms stays small. Not thread-safe: the sampling
 * thread owns it.
 */
final class TimelineBuilder {
  /** A span at least this long keeps its statement even when nothing else made it interesting. */
  static final long DETAIL_AFTER_MICROS = 100_000;

  private final Duration interval;
  private long[] serverMicros = new long[1024];
  private long[] localMillis = new long[1024];
  private long[] localNanos = new long[1024];
  private long[] walBytes = new long[1024];
  private int[] costMicros = new int[1024];
  private int count;
  private int failed;
  private int overruns;
  private String lastFailure;

  private final Map<Integer, Backend> backendByPid = new HashMap<>();
  private final List<Backend> backends = new ArrayList<>();
  private final Map<Long, Relation> relations = new HashMap<>();

  private final Map<Backend, OpenSpan> openSpans = new LinkedHashMap<>();
  private final List<ActivitySpan> spans = new ArrayList<>();
  private final Map<Backend, Integer> lastClosedSpan = new HashMap<>();

  private final Map<HoldKey, SeenLock> openHolds = new LinkedHashMap<>();
  private final Map<HoldKey, SeenLock> weakLocks = new LinkedHashMap<>();
  private final List<LockHold> holds = new ArrayList<>();

  TimelineBuilder(Duration interval) {
    this.interval = interval;
  }

  int samples() {
    return count;
  }

  /** A sample that failed; it takes no place on the timeline. */
  void failed(String reason) {
    failed++;
    lastFailure = reason;
  }

  /** A sample that started late because the one before it took longer than the interval. */
  void overrun() {
    overruns++;
  }

  void add(Sample sample, long costNanos) {
    int index = append(sample, costNanos);
    Map<Integer, Backend> present = backends(sample.activity());
    Set<Integer> strongHolders = new HashSet<>();
    Map<Integer, WaitedLock> waited = new HashMap<>();
    for (Sample.Lock lock : sample.locks()) {
      Backend backend = present.get(lock.pid());
      if (backend == null) {
        continue;
      }
      LockMode mode = LockMode.fromPgName(lock.mode());
      Relation relation =
          lock.relationOid() == null ? null : relation(lock.relationOid(), lock.relationName());
      if (!lock.granted()) {
        waited.put(lock.pid(), new WaitedLock(lock.lockType(), relation, mode));
      } else if (mode != null && relation != null) {
        boolean strong = LockHold.tracksHolds(mode);
        if (strong) {
          strongHolders.add(lock.pid());
        }
        (strong ? openHolds : weakLocks)
            .computeIfAbsent(new HoldKey(backend, relation, mode), key -> new SeenLock(index))
            .see(index);
      }
    }
    closeHoldsNotSeenAt(index);

    Set<Integer> blockers = new HashSet<>();
    sample.activity().forEach(row -> blockers.addAll(row.blockers()));
    for (Sample.Activity row : sample.activity()) {
      Backend backend = present.get(row.pid());
      String lockWait = row.lockWait();
      ActivitySpan proto =
          new ActivitySpan(
              backend,
              index,
              index,
              row.state(),
              lockWait,
              row.xactStartMicros(),
              row.queryStartMicros(),
              row.query() == null ? "" : row.query(),
              lockWait == null ? List.of() : row.blockers(),
              lockWait == null ? null : waited.get(row.pid()));
      boolean interesting =
          lockWait != null || blockers.contains(row.pid()) || strongHolders.contains(row.pid());
      OpenSpan open = openSpans.get(backend);
      if (open != null && open.continuedBy(proto)) {
        open.last = index;
        open.interesting |= interesting;
      } else {
        if (open != null) {
          close(open);
        }
        openSpans.put(backend, new OpenSpan(proto, interesting));
      }
    }
    for (Iterator<OpenSpan> it = openSpans.values().iterator(); it.hasNext(); ) {
      OpenSpan open = it.next();
      if (open.last != index) {
        close(open);
        it.remove();
      }
    }
  }

  LockTimeline build(LockTimeline.EndReason reason, String detail) {
    openSpans.values().forEach(this::close);
    openSpans.clear();
    closeHoldsNotSeenAt(Integer.MAX_VALUE);
    weakLocks.forEach((key, seen) -> holds.add(seen.hold(key)));
    weakLocks.clear();
    spans.sort(Comparator.comparingInt(ActivitySpan::first));
    holds.sort(Comparator.comparingInt(LockHold::first));
    return new LockTimeline(
        interval,
        Arrays.copyOf(serverMicros, count),
        Arrays.copyOf(localMillis, count),
        Arrays.copyOf(localNanos, count),
        Arrays.copyOf(walBytes, count),
        SampleCost.of(Arrays.copyOfRange(costMicros, Math.min(1, count), count)),
        failed,
        overruns,
        lastFailure,
        reason,
        detail,
        backends,
        spans,
        holds);
  }

  private int append(Sample sample, long costNanos) {
    if (count == serverMicros.length) {
      int size = count * 2;
      serverMicros = Arrays.copyOf(serverMicros, size);
      localMillis = Arrays.copyOf(localMillis, size);
      localNanos = Arrays.copyOf(localNanos, size);
      walBytes = Arrays.copyOf(walBytes, size);
      costMicros = Arrays.copyOf(costMicros, size);
    }
    serverMicros[count] = sample.serverMicros();
    localMillis[count] = sample.localMillis();
    localNanos[count] = sample.localNanos();
    walBytes[count] = sample.walBytes();
    costMicros[count] = (int) Math.min(Integer.MAX_VALUE, costNanos / 1000);
    return count++;
  }

  /** The backends of this sample by pid; a pid with a new start time is a new backend. */
  private Map<Integer, Backend> backends(List<Sample.Activity> activity) {
    Map<Integer, Backend> present = new HashMap<>();
    for (Sample.Activity row : activity) {
      Backend known = backendByPid.get(row.pid());
      if (known == null || known.backendStartMicros() != row.backendStartMicros()) {
        known =
            new Backend(
                row.pid(), row.backendStartMicros(), row.applicationName(), row.clientPort());
        backendByPid.put(row.pid(), known);
        backends.add(known);
      }
      present.put(row.pid(), known);
    }
    return present;
  }

  private Relation relation(long oid, String name) {
    return relations.computeIfAbsent(
        oid, key -> new Relation(key, name == null ? Long.toString(key) : name));
  }

  private void closeHoldsNotSeenAt(int index) {
    for (Iterator<Map.Entry<HoldKey, SeenLock>> it = openHolds.entrySet().iterator();
        it.hasNext(); ) {
      Map.Entry<HoldKey, SeenLock> entry = it.next();
      if (entry.getValue().last != index) {
        holds.add(entry.getValue().hold(entry.getKey()));
        it.remove();
      }
    }
  }

  /**
   * Ends a span. A short, uneventful one keeps only its state and joins the summarized span just
   * before it, so that traffic of many short statements costs one span per change of state.
   */
  private void close(OpenSpan open) {
    ActivitySpan span = open.proto.withLast(open.last);
    boolean longEnough =
        serverMicros[span.last()] - serverMicros[span.first()] >= DETAIL_AFTER_MICROS;
    if (!open.interesting && !longEnough) {
      span = span.summary();
      Integer previous = lastClosedSpan.get(span.backend());
      if (previous != null) {
        ActivitySpan before = spans.get(previous);
        if (before.summarized()
            && before.last() == span.first() - 1
            && Objects.equals(before.state(), span.state())) {
          spans.set(previous, before.withLast(span.last()));
          return;
        }
      }
    }
    lastClosedSpan.put(span.backend(), spans.size());
    spans.add(span);
  }

  private static final class OpenSpan {
    final ActivitySpan proto;
    int last;
    boolean interesting;

    OpenSpan(ActivitySpan proto, boolean interesting) {
      this.proto = proto;
      this.last = proto.last();
      this.interesting = interesting;
    }

    boolean continuedBy(ActivitySpan next) {
      return next.first() == last + 1
          && Objects.equals(proto.state(), next.state())
          && Objects.equals(proto.lockWait(), next.lockWait())
          && Objects.equals(proto.xactStartMicros(), next.xactStartMicros())
          && Objects.equals(proto.queryStartMicros(), next.queryStartMicros())
          && Objects.equals(proto.query(), next.query())
          && proto.blockers().equals(next.blockers())
          && Objects.equals(proto.waited(), next.waited());
    }
  }

  private record HoldKey(Backend backend, Relation relation, LockMode mode) {}

  private static final class SeenLock {
    final int first;
    int last = -1;
    int samples;

    SeenLock(int first) {
      this.first = first;
    }

    void see(int index) {
      if (last != index) {
        last = index;
        samples++;
      }
    }

    LockHold hold(HoldKey key) {
      return new LockHold(key.backend(), key.relation(), key.mode(), first, last, samples);
    }
  }
}
