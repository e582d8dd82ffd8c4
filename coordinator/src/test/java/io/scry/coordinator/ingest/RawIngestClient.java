package io.scry.coordinator.ingest;

import io.scry.protocol.ingest.IngestProtocol;
import io.scry.protocol.security.IngestHandshake;
import io.scry.protocol.segment.SegmentHeader;
import io.scry.protocol.segment.SpoolId;
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

  /** The spool this client ships from; null: it speaks the spool-less version 2. */
  private SpoolId spool;

  /** The header checksum a Hello states for every segment it offers. */
  private int offeredHeaderChecksum;

  /** Connects without answering the server's challenge yet. */
  RawIngestClient(InetSocketAddress server) throws IOException {
    socket = new Socket();
    socket.connect(server, 5000);
    socket.setSoTimeout(15_000);
    in = new DataInputStream(socket.getInputStream());
    out = new DataOutputStream(socket.getOutputStream());
  }

  /**
   * Connects and authenticates with {@code secret}, to speak the current version as a shipper of
   * {@code spool}; fails unless the server accepts the secret.
   */
  static RawIngestClient authenticated(InetSocketAddress server, String secret, SpoolId spool)
      throws IOException {
    RawIngestClient client = spoolless(server, secret);
    client.spool = spool;
    return client;
  }

  /** Offers segments with the header of {@code segmentBytes} from now on. */
  RawIngestClient offering(byte[] segmentBytes) throws IOException {
    offeredHeaderChecksum =
        SegmentHeader.parse(java.nio.ByteBuffer.wrap(segmentBytes)).orElseThrow().checksum();
    return this;
  }

  /** Connects and authenticates to speak version 2, as shippers did before spools had ids. */
  static RawIngestClient spoolless(InetSocketAddress server, String secret) throws IOException {
    RawIngestClient client = new RawIngestClient(server);
    byte status = client.answerChallenge(secret);
    if (status != IngestHandshake.ACCEPTED) {
      client.close();
      throw new IOException("the ingest server refused the secret");
    }
    return client;
  }

  /** Reads the challenge, answers it with {@code secret} and returns the server's status byte. */
  byte answerChallenge(String secret) throws IOException {
    return answerChallenge(secret, new byte[0]);
  }

  /**
   * Answers the challenge with {@code secret}, sends {@code then} right behind the answer without
   * waiting, and returns the server's status byte.
   */
  byte answerChallenge(String secret, byte[] then) throws IOException {
    byte[] challenge = new byte[IngestHandshake.CHALLENGE_BYTES];
    in.readFully(challenge);
    out.write(IngestHandshake.answer(challenge, secret));
    try {
      out.write(then);
      out.flush();
    } catch (java.net.SocketException closed) {
      // the server may already have refused and closed; its status byte is still to be read
    }
    return in.readByte();
  }

  /** Sends raw bytes, as a peer that ignores the handshake would. */
  void sendRaw(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** Whether the server closed the connection (after what it sent so far is read). */
  boolean closedByServer() throws IOException {
    while (true) {
      try {
        if (in.read() < 0) {
          return true;
        }
      } catch (java.net.SocketException reset) {
        return true;
      }
    }
  }

  /** Says hello offering {@code segments} (by name) and returns the answer. */
  IngestMessage hello(String proxyId, String capture, String... segments) throws IOException {
    IngestHello.Builder hello =
        IngestHello.newBuilder()
            .setProtocolVersion(
                spool == null ? IngestProtocol.SPOOLLESS_VERSION : IngestProtocol.VERSION)
            .setProxyId(proxyId)
            .setCaptureName(capture)
            .setSpoolId(spoolField());
    for (String segment : segments) {
      IngestSegment.Builder offered = IngestSegment.newBuilder().setName(segment);
      if (spool != null) {
        offered.setSpoolId(spool.text()).setHeaderCrc32C(offeredHeaderChecksum);
      }
      hello.addSegments(offered);
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
                    .setSealed(sealed)
                    .setSpoolId(spoolField()))
            .build());
    return receive();
  }

  private String spoolField() {
    return spool == null ? "" : spool.text();
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
