package io.scry.proxy.wire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Builds protocol messages byte by byte, as a client or server would send them. */
final class Frames {

  private Frames() {}

  static ByteBuf message(char type, Consumer<ByteBuf> body) {
    ByteBuf buf = Unpooled.buffer();
    buf.writeByte(type).writeInt(0);
    body.accept(buf);
    buf.setInt(1, buf.writerIndex() - 1);
    return buf;
  }

  static void cstring(ByteBuf buf, String value) {
    buf.writeCharSequence(value, StandardCharsets.UTF_8);
    buf.writeByte(0);
  }

  static ByteBuf query(String sql) {
    return message('Q', b -> cstring(b, sql));
  }

  static ByteBuf parse(String name, String sql, int... oids) {
    return message(
        'P',
        b -> {
          cstring(b, name);
          cstring(b, sql);
          b.writeShort(oids.length);
          for (int oid : oids) {
            b.writeInt(oid);
          }
        });
  }

  /** Bind with text parameters (null for SQL NULL) and no result formats. */
  static ByteBuf bind(String portal, String statement, String... values) {
    return message(
        'B',
        b -> {
          cstring(b, portal);
          cstring(b, statement);
          b.writeShort(0);
          b.writeShort(values.length);
          for (String value : values) {
            if (value == null) {
              b.writeInt(-1);
            } else {
              byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
              b.writeInt(bytes.length).writeBytes(bytes);
            }
          }
          b.writeShort(0);
        });
  }

  static ByteBuf describe(char what, String name) {
    return message(
        'D',
        b -> {
          b.writeByte(what);
          cstring(b, name);
        });
  }

  static ByteBuf execute(String portal, int maxRows) {
    return message(
        'E',
        b -> {
          cstring(b, portal);
          b.writeInt(maxRows);
        });
  }

  static ByteBuf close(char what, String name) {
    return message(
        'C',
        b -> {
          b.writeByte(what);
          cstring(b, name);
        });
  }

  static ByteBuf sync() {
    return message('S', b -> {});
  }

  static ByteBuf password(String password) {
    return message('p', b -> cstring(b, password));
  }

  static ByteBuf parseComplete() {
    return message('1', b -> {});
  }

  static ByteBuf bindComplete() {
    return message('2', b -> {});
  }

  static ByteBuf closeComplete() {
    return message('3', b -> {});
  }

  static ByteBuf noData() {
    return message('n', b -> {});
  }

  static ByteBuf parameterDescription(int... oids) {
    return message(
        't',
        b -> {
          b.writeShort(oids.length);
          for (int oid : oids) {
            b.writeInt(oid);
          }
        });
  }

  static ByteBuf rowDescription() {
    return message(
        'T',
        b -> {
          b.writeShort(1);
          cstring(b, "c");
          b.writeInt(0).writeShort(0).writeInt(25).writeShort(-1).writeInt(-1).writeShort(0);
        });
  }

  static ByteBuf dataRow(String value) {
    return message(
        'D',
        b -> {
          byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
          b.writeShort(1).writeInt(bytes.length).writeBytes(bytes);
        });
  }

  static ByteBuf commandComplete(String tag) {
    return message('C', b -> cstring(b, tag));
  }

  static ByteBuf emptyQuery() {
    return message('I', b -> {});
  }

  static ByteBuf portalSuspended() {
    return message('s', b -> {});
  }

  static ByteBuf error(String sqlstate, String text) {
    return message(
        'E',
        b -> {
          b.writeByte('S');
          cstring(b, "ERROR");
          b.writeByte('V');
          cstring(b, "ERROR");
          b.writeByte('C');
          cstring(b, sqlstate);
          b.writeByte('M');
          cstring(b, text);
          b.writeByte(0);
        });
  }

  static ByteBuf readyForQuery() {
    return message('Z', b -> b.writeByte('I'));
  }

  static ByteBuf backendKey(int pid, int secret) {
    return message('K', b -> b.writeInt(pid).writeInt(secret));
  }

  /** Everything concatenated into one buffer; the parts are released. */
  static ByteBuf concat(ByteBuf... parts) {
    ByteBuf all = Unpooled.buffer();
    for (ByteBuf part : parts) {
      all.writeBytes(part);
      part.release();
    }
    return all;
  }
}
