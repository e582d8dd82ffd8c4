package io.scry.proxy.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufHolder;
import io.netty.buffer.DefaultByteBufHolder;

/**
 * A CancelRequest received on a new connection: the raw packet (forwarded unchanged to the upstream
 * that owns the key) and the key it names. The receiver releases the bytes.
 */
public final class CancelRequestPacket extends DefaultByteBufHolder {

  private final CancelKey key;

  public CancelRequestPacket(ByteBuf raw, CancelKey key) {
    super(raw);
    this.key = key;
  }

  public CancelKey key() {
    return key;
  }

  @Override
  public ByteBufHolder replace(ByteBuf content) {
    return new CancelRequestPacket(content, key);
  }
}
