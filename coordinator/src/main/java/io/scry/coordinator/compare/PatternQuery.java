package io.scry.coordinator.compare;

import io.scry.protocol.v1.Parameter;
import io.scry.protocol.v1.ProtocolKind;
import java.util.List;

/**
 * What a compared pattern runs: its normalized text and a representative statement (on the
 * candidate, one of its slower ones).
 *
 * @param sampleParameters the representative statement's bind parameters (extended protocol)
 */
public record PatternQuery(
    String normalizedSql,
    String sampleSql,
    List<Parameter> sampleParameters,
    ProtocolKind protocol) {

  public PatternQuery {
    sampleParameters = List.copyOf(sampleParameters);
  }
}
