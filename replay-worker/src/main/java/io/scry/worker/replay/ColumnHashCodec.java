package io.scry.worker.replay;

import io.netty.buffer.ByteBuf;
import io.r2dbc.postgresql.client.EncodedParameter;
import io.r2dbc.postgresql.message.Format;
import io.scry.protocol.result.Hashing;

/**
 * Decodes any column, of any type and format, into the {@link ColumnHash} of its raw bytes: the
 * result digest never builds Java values, and the bytes are hashed where the driver holds them.
 */
final class ColumnHashCodec extends OneWayCodec<ColumnHashCodec.ColumnHash> {

  /** The hash of one non-NULL column value (a NULL column decodes to {@code null}). */
  record ColumnHash(long value) {}

  @Override
  public boolean canDecode(int dataType, Format format, Class<?> type) {
    return type == ColumnHash.class;
  }

  @Override
  public boolean canEncode(Object value) {
    return false;
  }

  @Override
  public ColumnHash decode(
      ByteBuf buffer, int dataType, Format format, Class<? extends ColumnHash> type) {
    return new ColumnHash(
        Hashing.hash(buffer.nioBuffer(buffer.readerIndex(), buffer.readableBytes())));
  }

  @Override
  public EncodedParameter encode(Object value) {
    throw new UnsupportedOperationException("column hashes are decoded, never encoded");
  }

  @Override
  public EncodedParameter encodeNull() {
    throw new UnsupportedOperationException("column hashes are decoded, never encoded");
  }
}
