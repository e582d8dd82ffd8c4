package io.scry.proxy.ship;

import com.google.protobuf.ByteString;
import io.scry.protocol.ingest.IngestProtocol;
import io.scry.protocol.segment.SegmentDamage;
import io.scry.protocol.segment.SegmentHeader;
import io.scry.protocol.segment.SegmentReader;
import io.scry.protocol.segment.SpoolId;
import io.scry.protocol.segment.SpoolIdFile;
import io.scry.protocol.v1.IngestAck;
import io.scry.protocol.v1.IngestChunk;
import io.scry.protocol.v1.IngestHello;
import io.scry.protocol.v1.IngestMessage;
import io.scry.protocol.v1.IngestSegment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One connection's worth of shipping: Hello, Resume, then chunks of the proxy's segments in order,
 * at most a window of them unacknowledged, until the connection fails or the shipper closes.
 *
 * <p>The Hello names the capture directory's spool; every segment travels with the spool its own
 * header names (the directory's, or the legacy spool for segments written before spools had ids),
 * so the coordinator files it where no other spool's segment of the same name can be.
 */
final class ShippingSession {

  private static final Logger log = LoggerFactory.getLogger(ShippingSession.class);

  /** A chunk sent and not yet acknowledged. */
  private record Pending(String segment, long endOffset, boolean sealed) {}

  private final Path captureDir;
  private final String proxyId;
  private final String captureName;
  private final ShipperSettings settings;
  private final ArrayDeque<Pending> inFlight = new ArrayDeque<>();
  private final AtomicInteger inFlightCount = new AtomicInteger();

  /** Where the next chunk of each segment starts: the coordinator's offset, then what was sent. */
  private final Map<String, Long> sentOffsets = new HashMap<>();

  /** Segments whose last chunk has been sent (or that the coordinator already holds complete). */
  private final Set<String> sentSealed = new HashSet<>();

  /** Each segment's header (it never changes once written): its spool and its checksum. */
  private final Map<String, SegmentHeader> headers = new HashMap<>();

  /** Damage already reported, so a stuck active segment is not logged at every poll. */
  private final Set<SegmentDamage> reported = new HashSet<>();

  private volatile boolean resumed;

  /** Every local segment is sealed and was sent completely (as of the last look). */
  private boolean allSent;

  /** ... and the coordinator has acknowledged all of it. */
  private volatile boolean caughtUp;

  ShippingSession(Path captureDir, String proxyId, String captureName, ShipperSettings settings) {
    this.captureDir = captureDir;
    this.proxyId = proxyId;
    this.captureName = captureName;
    this.settings = settings;
  }

  /** True while the coordinator owes an answer (used to detect a silent coordinator). */
  boolean awaitingAnswer() {
    return inFlightCount.get() > 0;
  }

  /** Whether the coordinator answered Hello: the connection worked, whatever ended it. */
  boolean resumed() {
    return resumed;
  }

  /** Whether the coordinator holds every local segment completely, each of them sealed. */
  boolean caughtUp() {
    return caughtUp;
  }

  /**
   * Runs the conversation until the connection fails.
   *
   * @throws IOException why the connection ended
   */
  void run(IngestConnection connection) throws IOException, InterruptedException {
    SpoolId spool = SpoolIdFile.loadOrCreate(captureDir);
    inFlightCount.set(1); // the Resume is due
    connection.send(hello(spool, LocalSegment.list(captureDir, proxyId)));
    IngestMessage answer = connection.poll(settings.timeout());
    inFlightCount.set(0);
    if (answer != null && answer.hasError()) {
      // Refused before anything was shipped (e.g. another spool ships this proxy id right now):
      // nothing is wrong with the local files, and retrying later may well succeed.
      throw new IngestRefusedException(answer.getError().getMessage());
    }
    if (answer == null || !answer.hasResume()) {
      throw new IOException("expected Resume from the coordinator, got " + describe(answer));
    }
    long behind = resume(answer.getResume().getSegmentsList());
    log.info(
        "shipping capture {} of proxy {} from spool {} to the coordinator; {} bytes to catch up",
        captureName,
        proxyId,
        spool,
        behind);
    resumed = true;
    while (true) {
      while (inFlight.size() < settings.maxChunksInFlight() && sendNextChunk(connection)) {
        // keep the window full
      }
      caughtUp = allSent && inFlight.isEmpty();
      IngestMessage message = connection.poll(settings.pollInterval());
      if (message != null) {
        handle(message);
      }
    }
  }

  private IngestMessage hello(SpoolId spool, List<LocalSegment> local) throws IOException {
    IngestHello.Builder hello =
        IngestHello.newBuilder()
            .setProtocolVersion(IngestProtocol.VERSION)
            .setProxyId(proxyId)
            .setCaptureName(captureName)
            .setSpoolId(spool.text());
    for (LocalSegment segment : local) {
      Optional<SegmentHeader> header = headerOf(segment);
      if (header.isPresent()) {
        hello.addSegments(
            IngestSegment.newBuilder()
                .setName(segment.name())
                .setSize(segment.size())
                .setSealed(segment.sealed())
                .setSpoolId(header.get().spool().text())
                .setHeaderCrc32C(header.get().checksum()));
      }
    }
    return IngestMessage.newBuilder().setHello(hello).build();
  }

  /**
   * A segment's header; empty while it is not readable yet (a segment just created: the writer
   * writes its header at once, so this lasts at most a poll or two).
   */
  private Optional<SegmentHeader> headerOf(LocalSegment segment) throws IOException {
    SegmentHeader known = headers.get(segment.name());
    if (known != null) {
      return Optional.of(known);
    }
    SegmentHeader header;
    try (SegmentReader reader = SegmentReader.open(segment.file())) {
      header = reader.header();
    } catch (NoSuchFileException sealedMeanwhile) {
      return Optional.empty(); // the next listing finds it under its sealed name
    }
    if (header == null) {
      return Optional.empty();
    }
    headers.put(segment.name(), header);
    return Optional.of(header);
  }

  /** Takes the coordinator's offsets; returns how many local bytes it does not hold yet. */
  private long resume(List<IngestSegment> stored) throws IOException {
    for (IngestSegment segment : stored) {
      sentOffsets.put(segment.getName(), segment.getSize());
      if (segment.getSealed()) {
        sentSealed.add(segment.getName());
      }
    }
    long behind = 0;
    for (LocalSegment segment : LocalSegment.list(captureDir, proxyId)) {
      if (!sentSealed.contains(segment.name())) {
        behind += Math.max(0, segment.size() - sentOffsets.getOrDefault(segment.name(), 0L));
      }
    }
    return behind;
  }

  /**
   * Sends the next chunk of the oldest segment not completely sent. Later segments wait for it, so
   * the coordinator receives every segment in order.
   *
   * @return whether a chunk was sent
   */
  private boolean sendNextChunk(IngestConnection connection) throws IOException {
    allSent = false;
    for (LocalSegment segment : LocalSegment.list(captureDir, proxyId)) {
      if (sentSealed.contains(segment.name())) {
        continue;
      }
      long offset = sentOffsets.getOrDefault(segment.name(), 0L);
      IngestChunk chunk = nextChunk(segment, offset);
      if (chunk == null) {
        return false;
      }
      connection.send(IngestMessage.newBuilder().setChunk(chunk).build());
      long end = offset + chunk.getData().size();
      sentOffsets.put(segment.name(), end);
      if (chunk.getSealed()) {
        sentSealed.add(segment.name());
      }
      inFlight.add(new Pending(segment.name(), end, chunk.getSealed()));
      inFlightCount.incrementAndGet();
      return true;
    }
    allSent = true;
    return false;
  }

  /** The chunk at {@code offset}, or null if the segment has nothing new yet. */
  private IngestChunk nextChunk(LocalSegment segment, long offset) throws IOException {
    Optional<SegmentHeader> header = headerOf(segment);
    if (header.isEmpty()) {
      return null;
    }
    IngestChunk.Builder chunk =
        IngestChunk.newBuilder()
            .setSegment(segment.name())
            .setStartOffset(offset)
            .setSpoolId(header.get().spool().text());
    if (offset >= segment.size()) {
      // Nothing new; a sealed segment still needs its (empty) last chunk. A local file shorter
      // than the coordinator's copy only happens if the proxy lost written data in a crash.
      return segment.sealed() ? chunk.setSealed(true).build() : null;
    }
    ChunkReader.Read read;
    try {
      read = ChunkReader.read(segment.file(), offset, settings.maxChunkBytes());
    } catch (NoSuchFileException sealedMeanwhile) {
      return null; // the writer renamed it since the listing; the next look finds the sealed file
    }
    boolean last = segment.sealed() && read.exhausted();
    if (last && read.damage().isPresent() && reported.add(read.damage().get())) {
      log.error(
          "shipping {} only up to its damage, the rest cannot be read: {}",
          segment.file(),
          read.damage().get());
    } else if (!segment.sealed()
        && read.damage().filter(d -> d.kind() == SegmentDamage.Kind.CORRUPT).isPresent()
        && reported.add(read.damage().get())) {
      log.error("active segment is corrupt, shipping waits: {}", read.damage().get());
    }
    if (read.data().length == 0 && !last) {
      return null;
    }
    return chunk.setData(ByteString.copyFrom(read.data())).setSealed(last).build();
  }

  private void handle(IngestMessage message) throws IOException {
    if (message.hasError()) {
      throw new IOException(
          "the coordinator refused "
              + (message.getError().getSegment().isEmpty()
                  ? "the connection"
                  : "segment " + message.getError().getSegment())
              + ": "
              + message.getError().getMessage());
    }
    Pending expected = inFlight.peek();
    IngestAck ack = message.hasAck() ? message.getAck() : null;
    if (ack == null
        || expected == null
        || !ack.getSegment().equals(expected.segment())
        || !ack.getSpoolId().equals(headers.get(expected.segment()).spool().text())
        || ack.getDurableOffset() < expected.endOffset()) {
      throw new IOException(
          "unexpected answer from the coordinator: "
              + describe(message)
              + " while waiting for "
              + expected);
    }
    inFlight.poll();
    inFlightCount.decrementAndGet();
    if (ack.getSealed() && settings.deleteAcked()) {
      deleteLocal(expected.segment());
    }
  }

  private void deleteLocal(String segment) throws IOException {
    Optional<LocalSegment> local =
        LocalSegment.list(captureDir, proxyId).stream()
            .filter(candidate -> candidate.name().equals(segment) && candidate.sealed())
            .findFirst();
    if (local.isPresent() && Files.deleteIfExists(local.get().file())) {
      log.debug("deleted {}: the coordinator holds all of it", local.get().file());
    }
  }

  private static String describe(IngestMessage message) {
    return message == null ? "nothing" : message.getKindCase() + " " + message;
  }
}
