package io.scry.proxy.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufHolder;
import io.netty.buffer.DefaultByteBufHolder;
import java.util.Map;

/**
 * A client's StartupMessage: the raw packet (forwarded to the upstream unchanged) and its decoded
 * parameters. Fired by {@link StartupDecoder}; whoever receives it owns (and releases) the bytes.
 */
public final class StartupPacket extends DefaultByteBufHolder {

  private final int protocolVersion;
  private final Map<String, String> parameters;
  private final boolean tls;

  public StartupPacket(
      ByteBuf raw, int protocolVersion, Map<String, String> parameters, boolean tls) {
    super(raw);
    this.protocolVersion = protocolVersion;
    this.parameters = Map.copyOf(parameters);
    this.tls = tls;
  }

  /** Major version in the high 16 bits, minor in the low 16 bits (3.0 = 196608). */
  public int protocolVersion() {
    return protocolVersion;
  }

  /** user, database, application_name, options, ... as the client sent them. */
  public Map<String, String> parameters() {
    return parameters;
  }

  /** Whether the client connection is TLS-encrypted (terminated at the proxy). */
  public boolean tls() {
    return tls;
  }

  @Override
  public ByteBufHolder replace(ByteBuf content) {
    return new StartupPacket(content, protocolVersion, parameters, tls);
  }
}
