package io.scry.proxy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A TCP connection that speaks raw bytes, to send what no driver would (a bad startup packet, an
 * old protocol version, nothing at all) and to see exactly what the other side answers.
 */
final class RawConnection implements AutoCloseable {

  /** What came back: the bytes until the peer closed, or until the wait ran out. */
  record Answer(byte[] bytes, boolean closed, long millis) {

    /** The fields of a protocol-3 ErrorResponse ('S', 'V', 'C', 'M', ...), by code. */
    Map<Character, String> errorFields() {
      ByteBuffer buf = ByteBuffer.wrap(bytes);
      if (buf.get() != 'E') {
        throw new AssertionError("not an ErrorResponse: " + text());
      }
      int length = buf.getInt();
      Map<Character, String> fields = new LinkedHashMap<>();
      int end = 1 + length;
      int at = buf.position();
      while (at < end && bytes[at] != 0) {
        char code = (char) bytes[at];
        int nul = at + 1;
        while (bytes[nul] != 0) {
          nul++;
        }
        fields.put(code, new String(bytes, at + 1, nul - at - 1, StandardCharsets.UTF_8));
        at = nul + 1;
      }
      return fields;
    }

    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  private final Socket socket;

  RawConnection(int port) throws IOException {
    socket = new Socket("127.0.0.1", port);
  }

  RawConnection send(byte[] bytes) throws IOException {
    socket.getOutputStream().write(bytes);
    socket.getOutputStream().flush();
    return this;
  }

  /** Reads until the peer closes or {@code waitMillis} pass. */
  Answer answer(int waitMillis) throws IOException {
    long start = System.nanoTime();
    socket.setSoTimeout(waitMillis);
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    InputStream in = socket.getInputStream();
    byte[] buffer = new byte[8192];
    boolean closed = false;
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        received.write(buffer, 0, n);
      }
      closed = true;
    } catch (SocketTimeoutException stillOpen) {
      // the peer kept the connection open
    } catch (IOException reset) {
      closed = true; // a reset is a close too
    }
    return new Answer(received.toByteArray(), closed, (System.nanoTime() - start) / 1_000_000);
  }

  /** StartupMessage parameters that log in to the test server's postgres database as postgres. */
  static final byte[] POSTGRES_STARTUP_PARAMETERS =
      "user\0postgres\0database\0postgres\0\0".getBytes(StandardCharsets.UTF_8);

  /**
   * The protocol 3.0 StartupMessage with {@link #POSTGRES_STARTUP_PARAMETERS}, for tests that speak
   * to a session byte by byte after logging in as a driver would.
   */
  static byte[] postgresStartupMessage() {
    return packet(196608, POSTGRES_STARTUP_PARAMETERS);
  }

  /** A startup packet: length word, then {@code code} and the rest. */
  static byte[] packet(int code, byte[] rest) {
    return ByteBuffer.allocate(8 + rest.length)
        .putInt(8 + rest.length)
        .putInt(code)
        .put(rest)
        .array();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
