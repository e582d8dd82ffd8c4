package io.scry.proxy;

import io.scry.proxy.capture.CaptureWriter;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Counters of one {@link ProxyServer}, safe to read from any thread, and their Prometheus text form
 * ({@link #prometheusText()}, served at {@code /metrics}).
 *
 * <p>Added latency is the time a batch of received bytes spends inside the proxy: from the event
 * loop reading it to the forwarded bytes being handed to the peer socket (decode, observe, write,
 * flush). It is recorded in both directions, in nanoseconds.
 */
public final class ProxyMetrics {

  private final AtomicLong sessionsActive = new AtomicLong();
  private final LongAdder sessionsTotal = new LongAdder();
  private final LongAdder statementsForwarded = new LongAdder();
  private final LongAdder bytesFromClients = new LongAdder();
  private final LongAdder bytesFromUpstream = new LongAdder();
  private final LongAdder sessionsFailed = new LongAdder();
  private final LongAdder connectionsRefused = new LongAdder();
  private final Recorder addedLatency = new Recorder(3);
  private final Histogram addedLatencyTotal = new Histogram(3);
  private final CaptureWriter capture;

  ProxyMetrics(CaptureWriter capture) {
    this.capture = capture;
  }

  void sessionOpened() {
    sessionsActive.incrementAndGet();
    sessionsTotal.increment();
  }

  void sessionClosed() {
    sessionsActive.decrementAndGet();
  }

  void sessionFailed() {
    sessionsFailed.increment();
  }

  void connectionRefused() {
    connectionsRefused.increment();
  }

  void statementForwarded() {
    statementsForwarded.increment();
  }

  LongAdder bytesFromClientsCounter() {
    return bytesFromClients;
  }

  LongAdder bytesFromUpstreamCounter() {
    return bytesFromUpstream;
  }

  void recordAddedLatency(long nanos) {
    addedLatency.recordValue(Math.max(0, nanos));
  }

  /** Client sessions currently open. */
  public long sessionsActive() {
    return sessionsActive.get();
  }

  /** Client sessions opened since start (StartupMessage received). */
  public long sessionsTotal() {
    return sessionsTotal.sum();
  }

  /** Sessions the proxy ended itself: malformed or oversized messages, unreachable upstream. */
  public long sessionsFailed() {
    return sessionsFailed.sum();
  }

  /** Client connections refused because the proxy held its maximum of connections. */
  public long connectionsRefused() {
    return connectionsRefused.sum();
  }

  /** Query and Execute messages forwarded upstream. */
  public long statementsForwarded() {
    return statementsForwarded.sum();
  }

  /** Capture events written to segment files. */
  public long eventsCaptured() {
    return capture == null ? 0 : capture.written();
  }

  /** Capture events dropped because the capture queue was full. */
  public long eventsDropped() {
    return capture == null ? 0 : capture.dropped();
  }

  /** Capture events the writer could not write (too large for a frame, I/O errors). */
  public long eventsFailed() {
    return capture == null ? 0 : capture.failed();
  }

  /** Gap records written: each stands for lost events of one session (dropped or failed). */
  public long gapsRecorded() {
    return capture == null ? 0 : capture.gapsWritten();
  }

  public long bytesFromClients() {
    return bytesFromClients.sum();
  }

  public long bytesFromUpstream() {
    return bytesFromUpstream.sum();
  }

  /** A copy of the added-latency histogram since start, in nanoseconds. */
  public synchronized Histogram addedLatency() {
    addedLatencyTotal.add(addedLatency.getIntervalHistogram());
    return addedLatencyTotal.copy();
  }

  /** All metrics in the Prometheus text exposition format (version 0.0.4). */
  public String prometheusText() {
    StringBuilder out = new StringBuilder(2048);
    gauge(out, "scry_proxy_sessions_active", "Client sessions currently open.", sessionsActive());
    counter(out, "scry_proxy_sessions_total", "Client sessions opened.", sessionsTotal());
    counter(
        out,
        "scry_proxy_sessions_failed_total",
        "Sessions closed by the proxy (malformed messages, upstream unreachable).",
        sessionsFailed());
    counter(
        out,
        "scry_proxy_connections_refused_total",
        "Client connections refused with \"too many clients\" (max connections).",
        connectionsRefused());
    counter(
        out,
        "scry_proxy_statements_forwarded_total",
        "Query and Execute messages forwarded upstream.",
        statementsForwarded());
    counter(
        out,
        "scry_proxy_events_captured_total",
        "Capture events written to segment files.",
        eventsCaptured());
    counter(
        out,
        "scry_proxy_events_dropped_total",
        "Capture events dropped because the capture queue was full.",
        eventsDropped());
    counter(
        out,
        "scry_proxy_events_failed_total",
        "Capture events the writer could not write (too large for a frame, I/O errors).",
        eventsFailed());
    counter(
        out,
        "scry_proxy_capture_gaps_total",
        "Gap records written to the capture, each for lost events of one session.",
        gapsRecorded());
    out.append("# HELP scry_proxy_bytes_total Bytes forwarded, by direction.\n")
        .append("# TYPE scry_proxy_bytes_total counter\n")
        .append("scry_proxy_bytes_total{direction=\"client_to_upstream\"} ")
        .append(bytesFromClients())
        .append('\n')
        .append("scry_proxy_bytes_total{direction=\"upstream_to_client\"} ")
        .append(bytesFromUpstream())
        .append('\n');
    Histogram latency = addedLatency();
    String name = "scry_proxy_added_latency_seconds";
    out.append("# HELP ")
        .append(name)
        .append(" Time received bytes spend inside the proxy before being forwarded.\n")
        .append("# TYPE ")
        .append(name)
        .append(" summary\n");
    for (double quantile : new double[] {0.5, 0.9, 0.99, 0.999}) {
      out.append(name)
          .append("{quantile=\"")
          .append(quantile)
          .append("\"} ")
          .append(seconds(latency.getValueAtPercentile(quantile * 100)))
          .append('\n');
    }
    double sum = latency.getMean() * latency.getTotalCount();
    out.append(name).append("_sum ").append(sum / TimeUnit.SECONDS.toNanos(1)).append('\n');
    out.append(name).append("_count ").append(latency.getTotalCount()).append('\n');
    return out.toString();
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static void gauge(StringBuilder out, String name, String help, long value) {
    metric(out, name, help, "gauge", value);
  }

  private static void counter(StringBuilder out, String name, String help, long value) {
    metric(out, name, help, "counter", value);
  }

  private static void metric(StringBuilder out, String name, String help, String type, long value) {
    out.append("# HELP ").append(name).append(' ').append(help).append('\n');
    out.append("# TYPE ").append(name).append(' ').append(type).append('\n');
    out.append(name).append(' ').append(value).append('\n');
  }
}
