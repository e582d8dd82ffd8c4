package io.scry.proxy.wire;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at each framed message of one direction on its way through and passes it on untouched. What
 * it learns goes to the session's {@link StatementTracker}; a body the tracker cannot parse is
 * skipped (the server will reject it itself), so observing never breaks traffic.
 */
public final class ProtocolObserver extends ChannelInboundHandlerAdapter {

  private static final Logger log = LoggerFactory.getLogger(ProtocolObserver.class);

  private final StatementTracker tracker;
  private final boolean frontend;
  private final Runnable onStatementForwarded;
  private final Consumer<CancelKey> onBackendKey;

  private ProtocolObserver(
      StatementTracker tracker,
      boolean frontend,
      Runnable onStatementForwarded,
      Consumer<CancelKey> onBackendKey) {
    this.tracker = tracker;
    this.frontend = frontend;
    this.onStatementForwarded = onStatementForwarded;
    this.onBackendKey = onBackendKey;
  }

  /** Observes client-to-server messages; counts each Query and Execute forwarded. */
  public static ProtocolObserver frontend(StatementTracker tracker, Runnable onStatementForwarded) {
    return new ProtocolObserver(tracker, true, onStatementForwarded, key -> {});
  }

  /** Observes server-to-client messages; reports BackendKeyData (for CancelRequest routing). */
  public static ProtocolObserver backend(
      StatementTracker tracker, Consumer<CancelKey> onBackendKey) {
    return new ProtocolObserver(tracker, false, () -> {}, onBackendKey);
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (msg instanceof ByteBuf frame && frame.readableBytes() >= PgMessageFramer.HEADER_LENGTH) {
      observe(frame);
    }
    ctx.fireChannelRead(msg);
  }

  private void observe(ByteBuf frame) {
    try {
      long now = System.nanoTime();
      byte type = frame.getByte(frame.readerIndex());
      if (frontend) {
        if (type == MessageTypes.Frontend.QUERY || type == MessageTypes.Frontend.EXECUTE) {
          onStatementForwarded.run();
        }
        tracker.onFrontend(frame, now);
      } else {
        if (type == MessageTypes.Backend.BACKEND_KEY_DATA) {
          onBackendKey.accept(
              CancelKey.read(
                  frame.slice(
                      frame.readerIndex() + PgMessageFramer.HEADER_LENGTH,
                      frame.readableBytes() - PgMessageFramer.HEADER_LENGTH)));
        }
        tracker.onBackend(frame, now);
      }
    } catch (RuntimeException e) {
      // A malformed body: PostgreSQL answers it with an error; the capture just skips it.
      log.debug(
          "could not observe a {} message: {}", frontend ? "frontend" : "backend", e.toString());
    }
  }
}
