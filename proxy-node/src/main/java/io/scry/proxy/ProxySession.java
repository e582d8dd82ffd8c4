package io.scry.proxy;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.handler.codec.DecoderException;
import io.netty.handler.ssl.SslHandshakeCompletionEvent;
import io.netty.util.ReferenceCountUtil;
import io.scry.proxy.wire.CancelKey;
import io.scry.proxy.wire.CancelRequestPacket;
import io.scry.proxy.wire.MalformedMessageException;
import io.scry.proxy.wire.MessageTooLargeException;
import io.scry.proxy.wire.PgMessageFramer;
import io.scry.proxy.wire.ProtocolObserver;
import io.scry.proxy.wire.SqlStates;
import io.scry.proxy.wire.StartupDecoder;
import io.scry.proxy.wire.StartupPacket;
import io.scry.proxy.wire.StatementTracker;
import io.scry.proxy.wire.UpstreamTlsNegotiator;
import io.scry.proxy.wire.WireMessages;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection and its upstream connection: sets the upstream up after the client's
 * StartupMessage, hands CancelRequests to the {@link CancelForwarder}, and ends the session when
 * either side closes or breaks the protocol. Both channels run on the client's event loop, so
 * nothing here needs a lock. What the session records is the {@link SessionRecorder}'s job.
 *
 * <pre>
 * client pipeline:   [tls] startup admission framer observer(frontend) relay(to upstream)
 *                    client-events
 * upstream pipeline: see {@link UpstreamPipeline}
 * </pre>
 *
 * Every statement of a session is recorded before its end: whatever is still in flight when either
 * side closes is recorded (as cancelled) first, and nothing is recorded after the end.
 */
final class ProxySession {

  private static final Logger log = LoggerFactory.getLogger(ProxySession.class);
  static final String CLIENT_EVENTS = "client-events";

  private final ProxyContext context;
  private final Channel client;
  private final SessionRecorder recorder;
  private final StatementTracker tracker;
  private final List<Object> early = new ArrayList<>();
  private Channel upstream;
  private ByteBuf pendingStartup;
  private CancelKey key;
  private boolean started;
  private boolean relaying;
  private boolean ended;

  private ProxySession(ProxyContext context, Channel client) {
    this.context = context;
    this.client = client;
    this.recorder = new SessionRecorder(context);
    this.tracker = new StatementTracker(recorder);
  }

  /**
   * Builds a new client connection's pipeline.
   *
   * @param overLimit whether the proxy already held its maximum of client connections
   */
  static void initialize(Channel client, ProxyContext context, boolean overLimit) {
    ProxySession session = new ProxySession(context, client);
    int maxLength = context.config.maxMessageLength();
    client
        .pipeline()
        .addLast("startup", new StartupDecoder(context.sslContext))
        .addLast(
            "admission",
            new ClientAdmission(context.config.startupTimeout(), overLimit, context.metrics))
        .addLast("framer", new PgMessageFramer(maxLength))
        .addLast(
            "observer",
            ProtocolObserver.frontend(session.tracker, context.metrics::statementForwarded))
        .addLast(CLIENT_EVENTS, session.new ClientEvents());
  }

  private void start(StartupPacket packet) {
    started = true;
    context.metrics.sessionOpened();
    recorder.started(packet, client.remoteAddress(), System.nanoTime());
    client.config().setAutoRead(false);
    boolean clientTls = packet.tls();
    ByteBuf startup = packet.content();
    new Bootstrap()
        .group(client.eventLoop())
        .channel(context.transport.channel())
        .option(ChannelOption.TCP_NODELAY, true)
        .handler(
            new ChannelInitializer<>() {
              @Override
              protected void initChannel(Channel channel) {
                UpstreamPipeline.build(
                    channel,
                    context,
                    client,
                    clientTls,
                    tracker,
                    ProxySession.this::key,
                    new UpstreamEvents());
              }
            })
        .connect(context.config.upstreamHost(), context.config.upstreamPort())
        .addListener(
            (ChannelFutureListener)
                future -> {
                  if (!future.isSuccess()) {
                    startup.release();
                    fail(
                        SqlStates.CONNECTION_FAILURE,
                        "could not connect to upstream "
                            + context.config.upstreamHost()
                            + ":"
                            + context.config.upstreamPort()
                            + ": "
                            + future.cause().getMessage());
                    return;
                  }
                  upstreamConnected(future.channel(), startup);
                });
  }

  private void upstreamConnected(Channel channel, ByteBuf startup) {
    upstream = channel;
    if (channel.localAddress() instanceof InetSocketAddress local) {
      context.upstreamPorts.add(local.getPort());
    }
    if (!client.isActive()) {
      startup.release();
      upstream.close();
      return;
    }
    if (context.upstreamSslContext != null) {
      pendingStartup = startup; // sent once TLS is up (or refused and not required)
      return;
    }
    forwardStartup(startup);
  }

