package io.scry.proxy;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import io.netty.util.concurrent.GlobalEventExecutor;
import io.scry.protocol.segment.SegmentWriter;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.proxy.capture.CaptureWriter;
import io.scry.proxy.capture.Pseudonymizer;
import io.scry.proxy.capture.Redactor;
import io.scry.proxy.metrics.MetricsHttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running capturing PostgreSQL proxy.
 *
 * <pre>{@code
 * try (ProxyServer proxy = ProxyServer.start(config)) {
 *   InetSocketAddress address = proxy.localAddress();   // point clients here
 *   ...
 * }   // stops accepting, closes sessions, flushes and seals the capture segment
 * }</pre>
 *
 * Each client connection gets its own upstream connection. Bytes are forwarded as received; each
 * executed statement becomes a capture event written to segment files in {@link
 * ProxyConfig#captureDir()} by one writer thread.
 */
public final class ProxyServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ProxyServer.class);

  private final ProxyContext context;
  private final EventLoopGroup acceptGroup;
  private final EventLoopGroup ioGroup;
  private final ChannelGroup clients;
  private final Channel serverChannel;
  private final MetricsHttpServer metricsServer;
  private boolean closed;

  private ProxyServer(
      ProxyContext context,
      EventLoopGroup acceptGroup,
      EventLoopGroup ioGroup,
      ChannelGroup clients,
      Channel serverChannel,
      MetricsHttpServer metricsServer) {
    this.context = context;
    this.acceptGroup = acceptGroup;
    this.ioGroup = ioGroup;
    this.clients = clients;
    this.serverChannel = serverChannel;
    this.metricsServer = metricsServer;
  }

  /**
   * Starts a proxy on an ephemeral loopback port that captures what it relays to {@code
   * upstreamHost:upstreamPort} into {@code captureDir}, every other setting at its default: how a
   * tool or a test records a workload of its own.
   */
  public static ProxyServer startCapturing(
      String upstreamHost, int upstreamPort, Path captureDir, String proxyId) throws IOException {
    return start(
        ProxyConfig.builder()
            .listen("127.0.0.1", 0)
            .upstream(upstreamHost, upstreamPort)
            .captureDir(captureDir)
            .proxyId(proxyId)
            .build());
  }

  /**
   * Opens the capture directory, binds the listen address (and the metrics endpoint, if configured)
   * and returns once clients can connect.
   *
   * @throws IOException if the capture directory, TLS files or an address cannot be used
   */
  public static ProxyServer start(ProxyConfig config) throws IOException {
    SslContext sslContext = config.tls() ? serverTls(config) : null;
    CaptureWriter capture = null;
    if (config.captureDir() != null) {
      SegmentWriter segments =
          SegmentWriter.open(config.captureDir(), config.proxyId(), config.segmentOptions());
      UnaryOperator<CaptureEvent> beforeWrite = UnaryOperator.identity();
      if (config.redact()) {
        beforeWrite = Redactor::redact;
      } else if (config.pseudonymKey() != null) {
        // One instance, used by the writer thread only (the event loops never see the key).
        beforeWrite = new Pseudonymizer(config.pseudonymKey())::pseudonymize;
      }
      capture =
          CaptureWriter.start(
              segments,
              config.captureQueueCapacity(),
              config.captureQueueBytes(),
              config.flushInterval(),
              beforeWrite);
    }
    ProxyMetrics metrics = new ProxyMetrics(capture);
    Transport transport = Transport.best();
    SslContext upstreamSslContext =
        config.upstreamTls() == UpstreamTls.DISABLE ? null : upstreamTls(config);
    ProxyContext context =
        new ProxyContext(config, transport, sslContext, upstreamSslContext, capture, metrics);
    EventLoopGroup acceptGroup = transport.group(1, "scry-proxy-accept");
    EventLoopGroup ioGroup = transport.group(config.ioThreads(), "scry-proxy-io");
    ChannelGroup clients =
        new DefaultChannelGroup("scry-proxy-clients", GlobalEventExecutor.INSTANCE);
    try {
      Channel serverChannel =
          new ServerBootstrap()
              .group(acceptGroup, ioGroup)
              .channel(transport.serverChannel())
              .childOption(ChannelOption.TCP_NODELAY, true)
              .childHandler(
                  new ChannelInitializer<>() {
                    @Override
                    protected void initChannel(Channel channel) {
                      clients.add(channel);
                      ProxySession.initialize(channel, context, context.admitConnection(channel));
                    }
                  })
              .bind(config.listenHost(), config.listenPort())
              .sync()
              .channel();
      MetricsHttpServer metricsServer =
          config.metricsAddress() == null
              ? null
              : MetricsHttpServer.start(
                  config.metricsAddress(), acceptGroup, transport.serverChannel(), metrics);
      ProxyServer server =
          new ProxyServer(context, acceptGroup, ioGroup, clients, serverChannel, metricsServer);
      log.info(
          "proxy {} listening on {} -> {}:{} ({}, capture {})",
          config.proxyId(),
          server.localAddress(),
          config.upstreamHost(),
          config.upstreamPort(),
          transport.name(),
          config.captureDir() == null ? "off" : config.captureDir());
      return server;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      shutdown(acceptGroup, ioGroup, capture);
      throw new IOException("interrupted while binding", e);
    } catch (RuntimeException e) {
      shutdown(acceptGroup, ioGroup, capture);
      throw cannotStart(
          "could not listen on " + config.listenHost() + ":" + config.listenPort(), e);
    }
  }

  private static SslContext serverTls(ProxyConfig config) throws IOException {
    try {
      return SslContextBuilder.forServer(config.tlsCertificate().toFile(), config.tlsKey().toFile())
          .build();
    } catch (SSLException | IllegalArgumentException e) {
      throw cannotStart(
          "could not load TLS certificate "
              + config.tlsCertificate()
              + " and key "
              + config.tlsKey(),
          e);
    }
  }

  /**
   * Client side of TLS to the upstream. Verifying modes trust the configured root certificates, or
   * the JVM's; the others trust anything, like libpq's {@code sslmode=require}. The host name check
   * of {@code verify-full} is set per connection ({@code UpstreamTlsNegotiator}).
   */
  private static SslContext upstreamTls(ProxyConfig config) throws IOException {
    try {
      SslContextBuilder builder = SslContextBuilder.forClient();
      if (!config.upstreamTls().verifiesCertificate()) {
        builder.trustManager(InsecureTrustManagerFactory.INSTANCE);
      } else if (config.upstreamRootCertificate() != null) {
        builder.trustManager(config.upstreamRootCertificate().toFile());
      }
      return builder.build();
    } catch (SSLException | IllegalArgumentException e) {
      // IllegalArgumentException: the root certificate file is missing or holds no certificate
      throw cannotStart("could not set up TLS to the upstream", e);
    }
  }

  /**
   * Why the proxy could not start: {@code what} failed, then the cause's own words, so that every
   * start-up failure reads alike and keeps its cause.
   */
  private static IOException cannotStart(String what, Exception cause) {
    return new IOException(what + ": " + cause.getMessage(), cause);
  }

  /** The address clients connect to (with the real port when the configured one was 0). */
  public InetSocketAddress localAddress() {
    return (InetSocketAddress) serverChannel.localAddress();
  }

  /** The metrics endpoint's address, or {@code null} if none was configured. */
  public InetSocketAddress metricsAddress() {
    return metricsServer == null ? null : metricsServer.localAddress();
  }

  /**
   * The local TCP port of each upstream connection this proxy has made, as the upstream server sees
   * it ({@code pg_stat_activity.client_port}) when no address translation lies between them. A
   * live, read-only view that keeps growing while sessions open and stays readable after {@link
   * #close()}: it tells a server's backends that served this proxy's clients from the others.
   */
  public Set<Integer> upstreamPorts() {
    return Collections.unmodifiableSet(context.upstreamPorts);
  }

  /**
   * The server process id of each session this proxy has relayed (from BackendKeyData), as {@code
   * pg_stat_activity.pid} shows it; a live, read-only view like {@link #upstreamPorts()}, and the
   * way to recognise the sessions when a NAT or a container's port mapping changes the ports.
   */
  public Set<Integer> upstreamProcessIds() {
    return Collections.unmodifiableSet(context.upstreamProcessIds);
  }

  public ProxyMetrics metrics() {
    return context.metrics;
  }

  public ProxyConfig config() {
    return context.config;
  }

  /**
   * Stops accepting, closes every session (recording their ends), writes every queued event and
   * seals the active segment. Idempotent.
   */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    serverChannel.close().syncUninterruptibly();
    if (metricsServer != null) {
      metricsServer.close();
    }
    clients.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
    shutdown(acceptGroup, ioGroup, null);
    if (context.capture != null) {
      context.capture.close();
    }
    log.info(
        "proxy {} stopped: {} sessions, {} events captured, {} dropped",
        context.config.proxyId(),
        context.metrics.sessionsTotal(),
        context.metrics.eventsCaptured(),
        context.metrics.eventsDropped());
  }

  private static void shutdown(EventLoopGroup accept, EventLoopGroup io, CaptureWriter capture) {
    accept.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
    io.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
    if (capture != null) {
      try {
        capture.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
