package io.scry.worker.replay;

import io.netty.buffer.ByteBufAllocator;
import io.r2dbc.postgresql.api.PostgresqlConnection;
import io.r2dbc.postgresql.codec.CodecRegistry;
import io.r2dbc.postgresql.extension.CodecRegistrar;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;

/** Registers the replay codecs ahead of the driver's own on every replay connection. */
final class ReplayCodecs implements CodecRegistrar {

  static final ReplayCodecs INSTANCE = new ReplayCodecs();

  private ReplayCodecs() {}

  @Override
  public Publisher<Void> register(
      PostgresqlConnection connection, ByteBufAllocator allocator, CodecRegistry registry) {
    registry.addFirst(new CapturedParameterCodec());
    registry.addFirst(new ColumnHashCodec());
    return Mono.empty();
  }
}
