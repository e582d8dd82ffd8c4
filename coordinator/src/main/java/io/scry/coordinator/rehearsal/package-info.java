/**
 * Rehearsal under live traffic: what a migration's locks do to the traffic while the migration runs
 * on a clone and the captured traffic replays against it.
 *
 * <pre>{@code
 * TableSnapshot before = TableSnapshot.take(clone);
 * LockMonitor monitor = LockMonitor.start(cloneUrl);        // sampling from here on
 * ... replay the traffic, run the migration, let the traffic catch up ...
 * LockTimeline timeline = monitor.stop();
 * LockAnalysis analysis = LockAnalysis.of(timeline, MigrationBackends.byClientPorts(ports));
 * List<Rewrite> rewrites = TableSnapshot.take(clone).rewritesSince(before);
 * }</pre>
 *
 * <h2>What is sampled</h2>
 *
 * {@link io.scry.coordinator.rehearsal.LockMonitor} holds one connection to the clone and runs one
 * prepared statement per sample (every 10 ms by default, at most 20 ms) on a daemon thread: {@code
 * pg_stat_activity} for the client backends of the clone's database except itself, {@code pg_locks}
 * (granted relation locks on user relations, and every lock being waited for), {@code
 * pg_blocking_pids()} of each backend waiting for a lock, the server's {@code clock_timestamp()}
 * and {@code pg_current_wal_lsn()}; each sample also gets this JVM's wall clock and {@code
 * nanoTime}. The answers are folded as they come into a compact {@link
 * io.scry.coordinator.rehearsal.LockTimeline}: spans of unchanged activity per backend (short,
 * uneventful statements only keep their state), continuous holds of the locks that can block (SHARE
 * UPDATE EXCLUSIVE and stronger), and one first-to-last record per backend, relation and mode for
 * the weak locks every query takes. Its size follows what changed, not the number of samples.
 *
 * <h2>Blocked, directly or in the lock queue</h2>
 *
 * {@code pg_blocking_pids()} names both the backends holding a conflicting lock and the waiters
 * ahead in the lock's queue whose request conflicts. A traffic statement is blocked
 * <em>directly</em> when a migration backend is among its blockers and that backend was running
 * (only a waiting backend can block by its place in the queue) or held a conflicting lock on the
 * relation waited for. It is blocked <em>in the lock queue</em> when a migration backend among its
 * blockers was itself waiting and held nothing that conflicts (the ACCESS EXCLUSIVE request of an
 * {@code ALTER TABLE} queued behind a long reader holds up every later reader, though the migration
 * holds nothing yet), or when it waited on another backend that was, transitively, blocked by the
 * migration. Statements are one backend and {@code query_start}, grouped by the fingerprint of
 * their sampled text (the capture's pattern ids, since extended-protocol statements show their
 * {@code $n} placeholders).
 *
 * <h2>Limits</h2>
 *
 * <ul>
 *   <li>Sampling resolution: a lock wait or hold shorter than the interval can be missed, and every
 *       time is exact to about one interval (a run of samples counts from its first to its last
 *       sample plus one interval). A slow sample delays the next one (counted as an overrun).
 *   <li>{@code pg_locks} covers the whole cluster; the query keeps the rows of the clone's database
 *       and its backends. Locks on relations the monitor cannot see yet (created in the migration's
 *       open transaction) are left out: nobody else can wait for them.
 *   <li>{@code pg_stat_activity} and {@code pg_locks} are read a few microseconds apart in one
 *       statement, not atomically; the statement text is cut at {@code track_activity_query_size}
 *       (1 kB by default), which can change the fingerprint of longer statements.
 *   <li>The WAL position and the scan counters of {@link
 *       io.scry.coordinator.rehearsal.TableSnapshot} are per cluster and per database: they include
 *       the traffic's writes and scans.
 *   <li>Which backends are the migration's is the caller's {@link
 *       io.scry.coordinator.rehearsal.MigrationBackends}; a backend's application name is the one
 *       first seen.
 * </ul>
 */
package io.scry.coordinator.rehearsal;
