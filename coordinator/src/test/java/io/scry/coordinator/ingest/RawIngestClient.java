package io.scry.coordinator.ingest;

import io.scry.protocol.v1.IngestChunk;
import io.scry.protocol.v1.IngestHello;
import io.scry.protocol.v1.IngestMessage;
import io.scry.protocol.v1.IngestSegment;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;

/** Speaks the ingest protocol message by message, to provoke the server's error paths. */
final class RawIngestClient implements AutoCloseable {

  private final Socket socket;
  private final DataInputStream in;
  private final DataOutputStream out;

  RawIngestClient(InetSocketAddress server) throws IOException {
    socket = new Socket();
    socket.connect(server, 5000);
    socket.setSoTimeout(10_000);
    in = new DataInputStream(socket.getInputStream());
    out = new DataOutputStream(socket.getOutputStream());
  }

  /** Says hello offering {@code segments} (by name) and returns the answer. */
  IngestMessage hello(String proxyId, String capture, String... segments) throws IOException {
    IngestHello.Builder hello =
        IngestHello.newBuilder().setProtocolVersion(1).setProxyId(proxyId).setCaptureName(capture);
    for (String segment : segments) {
      hello.addSegments(IngestSegment.newBuilder().setName(segment));
    }
    send(IngestMessage.newBuilder().setHello(hello).build());
    return receive();
  }

  IngestMessage chunk(String segment, long offset, byte[] data, boolean sealed) throws IOException {
    send(
        IngestMessage.newBuilder()
            .setChunk(
                IngestChunk.newBuilder()
                    .setSegment(segment)
                    .setStartOffset(offset)
                    .setData(com.google.protobuf.ByteString.copyFrom(data))
                    .setSealed(sealed))
            .build());
    return receive();
  }

  void send(IngestMessage message) throws IOException {
    out.writeInt(message.getSerializedSize());
    message.writeTo(out);
    out.flush();
  }

  /** The next message, or null if the server closed the connection. */
  IngestMessage receive() throws IOException {
    try {
      byte[] bytes = new byte[in.readInt()];
      in.readFully(bytes);
      return IngestMessage.parseFrom(bytes);
    } catch (EOFException closed) {
      return null;
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
