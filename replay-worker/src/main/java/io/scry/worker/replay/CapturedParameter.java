package io.scry.worker.replay;

import io.scry.protocol.v1.Parameter;

/**
 * A Bind parameter exactly as the client sent it: bound to an r2dbc statement, {@link
 * CapturedParameterCodec} sends the same format code, type OID and bytes (or NULL).
 */
record CapturedParameter(Parameter parameter) {

  boolean binary() {
    return parameter.getFormat() == 1;
  }

  /** The type OID from Parse, 0 = let the server infer it as the original client did. */
  int typeOid() {
    return parameter.getTypeOid();
  }

  boolean isNull() {
    return parameter.getIsNull();
  }

  @Override
  public String toString() {
    return "CapturedParameter{format="
        + parameter.getFormat()
        + ", oid="
        + Integer.toUnsignedString(typeOid())
        + (isNull() ? ", NULL}" : ", " + parameter.getValue().size() + " bytes}");
  }
}
