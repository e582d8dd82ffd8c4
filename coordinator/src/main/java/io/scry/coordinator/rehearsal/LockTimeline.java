package io.scry.coordinator.rehearsal;

import java.time.Duration;
import java.util.List;

/**
 * What a {@link LockMonitor} saw, immutable: the sample times (server and local clocks) with the
 * WAL position at each, every backend of the database, each backend's activity as spans of samples,
 * and the relation locks held. Read it with {@link LockAnalysis}.
 *
 * <p>Its size follows what changed, not how long it ran: see {@link ActivitySpan} and {@link
 * LockHold} for what is folded.
 */
public final class LockTimeline {

  /** Why sampling ended. */
  public enum EndReason {
    /** {@link LockMonitor#stop()} was called. */
    STOPPED,
    /** The monitor's connection was lost or stopped answering; {@link #endDetail()} says how. */
    CONNECTION_LOST
  }

  private final Duration interval;
  private final long[] serverMicros;
  private final long[] localMillis;
  private final long[] localNanos;
  private final long[] walBytes;
  private final SampleCost sampleCost;
  private final int failedSamples;
  private final int overruns;
  private final String lastFailure;
  private final EndReason endReason;
  private final String endDetail;
  private final List<Backend> backends;
  private final List<ActivitySpan> spans;
  private final List<LockHold> holds;

  LockTimeline(
      Duration interval,
      long[] serverMicros,
      long[] localMillis,
      long[] localNanos,
      long[] walBytes,
      SampleCost sampleCost,
      int failedSamples,
      int overruns,
      String lastFailure,
      EndReason endReason,
      String endDetail,
      List<Backend> backends,
      List<ActivitySpan> spans,
      List<LockHold> holds) {
    this.interval = interval;
    this.serverMicros = serverMicros;
    this.localMillis = localMillis;
    this.localNanos = localNanos;
    this.walBytes = walBytes;
    this.sampleCost = sampleCost;
    this.failedSamples = failedSamples;
    this.overruns = overruns;
    this.lastFailure = lastFailure;
    this.endReason = endReason;
    this.endDetail = endDetail;
    this.backends = List.copyOf(backends);
    this.spans = List.copyOf(spans);
    this.holds = List.copyOf(holds);
  }

  /** The interval the monitor was asked to sample at. */
  public Duration interval() {
    return interval;
  }

  /** How many samples succeeded. */
  public int samples() {
    return serverMicros.length;
  }

  /** How many samples failed (each counted, none fatal unless the connection was lost). */
  public int failedSamples() {
    return failedSamples;
  }

  /** The error of the last failed sample, or null. */
  public String lastFailure() {
    return lastFailure;
  }

  /** How many samples started late because the previous one took longer than the interval. */
  public int overruns() {
    return overruns;
  }

  public SampleCost sampleCost() {
    return sampleCost;
  }

  public EndReason endReason() {
    return endReason;
  }

  /** How the connection was lost; null when sampling was stopped. */
  public String endDetail() {
    return endDetail;
  }

  /** Every backend of the database that any sample saw, in order of first sight. */
  public List<Backend> backends() {
    return backends;
  }

  /** Local wall-clock time of the first sample, or 0 when there was none. */
  public long firstSampleMillis() {
    return serverMicros.length == 0 ? 0 : localMillis[0];
  }

  /** Local wall-clock time of the last sample, or 0 when there was none. */
  public long lastSampleMillis() {
    return serverMicros.length == 0 ? 0 : localMillis[localMillis.length - 1];
  }

  /** The server's {@code clock_timestamp()} at a sample, microseconds since the epoch. */
  long serverMicros(int sample) {
    return serverMicros[sample];
  }

  /** This JVM's wall clock at a sample, milliseconds since the epoch. */
  long localMillis(int sample) {
    return localMillis[sample];
  }

  /** {@code System.nanoTime()} at a sample. */
  long localNanos(int sample) {
    return localNanos[sample];
  }

  /** The WAL position at a sample, in bytes. */
  long walBytes(int sample) {
    return walBytes[sample];
  }

  List<ActivitySpan> spans() {
    return spans;
  }

  List<LockHold> holds() {
    return holds;
  }

  /**
   * Milliseconds covered by the samples {@code first} to {@code last}: the server-clock time
   * between them plus one interval, the time each sample stands for.
   */
  long coveredMillis(int first, int last) {
    return (serverMicros[last] - serverMicros[first]) / 1000 + interval.toMillis();
  }
}
