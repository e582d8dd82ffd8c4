package io.scry.worker.replay;

import io.r2dbc.postgresql.client.EncodedParameter;
import io.r2dbc.postgresql.codec.Codec;

/**
 * What the replay codecs have in common: each works in one direction only (captured parameters are
 * encoded, column hashes decoded), so neither ever encodes a NULL chosen by Java type alone, and
 * neither encodes differently for the type OID the driver asks for, since a captured parameter
 * carries its own.
 */
abstract class OneWayCodec<T> implements Codec<T> {

  @Override
  public final boolean canEncodeNull(Class<?> type) {
    return false;
  }

  @Override
  public final EncodedParameter encode(Object value, int dataType) {
    return encode(value);
  }
}
