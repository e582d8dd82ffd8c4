package io.scry.proxy.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.util.ReferenceCountUtil;
import io.scry.protocol.v1.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Both directions of one session as the proxy's pipelines see them (framer and observer), on
 * embedded channels: what passes through is released, what the tracker completes is collected.
 */
final class ObservedSession implements AutoCloseable {

  final List<Statement> statements = new ArrayList<>();
  final List<CancelKey> keys = new ArrayList<>();
  final StatementTracker tracker = new StatementTracker((s, start, end) -> statements.add(s));
  final EmbeddedChannel frontend;
  final EmbeddedChannel backend;
  int forwardedStatements;

  ObservedSession(int maxMessageLength) {
    frontend =
        new EmbeddedChannel(
            new PgMessageFramer(maxMessageLength),
            ProtocolObserver.frontend(tracker, () -> forwardedStatements++));
    backend =
        new EmbeddedChannel(
            new PgMessageFramer(maxMessageLength), ProtocolObserver.backend(tracker, keys::add));
  }

  ObservedSession() {
    this(1 << 20);
  }

  /** The client sends these messages (the buffers are consumed). */
  ObservedSession client(ByteBuf... messages) {
    send(frontend, messages);
    return this;
  }

  /** The server sends these messages (the buffers are consumed). */
  ObservedSession server(ByteBuf... messages) {
    send(backend, messages);
    return this;
  }

  private static void send(EmbeddedChannel channel, ByteBuf... messages) {
    channel.writeInbound(Frames.concat(messages));
    for (Object frame = channel.readInbound(); frame != null; frame = channel.readInbound()) {
      ReferenceCountUtil.release(frame);
    }
  }

  @Override
  public void close() {
    frontend.finishAndReleaseAll();
    backend.finishAndReleaseAll();
  }
}
