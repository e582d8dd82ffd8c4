package io.scry.proxy;

import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.SessionEnd;
import io.scry.protocol.v1.SessionStart;
import io.scry.protocol.v1.Statement;
import io.scry.proxy.wire.StartupPacket;
import io.scry.proxy.wire.StatementListener;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Map;

/**
 * What one session records: its start, every completed statement and its end, numbered 0, 1, 2, …
 * and handed to the capture writer. After the end nothing more is recorded, so a session's events
 * never follow its {@code SessionEnd}. Event loop only.
 */
final class SessionRecorder implements StatementListener {

  private final ProxyContext context;
  private long id;
  private long sequence;
  private long startNanos;
  private boolean ended;

  SessionRecorder(ProxyContext context) {
    this.context = context;
  }

  /** The session id, assigned by {@link #started}. */
  long id() {
    return id;
  }

  void started(StartupPacket packet, SocketAddress clientAddress, long nowNanos) {
    id = context.nextSessionId();
    startNanos = nowNanos;
    record(
        CaptureEvent.newBuilder().setSessionStart(sessionStart(packet, clientAddress, server())),
        nowNanos,
        nowNanos);
  }

  @Override
  public void statementCompleted(Statement statement, long startNanos, long endNanos) {
    record(CaptureEvent.newBuilder().setStatement(statement), startNanos, endNanos);
  }

  /** Records the end; call it after the statements still in flight have been recorded. */
  void ended(String reason, long nowNanos) {
    record(
        CaptureEvent.newBuilder().setSessionEnd(SessionEnd.newBuilder().setReason(reason)),
        startNanos,
        nowNanos);
    ended = true;
  }

  private void record(CaptureEvent.Builder event, long fromNanos, long toNanos) {
    if (context.capture == null || ended) {
      return;
    }
    // A sequence number is used even when the writer drops the event: the gap it leaves is
    // what the gap record accounts for.
    context.capture.offer(
        event
            .setProxyId(context.config.proxyId())
            .setSessionId(id)
            .setSequence(sequence++)
            .setStartUnixNanos(context.unixNanos(fromNanos))
            .setDurationNanos(toNanos - fromNanos)
            .build());
  }

  /** The upstream as configured: the capture's source server. */
  private String server() {
    return context.config.upstreamHost() + ":" + context.config.upstreamPort();
  }

  private static SessionStart sessionStart(
      StartupPacket packet, SocketAddress clientAddress, String server) {
    Map<String, String> parameters = packet.parameters();
    SessionStart.Builder start =
        SessionStart.newBuilder()
            .setUser(parameters.getOrDefault("user", ""))
            .setDatabase(parameters.getOrDefault("database", parameters.getOrDefault("user", "")))
            .setApplicationName(parameters.getOrDefault("application_name", ""))
            .putAllStartupParameters(parameters)
            .setTls(packet.tls())
            .setServer(server);
    if (clientAddress instanceof InetSocketAddress address) {
      start.setClientAddress(address.getAddress().getHostAddress() + ":" + address.getPort());
    }
    return start.build();
  }
}
