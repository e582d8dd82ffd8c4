package io.scry.coordinator.ingest;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.LengthFieldBasedFrameDecoder;
import io.netty.handler.codec.LengthFieldPrepender;
import io.netty.handler.codec.protobuf.ProtobufDecoder;
import io.netty.handler.codec.protobuf.ProtobufEncoder;
import io.netty.util.concurrent.DefaultEventExecutorGroup;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.EventExecutorGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.scry.coordinator.store.CaptureStore;
import io.scry.protocol.segment.SegmentFrames;
import io.scry.protocol.v1.IngestMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The coordinator's capture ingest port: proxies' shippers connect here and stream their segment
 * files into a {@link CaptureStore}. See {@code scry/v1/ingest.proto} for the conversation and
 * {@code docs/INGEST.md} for the guarantees.
 *
 * <pre>{@code
 * try (CaptureStore store = CaptureStore.open(dir);
 *     IngestServer server =
 *         IngestServer.start(new InetSocketAddress("127.0.0.1", 0), store, ingestSecret)) {
 *   InetSocketAddress bound = server.address();
 *   ...
 * }
 * }</pre>
 *
 * Every connection first passes the {@link IngestAuthenticator}: only a shipper that knows the
 * ingest secret gets to send a message. Appends and fsyncs run on a small executor group of their
 * own, never on the network threads.
 */
public final class IngestServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(IngestServer.class);

  /**
   * Longest message accepted: a chunk of up to 8 MiB (the shipper's limit) may end with one frame
   * of the largest size, plus the segment header and the message's own fields.
   */
  static final int MAX_MESSAGE_BYTES = 2 * SegmentFrames.MAX_PAYLOAD_BYTES;

  private static final int LENGTH_FIELD_BYTES = 4;
  private static final int STORE_THREADS = 2;

  // The server's own threads and connections: made with it, stopped by close().
  private final EventLoopGroup bossGroup = new NioEventLoopGroup(1);
  private final EventLoopGroup ioGroup = new NioEventLoopGroup(2);
  private final EventExecutorGroup storeGroup = new DefaultEventExecutorGroup(STORE_THREADS);
  private final ChannelGroup connections = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);
  private final Channel serverChannel;

  /** Binds {@code bind}, or stops the server's threads again and throws if it cannot. */
  private IngestServer(InetSocketAddress bind, CaptureStore store, String secret)
      throws IOException {
    LiveSpools liveSpools = new LiveSpools();
    ChannelFuture bound =
        new ServerBootstrap()
            .group(bossGroup, ioGroup)
            .channel(NioServerSocketChannel.class)
            // a restarted coordinator must get its port back at once
            .option(ChannelOption.SO_REUSEADDR, true)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel ch) {
                    connections.add(ch);
                    ch.pipeline()
                        .addLast(
                            new IngestAuthenticator(secret),
                            new LengthFieldBasedFrameDecoder(
                                MAX_MESSAGE_BYTES, 0, LENGTH_FIELD_BYTES, 0, LENGTH_FIELD_BYTES),
                            new ProtobufDecoder(IngestMessage.getDefaultInstance()),
                            new LengthFieldPrepender(LENGTH_FIELD_BYTES),
                            new ProtobufEncoder())
                        .addLast(storeGroup, new IngestConnectionHandler(store, liveSpools));
                  }
                })
            .bind(bind)
            .awaitUninterruptibly();
    if (!bound.isSuccess()) {
      shutdown(bossGroup, ioGroup, storeGroup);
      throw new IOException(
          "cannot listen for capture ingest on " + bind + ": " + bound.cause().getMessage(),
          bound.cause());
    }
    this.serverChannel = bound.channel();
  }

  /**
   * Binds the ingest port and starts accepting shippers.
   *
   * @param bind address to listen on; port 0 picks a free port (see {@link #address()})
   * @param store where received segments go; stays open after {@link #close()}
   * @param secret the ingest secret shippers must prove they know, or null to accept any shipper
   *     (insecure: anyone who reaches the port can add statements to a capture)
   * @throws IOException if the address cannot be bound
   */
  public static IngestServer start(InetSocketAddress bind, CaptureStore store, String secret)
      throws IOException {
    IngestServer server = new IngestServer(bind, store, secret);
    if (secret == null) {
      log.warn(
          "INSECURE: capture ingest on {} accepts shippers without a secret; anyone who reaches"
              + " the port can add statements that will be replayed",
          server.address());
    } else {
      log.info("capture ingest listening on {}", server.address());
    }
    return server;
  }

  /** The bound address (with the real port when 0 was asked for). */
  public InetSocketAddress address() {
    return (InetSocketAddress) serverChannel.localAddress();
  }

  /** Stops listening and closes every shipper connection; shippers reconnect to the next server. */
  @Override
  public void close() {
    serverChannel.close().syncUninterruptibly();
    connections.close().awaitUninterruptibly();
    // Closed connections still pass their last events to the store executor: let the network
    // threads hand them over, then let the store executor finish, then stop the network threads.
    for (EventExecutor loop : ioGroup) {
      loop.submit(() -> {}).awaitUninterruptibly();
    }
    shutdown(storeGroup);
    shutdown(bossGroup, ioGroup);
  }

  private static void shutdown(EventExecutorGroup... groups) {
    for (EventExecutorGroup group : groups) {
      group.shutdownGracefully(0, 5, TimeUnit.SECONDS);
    }
    for (EventExecutorGroup group : groups) {
      group.terminationFuture().syncUninterruptibly();
    }
  }
}
