package io.scry.proxy;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPipeline;
import io.scry.proxy.wire.CancelKey;
import io.scry.proxy.wire.PgMessageFramer;
import io.scry.proxy.wire.ProtocolObserver;
import io.scry.proxy.wire.ScramPlusFilter;
import io.scry.proxy.wire.StatementTracker;
import io.scry.proxy.wire.UpstreamTlsNegotiator;
import java.util.function.Consumer;

/**
 * The handlers of one session's upstream connection, in order:
 *
 * <pre>
 * [tls-negotiator] framer [scram-plus-filter] observer(backend) relay(to client) upstream-events
 * </pre>
 *
 * The TLS negotiator only when TLS to the upstream is configured; the SCRAM-PLUS filter only when,
 * in addition, the client leg is plain (see {@link ScramPlusFilter}).
 */
final class UpstreamPipeline {

  private UpstreamPipeline() {}

  static void build(
      Channel upstream,
      ProxyContext context,
      Channel client,
      boolean clientTls,
      StatementTracker tracker,
      Consumer<CancelKey> onBackendKey,
      ChannelHandler events) {
    ChannelPipeline pipeline = upstream.pipeline();
    ProxyConfig config = context.config;
    if (context.upstreamSslContext != null) {
      pipeline.addLast(
          "tls-negotiator",
          new UpstreamTlsNegotiator(
              context.upstreamSslContext,
              config.upstreamTls().required(),
              config.upstreamTls().verifiesHostName(),
              config.upstreamHost(),
              config.upstreamPort()));
    }
    pipeline.addLast("framer", new PgMessageFramer(config.maxMessageLength()));
    if (context.upstreamSslContext != null && !clientTls) {
      pipeline.addLast("scram-plus-filter", new ScramPlusFilter());
    }
    pipeline
        .addLast("observer", ProtocolObserver.backend(tracker, onBackendKey))
        .addLast(
            "relay", new Relay(client, context.metrics.bytesFromUpstreamCounter(), context.metrics))
        .addLast("upstream-events", events);
  }
}
