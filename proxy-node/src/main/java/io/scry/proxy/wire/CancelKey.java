package io.scry.proxy.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;

/**
 * A backend's cancellation key: process id and secret, as sent in BackendKeyData and echoed by
 * CancelRequest. The secret is kept as hex because protocol 3.2 allows secrets longer than 4 bytes.
 */
public record CancelKey(int processId, String secretHex) {

  /** Reads {@code [pid:4][secret:rest]} from {@code body} without moving its reader index. */
  public static CancelKey read(ByteBuf body) {
    int start = body.readerIndex();
    int processId = body.getInt(start);
    String secret = ByteBufUtil.hexDump(body, start + 4, body.readableBytes() - 4);
    return new CancelKey(processId, secret);
  }
}
