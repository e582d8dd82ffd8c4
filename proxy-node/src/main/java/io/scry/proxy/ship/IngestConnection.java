package io.scry.proxy.ship;

import io.scry.protocol.security.IngestHandshake;
import io.scry.protocol.v1.IngestMessage;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A blocking TCP connection to the coordinator's ingest port carrying length-prefixed {@link
 * IngestMessage}s (see {@code scry/v1/ingest.proto}). A reader thread queues what arrives, so the
 * shipper can send chunks and collect acks at its own pace.
 *
 * <p>The reader watches the coordinator: if it stays silent for the timeout while {@code
 * awaitingAnswer} says an answer is due, the connection is closed (which also unblocks a sender
 * stuck on a full socket buffer).
 */
final class IngestConnection implements AutoCloseable {

  /** Longest message the coordinator sends (its answers are small). */
  private static final int MAX_INCOMING_BYTES = 1024 * 1024;

  /** What the reader thread hands over: a message, or why the connection ended. */
  private sealed interface Incoming permits Received, Ended {}

  private record Received(IngestMessage message) implements Incoming {}

  private record Ended(IOException cause) implements Incoming {}

  private final Socket socket;
  private final DataOutputStream out;
  private final BlockingQueue<Incoming> incoming = new LinkedBlockingQueue<>();
  private final Thread reader;

  private final BooleanSupplier awaitingAnswer;
  private final Duration timeout;

  private IngestConnection(
      Socket socket, Duration timeout, BooleanSupplier awaitingAnswer, String name)
      throws IOException {
    this.socket = socket;
    this.timeout = timeout;
    this.awaitingAnswer = awaitingAnswer;
    this.out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
    this.reader = new Thread(this::readLoop, name);
    this.reader.setDaemon(true);
  }

  /**
   * Connects to {@code address} and authenticates with the ingest secret ({@link IngestHandshake}).
   *
   * @param secret the ingest secret, or null for none (only an insecure coordinator accepts that)
   * @param timeout for connecting, and for the coordinator's silence while an answer is due
   * @param awaitingAnswer whether the sender is waiting for an answer (Resume or Ack) right now
   * @throws IngestRefusedException if the coordinator refuses the secret
   */
  static IngestConnection open(
      InetSocketAddress address,
      String secret,
      Duration timeout,
      BooleanSupplier awaitingAnswer,
      String name)
      throws IOException {
    Socket socket = new Socket();
    try {
      socket.setTcpNoDelay(true);
      // resolved at every attempt: the coordinator may come back at another address
      socket.connect(
          new InetSocketAddress(address.getHostString(), address.getPort()),
          (int) timeout.toMillis());
      socket.setSoTimeout((int) Math.max(1, timeout.toMillis()));
      authenticate(socket, secret);
      IngestConnection connection = new IngestConnection(socket, timeout, awaitingAnswer, name);
      connection.reader.start();
      return connection;
    } catch (IOException | RuntimeException e) {
      socket.close();
      throw e;
    }
  }

  /** Answers the coordinator's challenge before the reader thread takes over the stream. */
  private static void authenticate(Socket socket, String secret) throws IOException {
    DataInputStream in = new DataInputStream(socket.getInputStream());
    byte[] challenge = new byte[IngestHandshake.CHALLENGE_BYTES];
    in.readFully(challenge);
    byte[] answer;
    try {
      answer = IngestHandshake.answer(challenge, secret);
    } catch (IllegalArgumentException notScry) {
      throw new IOException(notScry.getMessage(), notScry);
    }
    socket.getOutputStream().write(answer);
    socket.getOutputStream().flush();
    if (in.readByte() != IngestHandshake.ACCEPTED) {
      throw new IngestRefusedException(
          secret == null
              ? "the coordinator requires an ingest secret (--ingest-secret-file)"
              : "the coordinator refused this proxy's ingest secret");
    }
  }

  /** Sends one message. Blocks while the socket's send buffer is full. */
  void send(IngestMessage message) throws IOException {
    out.writeInt(message.getSerializedSize());
    message.writeTo(out);
    out.flush();
  }

  /**
   * The next message from the coordinator.
   *
   * @return the message, or null if none arrived within {@code wait}
   * @throws IOException if the connection has ended
   */
  IngestMessage poll(Duration wait) throws IOException, InterruptedException {
    Incoming next = incoming.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
    if (next instanceof Ended ended) {
      incoming.add(ended); // keep reporting the end to later polls
      throw new IOException(ended.cause().getMessage(), ended.cause());
    }
    return next == null ? null : ((Received) next).message();
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException ignored) {
      // closing is all we wanted
    }
  }

  private void readLoop() {
    try {
      DataInputStream in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
      while (true) {
        int length = readLengthWhileWatching(in);
        if (length < 0 || length > MAX_INCOMING_BYTES) {
          throw new IOException("bad message length " + length + " from the coordinator");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        incoming.add(new Received(IngestMessage.parseFrom(bytes)));
      }
    } catch (IOException e) {
      incoming.add(new Ended(e));
    } finally {
      close();
    }
  }

  /**
   * Waits for the next message's length; silence only counts while an answer is due. A timeout once
   * a message has begun is not retried: the stream position would be lost.
   */
  private int readLengthWhileWatching(DataInputStream in) throws IOException {
    long silentSince = System.nanoTime();
    int first;
    while (true) {
      try {
        first = in.read();
        break;
      } catch (SocketTimeoutException quiet) {
        if (!awaitingAnswer.getAsBoolean()) {
          silentSince = System.nanoTime();
        } else if (System.nanoTime() - silentSince >= timeout.toNanos()) {
          throw new IOException("no answer from the coordinator within " + timeout);
        }
      }
    }
    if (first < 0) {
      throw new EOFException("the coordinator closed the connection");
    }
    return (first << 24) | (in.readUnsignedByte() << 16) | in.readUnsignedShort();
  }
}