  /** The upstream leg is ready: the client's StartupMessage goes first, then normal relaying. */
  private void forwardStartup(ByteBuf startup) {
    upstream.write(startup);
    early.forEach(upstream::write);
    early.clear();
    relaying = true;
    upstream.flush();
    client
        .pipeline()
        .addBefore(
            CLIENT_EVENTS,
            "relay",
            new Relay(upstream, context.metrics.bytesFromClientsCounter(), context.metrics));
    client.config().setAutoRead(true);
  }

  private void key(CancelKey backendKey) {
    if (key != null) {
      context.sessionsByKey.remove(key, this);
    }
    key = backendKey;
    context.sessionsByKey.put(backendKey, this);
    context.upstreamProcessIds.add(backendKey.processId());
  }

  /** A CancelRequest with this session's key was forwarded; called from any thread. */
  void cancelRequested() {
    client.eventLoop().execute(tracker::cancelRequested);
  }

  private void clientClosed() {
    closeAfterFlush(upstream);
    end(tracker.terminated() ? "terminate" : "client closed");
  }

  /** After a Terminate the server closes first, as often as not: the client still ended it. */
  private void upstreamClosed() {
    closeAfterFlush(client);
    end(tracker.terminated() ? "terminate" : "upstream closed");
  }

  /** Ends the session with a FATAL ErrorResponse to the client (if it can still be written). */
  private void fail(String sqlstate, String message) {
    context.metrics.sessionFailed();
    log.warn("session {} closed: {}", recorder.id(), message);
    if (client.isActive()) {
      client.writeAndFlush(WireMessages.fatalError(client.alloc(), sqlstate, message));
    }
    LingeringClose.afterFlush(client);
    closeAfterFlush(upstream);
    end("protocol error: " + message);
  }

  private static void closeAfterFlush(Channel channel) {
    if (channel != null && channel.isActive()) {
      channel.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    }
  }

  private void end(String reason) {
    if (!started || ended) {
      return;
    }
    ended = true;
    if (pendingStartup != null) {
      pendingStartup.release();
      pendingStartup = null;
    }
    early.forEach(ReferenceCountUtil::release);
    early.clear();
    if (key != null) {
      context.sessionsByKey.remove(key, this);
    }
    context.metrics.sessionClosed();
    long now = System.nanoTime();
    tracker.sessionEnded(now); // what is still in flight, before the end
    recorder.ended(reason, now);
  }

  private static Throwable rootCause(Throwable cause) {
    return cause instanceof DecoderException && cause.getCause() != null ? cause.getCause() : cause;
  }

  private static String describe(Throwable cause) {
    Throwable root = rootCause(cause);
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }

  private static boolean isMalformed(Throwable cause) {
    return rootCause(cause) instanceof MalformedMessageException;
  }

  /** The tail of the client pipeline: start-up packets, lifecycle and errors. */
  private final class ClientEvents extends ChannelInboundHandlerAdapter {

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (msg instanceof StartupPacket packet) {
        start(packet);
      } else if (msg instanceof CancelRequestPacket packet) {
        CancelForwarder.forward(context, client, packet);
      } else if (!relaying && !ended) {
        early.add(msg); // bytes that followed the StartupMessage before the upstream was up
      } else {
        ReferenceCountUtil.release(msg);
      }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      clientClosed();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      if (rootCause(cause) instanceof MessageTooLargeException) {
        fail(SqlStates.PROGRAM_LIMIT_EXCEEDED, describe(cause));
      } else if (isMalformed(cause)) {
        fail(SqlStates.PROTOCOL_VIOLATION, "protocol violation from client: " + describe(cause));
      } else {
        if (!(cause instanceof IOException)) {
          log.warn("session {}: client connection failed", recorder.id(), cause);
        }
        ctx.close();
      }
    }
  }

  /** The tail of the upstream pipeline: TLS set-up, lifecycle and errors. */
  private final class UpstreamEvents extends ChannelInboundHandlerAdapter {

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
      if (event instanceof SslHandshakeCompletionEvent handshake && !handshake.isSuccess()) {
        fail(
            SqlStates.CONNECTION_FAILURE,
            "TLS to the upstream failed: " + handshake.cause().getMessage());
      } else if ((event == UpstreamTlsNegotiator.PLAIN
              || event instanceof SslHandshakeCompletionEvent)
          && pendingStartup != null) {
        ByteBuf startup = pendingStartup;
        pendingStartup = null;
        forwardStartup(startup);
      }
      ctx.fireUserEventTriggered(event);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      upstreamClosed();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
      if (isMalformed(cause)) {
        fail(SqlStates.PROTOCOL_VIOLATION, "invalid message from upstream: " + describe(cause));
      } else {
        log.debug("session {}: upstream connection failed: {}", recorder.id(), cause.toString());
        ctx.close();
      }
    }
  }
}
