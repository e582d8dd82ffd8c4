package io.scry.proxy.wire;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.DecoderException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random and mutated message streams into both observers: nothing but the framer's "malformed"
 * error may escape, nothing hangs, and the tracker's memory stays bounded. Iterations: {@code
 * -Dscry.fuzz.iterations=N} (a fast subset by default).
 */
class ProtocolObserverFuzzUnitTests {

  private static final int ITERATIONS = Integer.getInteger("scry.fuzz.iterations", 1_000);

  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  void randomAndMutatedStreamsNeverBreakTheObserver() {
    long seed = Long.getLong("scry.fuzz.seed", System.nanoTime());
    Random random = new Random(seed);
    List<byte[]> frontendCorpus = corpus(true);
    List<byte[]> backendCorpus = corpus(false);
    for (int i = 0; i < ITERATIONS; i++) {
      try (ObservedSession session = new ObservedSession(64 * 1024)) {
        for (int round = 0; round < 8; round++) {
          boolean toFrontend = random.nextBoolean();
          byte[] input =
              switch (random.nextInt(3)) {
                case 0 -> randomBytes(random);
                case 1 -> mutate(random, pick(random, toFrontend ? frontendCorpus : backendCorpus));
                default -> randomMessages(random);
              };
          if (!feed(session, toFrontend, input)) {
            break; // the framer closed the session, as the proxy would
          }
          assertTrue(session.tracker.pendingCount() <= StatementTracker.MAX_PENDING);
          assertTrue(session.tracker.namedCount() <= 2 * StatementTracker.MAX_NAMED);
        }
      } catch (AssertionError | RuntimeException e) {
        fail("seed " + seed + ", iteration " + i + ": " + e, e);
      }
    }
  }

  /** Feeds bytes; returns false if the framer rejected them (the only acceptable failure). */
  private static boolean feed(ObservedSession session, boolean frontend, byte[] input) {
    try {
      if (frontend) {
        session.client(Unpooled.wrappedBuffer(input));
      } else {
        session.server(Unpooled.wrappedBuffer(input));
      }
      return true;
    } catch (DecoderException e) {
      if (!(e.getCause() instanceof MalformedMessageException)) {
        throw e;
      }
      return false;
    }
  }

  private static List<byte[]> corpus(boolean frontend) {
    List<ByteBuf> messages =
        frontend
            ? List.of(
                Frames.query("SELECT 1; SELECT 'a;b'"),
                Frames.parse("s1", "SELECT $1, $2", 23, 0),
                Frames.bind("p", "s1", "1", null),
                Frames.describe('S', "s1"),
                Frames.execute("p", 10),
                Frames.close('P', "p"),
                Frames.sync(),
                Frames.password("pw"))
            : List.of(
                Frames.parseComplete(),
                Frames.bindComplete(),
                Frames.parameterDescription(23, 25),
                Frames.rowDescription(),
                Frames.dataRow("v"),
                Frames.commandComplete("SELECT 1"),
                Frames.portalSuspended(),
                Frames.error("42P01", "no such table"),
                Frames.backendKey(1, 2),
                Frames.readyForQuery());
    List<byte[]> corpus = new ArrayList<>();
    for (ByteBuf message : messages) {
      corpus.add(ByteBufUtil.getBytes(message));
      message.release();
    }
    return corpus;
  }

  private static byte[] pick(Random random, List<byte[]> corpus) {
    ByteBuf stream = Unpooled.buffer();
    int count = 1 + random.nextInt(12);
    for (int i = 0; i < count; i++) {
      stream.writeBytes(corpus.get(random.nextInt(corpus.size())));
    }
    byte[] bytes = ByteBufUtil.getBytes(stream);
    stream.release();
    return bytes;
  }

  private static byte[] mutate(Random random, byte[] input) {
    byte[] bytes = input.clone();
    int mutations = 1 + random.nextInt(4);
    for (int i = 0; i < mutations; i++) {
      int at = random.nextInt(bytes.length);
      switch (random.nextInt(3)) {
        case 0 -> bytes[at] = (byte) random.nextInt(256);
        case 1 -> bytes[at] = 0;
        default -> bytes[at] ^= (byte) (1 << random.nextInt(8));
      }
    }
    return bytes;
  }

  private static byte[] randomBytes(Random random) {
    byte[] bytes = new byte[random.nextInt(64)];
    random.nextBytes(bytes);
    return bytes;
  }

  /** Well-framed messages of random types with random bodies: exercises every body parser. */
  private static byte[] randomMessages(Random random) {
    String types = "QPBDECSFXpdcfH12tTnDCIsEZKGHWAN";
    ByteBuf stream = Unpooled.buffer();
    int count = 1 + random.nextInt(10);
    for (int i = 0; i < count; i++) {
      byte[] body = new byte[random.nextInt(24)];
      random.nextBytes(body);
      stream.writeByte(types.charAt(random.nextInt(types.length())));
      stream.writeInt(4 + body.length).writeBytes(body);
    }
    byte[] bytes = ByteBufUtil.getBytes(stream);
    stream.release();
    return bytes;
  }
}
