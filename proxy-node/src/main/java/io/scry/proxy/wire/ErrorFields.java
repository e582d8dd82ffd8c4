package io.scry.proxy.wire;

import io.netty.buffer.ByteBuf;

/**
 * The fields of an ErrorResponse the capture keeps.
 *
 * <pre>
 * 'E' [len:4] { [code:1] value\0 }* \0     codes: S severity, C sqlstate, M message, ...
 * </pre>
 */
record ErrorFields(String severity, String sqlstate, String message) {

  /** FATAL and PANIC errors end the session: the server closes the connection after sending it. */
  boolean endsSession() {
    return "FATAL".equals(severity) || "PANIC".equals(severity);
  }

  static ErrorFields read(ByteBuf body) {
    String severity = "";
    String sqlstate = "";
    String message = "";
    while (body.isReadable()) {
      byte code = body.readByte();
      if (code == 0) {
        break;
      }
      String value = WireMessages.readCString(body);
      switch (code) {
        case 'V' -> severity = value;
        case 'S' -> severity = severity.isEmpty() ? value : severity;
        case 'C' -> sqlstate = value;
        case 'M' -> message = value;
        default -> {}
      }
    }
    return new ErrorFields(severity, sqlstate, message);
  }
}
