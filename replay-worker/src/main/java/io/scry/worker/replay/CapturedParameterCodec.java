package io.scry.worker.replay;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.r2dbc.postgresql.client.EncodedParameter;
import io.r2dbc.postgresql.message.Format;
import reactor.core.publisher.Mono;

/**
 * Encodes a {@link CapturedParameter} as captured: same format code, type OID and bytes, so the
 * extended-protocol Bind of the replay carries what the original client sent. Encode only.
 */
final class CapturedParameterCodec extends OneWayCodec<CapturedParameter> {

  @Override
  public boolean canDecode(int dataType, Format format, Class<?> type) {
    return false;
  }

  @Override
  public boolean canEncode(Object value) {
    return value instanceof CapturedParameter;
  }

  @Override
  public CapturedParameter decode(
      ByteBuf buffer, int dataType, Format format, Class<? extends CapturedParameter> type) {
    throw new UnsupportedOperationException("captured parameters are encoded, never decoded");
  }

  @Override
  public EncodedParameter encode(Object value) {
    CapturedParameter parameter = (CapturedParameter) value;
    Format format = parameter.binary() ? Format.FORMAT_BINARY : Format.FORMAT_TEXT;
    if (parameter.isNull()) {
      // The driver writes length -1 for this very publisher: a NULL of the captured type.
      return new EncodedParameter(format, parameter.typeOid(), EncodedParameter.NULL_VALUE);
    }
    byte[] bytes = parameter.parameter().getValue().toByteArray();
    // Deferred: the driver consumes (and releases) the buffer once per Bind, including re-prepares.
    return new EncodedParameter(
        format, parameter.typeOid(), Mono.fromSupplier(() -> Unpooled.wrappedBuffer(bytes)));
  }

  @Override
  public EncodedParameter encodeNull() {
    throw new UnsupportedOperationException("captured NULLs are encoded through encode()");
  }
}
