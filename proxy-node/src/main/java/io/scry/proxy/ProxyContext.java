package io.scry.proxy;

import io.netty.channel.Channel;
import io.netty.handler.ssl.SslContext;
import io.scry.proxy.capture.CaptureWriter;
import io.scry.proxy.wire.CancelKey;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What every session of one {@link ProxyServer} shares. */
final class ProxyContext {

  final ProxyConfig config;
  final Transport transport;
  final SslContext sslContext;
  final SslContext upstreamSslContext;
  final CaptureWriter capture;
  final ProxyMetrics metrics;
  final ConcurrentMap<CancelKey, ProxySession> sessionsByKey = new ConcurrentHashMap<>();

  /**
   * The local TCP port of every upstream connection made so far, and the server process id of every
   * session: what the upstream server sees of this proxy's sessions ({@code
   * pg_stat_activity.client_port} and {@code pid}). Recorded once per session, never on the
   * forwarding path.
   */
  final Set<Integer> upstreamPorts = ConcurrentHashMap.newKeySet();

  final Set<Integer> upstreamProcessIds = ConcurrentHashMap.newKeySet();

  private final SessionIds sessionIds;
  private final AtomicInteger clientConnections = new AtomicInteger();
  private final long unixNanosAtStart;
  private final long nanoTimeAtStart;

  ProxyContext(
      ProxyConfig config,
      Transport transport,
      SslContext sslContext,
      SslContext upstreamSslContext,
      CaptureWriter capture,
      ProxyMetrics metrics) {
    this.config = config;
    this.transport = transport;
    this.sslContext = sslContext;
    this.upstreamSslContext = upstreamSslContext;
    this.capture = capture;
    this.metrics = metrics;
    Instant now = Instant.now();
    this.sessionIds = new SessionIds(now);
    this.nanoTimeAtStart = System.nanoTime();
    this.unixNanosAtStart = now.getEpochSecond() * 1_000_000_000L + now.getNano();
  }

  /**
   * Counts a newly accepted client connection until it closes.
   *
   * @return whether it is beyond {@link ProxyConfig#maxConnections()} (and must be refused)
   */
  boolean admitConnection(Channel client) {
    int open = clientConnections.incrementAndGet();
    client.closeFuture().addListener(closed -> clientConnections.decrementAndGet());
    return open > config.maxConnections();
  }

  long nextSessionId() {
    return sessionIds.next();
  }

  /** Wall-clock time of a {@link System#nanoTime()} reading, without a clock call per event. */
  long unixNanos(long nanoTime) {
    return unixNanosAtStart + (nanoTime - nanoTimeAtStart);
  }
}
