package io.scry.coordinator.shadow.schema;

import io.scry.coordinator.explain.BlockingSql;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Builds the shadow's indexes after the initial copy, as {@code pg_restore -j} does: {@link
 * #SESSIONS} sessions at a time, each with a {@code maintenance_work_mem} of at least {@link
 * #SORT_MEMORY}. On the 1,000,000-order fixture this took the index step from 5.9 s (one session,
 * the default 64 MB) to 3.8 s; docs/BENCHMARKS.md has the whole init.
 *
 * <p>Each index is its own transaction: a failure stops the sessions after their current build and
 * is reported with its statement; indexes already built stay, like the rest of a failed init (which
 * names {@code shadow drop} and a fresh database as the way back).
 */
final class IndexBuilds {
  /**
   * Two builds keep a small server's cores busy (each may also use parallel maintenance workers);
   * more would only wait on each other for the disk and CPU.
   */
  static final int SESSIONS = 2;

  /** Enough to sort a few million keys in memory; a server set higher keeps its own. */
  static final String SORT_MEMORY = "256MB";

  private IndexBuilds() {}

  /**
   * @param sessions opens a new session on the shadow database
   * @return the failure of the first statement that failed, with that statement, or null
   */
  static Failure run(List<String> statements, Supplier<BlockingSql> sessions) {
    Queue<String> pending = new ConcurrentLinkedQueue<>(statements);
    AtomicReference<Failure> failure = new AtomicReference<>();
    List<Thread> builders = new ArrayList<>();
    for (int i = 0; i < Math.min(SESSIONS, statements.size()); i++) {
      Thread builder =
          new Thread(() -> build(pending, sessions, failure), "scry-shadow-index-" + (i + 1));
      builder.start();
      builders.add(builder);
    }
    for (Thread builder : builders) {
      try {
        builder.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        pending.clear();
        throw new IllegalStateException("interrupted while the shadow's indexes were built", e);
      }
    }
    return failure.get();
  }

  private static void build(
      Queue<String> pending, Supplier<BlockingSql> sessions, AtomicReference<Failure> failure) {
    String statement = null;
    try (BlockingSql shadow = sessions.get()) {
      shadow.execute(
          "SELECT pg_catalog.set_config('maintenance_work_mem', "
              + BlockingSql.literal(SORT_MEMORY)
              + ", false) FROM pg_catalog.pg_settings WHERE name = 'maintenance_work_mem'"
              + " AND setting::bigint * 1024 < pg_catalog.pg_size_bytes("
              + BlockingSql.literal(SORT_MEMORY)
              + ")");
      shadow.execute("SELECT pg_catalog.set_config('search_path', '', false)");
      while (failure.get() == null && (statement = pending.poll()) != null) {
        shadow.execute(statement);
      }
    } catch (RuntimeException e) {
      failure.compareAndSet(null, new Failure(statement == null ? "" : statement, e));
    }
  }

  /** The statement that failed (empty when the session could not be opened) and why. */
  record Failure(String statement, RuntimeException cause) {}
}
