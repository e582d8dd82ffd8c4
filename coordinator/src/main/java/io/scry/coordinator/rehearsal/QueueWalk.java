package io.scry.coordinator.rehearsal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Decides, at one sample, which traffic backends were waiting on the migration and how, by walking
 * the waits-for graph of {@code pg_blocking_pids()} back to a migration backend.
 *
 * <p>{@code pg_blocking_pids()} names both the holders of a conflicting lock and the waiters ahead
 * in the queue whose request conflicts. So a migration backend among the blockers is a {@linkplain
 * BlockKind#DIRECT direct} block when it was running (only a waiting backend can block by its place
 * in the queue) or held a conflicting lock on the relation waited for; otherwise the statement was
 * queued behind the migration's own pending request: {@linkplain BlockKind#QUEUE in the lock
 * queue}. A statement waiting on another traffic backend that (transitively) waited on the
 * migration is in the queue too. Cycles (deadlocks, until the server breaks them) end the walk.
 */
final class QueueWalk {
  private final SampleView view;
  private final MigrationBackends migration;
  private final Map<Integer, BlockKind> kinds = new HashMap<>();
  private final Set<Integer> decided = new HashSet<>();
  private final Set<Integer> walking = new HashSet<>();

  private QueueWalk(SampleView view, MigrationBackends migration) {
    this.view = view;
    this.migration = migration;
  }

  /** The traffic backends (by pid) that waited on the migration at this sample, and how. */
  static Map<Integer, BlockKind> blockedTraffic(SampleView view, MigrationBackends migration) {
    QueueWalk walk = new QueueWalk(view, migration);
    for (ActivitySpan span : view.spans()) {
      if (span.waiting() && !migration.isMigration(span.backend())) {
        walk.kind(span.backend().pid());
      }
    }
    return walk.kinds;
  }

  private BlockKind kind(int pid) {
    if (decided.contains(pid)) {
      return kinds.get(pid);
    }
    if (!walking.add(pid)) {
      return null;
    }
    ActivitySpan waiter = view.span(pid);
    BlockKind kind = null;
    if (waiter != null && waiter.waiting()) {
      for (int blockerPid : waiter.blockers()) {
        ActivitySpan blocker = view.span(blockerPid);
        if (blocker == null) {
          continue;
        }
        if (migration.isMigration(blocker.backend())) {
          if (holdsWhatIsWaitedFor(blocker, waiter)) {
            kind = BlockKind.DIRECT;
            break;
          }
          kind = BlockKind.QUEUE;
        } else if (kind(blockerPid) != null) {
          kind = kind == null ? BlockKind.QUEUE : kind;
        }
      }
    }
    walking.remove(pid);
    decided.add(pid);
    if (kind != null) {
      kinds.put(pid, kind);
    }
    return kind;
  }

  private boolean holdsWhatIsWaitedFor(ActivitySpan blocker, ActivitySpan waiter) {
    WaitedLock waited = waiter.waited();
    return !blocker.waiting()
        || waited == null
        || !waited.onRelation()
        || view.holdsConflicting(blocker.backend().pid(), waited.relation(), waited.mode());
  }
}
