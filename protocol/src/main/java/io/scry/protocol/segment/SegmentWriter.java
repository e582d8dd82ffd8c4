package io.scry.protocol.segment;

import io.scry.protocol.security.OwnerOnly;
import io.scry.protocol.v1.CaptureEvent;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Appends capture events of one proxy to rolling segment files in a directory.
 *
 * <pre>
 * dir/
 *   proxy-1-00000000000000000001.seg          sealed: complete, never changes again
 *   proxy-1-00000000000000000002.seg          sealed
 *   proxy-1-00000000000000000003.seg.active   being appended to
 *
 * segment file:
 * +----------------------+---------+---------+-----+---------+
 * | header               | frame 1 | frame 2 | ... | frame n |
 * | magic, version,      |         |         |     |         |
 * | proxy id, spool id,  |         |         |     |         |
 * | created at           |         |         |     |         |
 * +----------------------+---------+---------+-----+---------+
 *
 * frame:
 * +--------------+---------------------+------------------------------+
 * | length (u32) | CRC32C of payload   | payload: CaptureEvent        |
 * |              | (u32)               | (protobuf, length bytes)     |
 * +--------------+---------------------+------------------------------+
 * </pre>
 *
 * (Exact header layout in {@link SegmentHeader}, frame rules in {@link SegmentFrames}.)
 *
 * <p>The active segment is created on the first append after opening or sealing, so an idle proxy
 * leaves no empty files. It is sealed (flushed, forced to disk and renamed atomically from {@code
 * .seg.active} to {@code .seg}) when the next frame would push it past {@link
 * Options#maxSegmentBytes()}, when it is older than {@link Options#maxSegmentAge()} at an append or
 * a flush, and on {@link #close()}. Frames are buffered in memory until {@link #flush()}.
 *
 * <p>Opening a directory recovers what a crash left behind: each {@code .seg.active} file of this
 * proxy has its torn tail truncated (its last incomplete frame) and is sealed; numbering continues
 * after the highest existing sequence. A seal that fails part way (the fsync or the rename, on a
 * failing or full disk) leaves its segment active; it is sealed the same way at the next {@link
 * #flush()} or {@link #close()}. Both kinds of left-over are listed by {@link #recovered()}. Only
 * one writer per proxy may use a directory at a time (enforced with a lock file {@code
 * .<proxyId>.lock}, released by {@link #close()} or when the process dies). Files are created with
 * permissions 0600, a missing directory with 0700 (on POSIX file systems).
 *
 * <p>Methods are synchronized so a timer may call {@link #flush()} while another thread appends.
 */
public final class SegmentWriter implements Closeable {

  private static final int BUFFER_BYTES = 256 * 1024;

  /**
   * When segments are sealed and how hard a flush pushes.
   *
   * @param maxSegmentBytes seal before a frame would make the segment larger than this (a single
   *     larger frame still gets a segment of its own)
   * @param maxSegmentAge seal a segment this old at the next append or flush
   * @param fsyncOnFlush whether {@link #flush()} also forces the data to disk
   */
  public record Options(long maxSegmentBytes, Duration maxSegmentAge, boolean fsyncOnFlush) {

    public Options {
      if (maxSegmentBytes < 1024) {
        throw new IllegalArgumentException("maxSegmentBytes must be at least 1024");
      }
      Objects.requireNonNull(maxSegmentAge, "maxSegmentAge");
      if (maxSegmentAge.isNegative() || maxSegmentAge.isZero()) {
        throw new IllegalArgumentException("maxSegmentAge must be positive");
      }
    }

    /** 64 MiB, 5 minutes, no fsync on flush. */
    public static Options defaults() {
      return new Options(64L * 1024 * 1024, Duration.ofMinutes(5), false);
    }
  }

  private final Path dir;
  private final String proxyId;
  private final SpoolId spool;
  private final Options options;
  private final Clock clock;
  private final List<RecoveredSegment> recovered;

  /** Segments whose seal failed part way: sealed again at the next flush or close. */
  private final List<SegmentFileName> unsealed = new ArrayList<>();

  private final WriterLock lock;
  private byte[] buffer = new byte[BUFFER_BYTES];
  private int buffered;
  private long nextSequence;
  private ActiveSegment active;
  private boolean closed;

  private SegmentWriter(
      Path dir,
      String proxyId,
      SpoolId spool,
      Options options,
      Clock clock,
      List<RecoveredSegment> recovered,
      WriterLock lock) {
    this.lock = lock;
    this.dir = dir;
    this.proxyId = proxyId;
    this.spool = spool;
    this.options = options;
    this.clock = clock;
    this.recovered = new ArrayList<>(recovered);
  }

  /**
   * Opens {@code dir} (created if missing) for appending events of {@code proxyId}, recovering any
   * active segment a crash left behind. New segments carry the directory's spool id ({@link
   * SpoolIdFile}, created on first use).
   *
   * @throws IOException if the directory cannot be used or a left-over segment has a header this
   *     code cannot read (the message names the file)
   */
  public static SegmentWriter open(Path dir, String proxyId, Options options) throws IOException {
    return open(dir, proxyId, options, Clock.systemUTC());
  }

  static SegmentWriter open(Path dir, String proxyId, Options options, Clock clock)
      throws IOException {
    SegmentFileName.checkProxyId(proxyId);
    return open(dir, proxyId, SpoolIdFile.loadOrCreate(dir), options, clock);
  }

  /** Opens a writer whose segments carry {@code spool} (the legacy one: version 1 headers). */
  static SegmentWriter open(Path dir, String proxyId, SpoolId spool, Options options, Clock clock)
      throws IOException {
    SegmentFileName.checkProxyId(proxyId);
    Objects.requireNonNull(options, "options");
    OwnerOnly.createDirectories(dir);
    WriterLock lock = WriterLock.acquire(dir, proxyId, OwnerOnly.file(dir));
    try {
      long highest = 0;
      List<RecoveredSegment> recovered = new ArrayList<>();
      for (Path file : listOwnSegments(dir, proxyId)) {
        SegmentFileName name = SegmentFileName.parse(file).orElseThrow();
        highest = Math.max(highest, name.sequence());
        if (name.active()) {
          recovered.add(SegmentRecovery.recover(file, name));
        }
      }
      SegmentWriter writer =
          new SegmentWriter(dir, proxyId, spool, options, clock, recovered, lock);
      writer.nextSequence = highest + 1;
      return writer;
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw e;
    }
  }

  /** The spool id every segment of this writer carries. */
  public SpoolId spool() {
    return spool;
  }

  /**
   * Every left-over active segment this writer has sealed: those a crash left behind (when it
   * opened), then any of its own whose seal failed part way (at the next flush or close).
   */
  public synchronized List<RecoveredSegment> recovered() {
    return List.copyOf(recovered);
  }

  /** Appends one event to the active segment (buffered until {@link #flush()}). */
  public synchronized void append(CaptureEvent event) throws IOException {
    checkOpen();
    int payloadBytes = SegmentFrames.checkedPayloadSize(event);
    int frameBytes = SegmentFrames.FRAME_HEADER_BYTES + payloadBytes;
    if (active != null && (isOld() || isFullFor(frameBytes))) {
      seal();
    }
    if (active == null) {
      active = startSegment();
    }
    if (frameBytes > buffer.length - buffered) {
      drain();
      if (frameBytes > buffer.length) {
        buffer = new byte[frameBytes]; // for this one frame; back to normal once it is written
      }
    }
    SegmentFrames.encodeInto(event, payloadBytes, buffer, buffered);
    buffered += frameBytes;
    active.size += frameBytes;
  }

  /**
   * Hands buffered frames to the operating system (and forces them to disk if {@link
   * Options#fsyncOnFlush()}); seals the active segment if it has reached its maximum age.
   */
  public synchronized void flush() throws IOException {
    checkOpen();
    sealLeftovers();
    if (active == null) {
      return;
    }
    if (isOld()) {
      seal();
      return;
    }
    drain();
    if (options.fsyncOnFlush()) {
      active.channel.force(false);
    }
  }

  /** The file currently appended to, or null if none is open. */
  public synchronized Path activeFile() {
    return active == null ? null : active.file;
  }

  /** Flushes and seals the active segment. Further appends fail. */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    try (WriterLock held = lock) {
      if (active != null) {
        seal();
      }
      sealLeftovers();
    }
  }

  private boolean isOld() {
    return Duration.between(active.createdAt, clock.instant()).compareTo(options.maxSegmentAge())
        >= 0;
  }

  private boolean isFullFor(int frameBytes) {
    return active.size > active.headerBytes && active.size + frameBytes > options.maxSegmentBytes();
  }

  private ActiveSegment startSegment() throws IOException {
    SegmentFileName name = new SegmentFileName(proxyId, nextSequence++, true);
    Path file = dir.resolve(name.fileName());
    Instant now = clock.instant();
    long createdNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
    byte[] header = new SegmentHeader(proxyId, spool, createdNanos).encode();
    FileChannel channel =
        FileChannel.open(
            file,
            Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
            OwnerOnly.file(file));
    ActiveSegment segment = new ActiveSegment(file, name, channel, now, header.length);
    try {
      // Written at once, not buffered, so a crash leaves at most a torn header behind.
      segment.write(ByteBuffer.wrap(header));
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    return segment;
  }

  private void seal() throws IOException {
    ActiveSegment segment = active;
    drain();
    active = null;
    try {
      try (FileChannel channel = segment.channel) {
        channel.force(true);
      }
      Files.move(
          segment.file,
          dir.resolve(segment.name.sealed().fileName()),
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // Its frames are all written; left as .seg.active it would look unfinished forever (to the
      // shipper too), so it is sealed as a left-over once the disk lets us.
      unsealed.add(segment.name);
      throw e;
    }
    SegmentRecovery.syncDirectory(dir);
  }

  /** Seals the segments whose seal failed, as a crash's left-overs are sealed on opening. */
  private void sealLeftovers() throws IOException {
    while (!unsealed.isEmpty()) {
      SegmentFileName name = unsealed.get(0);
      Path file = dir.resolve(name.fileName());
      if (Files.exists(file)) {
        recovered.add(SegmentRecovery.recover(file, name));
      }
      unsealed.remove(0);
    }
  }

  /**
   * Writes the buffered frames. If writing fails part way (a full disk), the unwritten rest stays
   * buffered and the next flush continues exactly there, so the file never gets a frame twice or a
   * gap inside one.
   */
  private void drain() throws IOException {
    ByteBuffer pending = ByteBuffer.wrap(buffer, 0, buffered);
    try {
      active.write(pending);
    } finally {
      buffered = pending.remaining();
      System.arraycopy(buffer, pending.position(), buffer, 0, buffered);
    }
    if (buffer.length > BUFFER_BYTES) {
      buffer = new byte[BUFFER_BYTES];
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new IllegalStateException("segment writer for " + proxyId + " is closed");
    }
  }

  private static List<Path> listOwnSegments(Path dir, String proxyId) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .filter(
              file ->
                  SegmentFileName.parse(file)
                      .map(name -> name.proxyId().equals(proxyId))
                      .orElse(false))
          .sorted()
          .toList();
    }
  }

  /** The segment being appended to. */
  private static final class ActiveSegment {
    final Path file;
    final SegmentFileName name;
    final FileChannel channel;
    final Instant createdAt;
    final int headerBytes;
    long size;

    ActiveSegment(
        Path file, SegmentFileName name, FileChannel channel, Instant createdAt, int headerBytes) {
      this.file = file;
      this.name = name;
      this.channel = channel;
      this.createdAt = createdAt;
      this.headerBytes = headerBytes;
      this.size = headerBytes;
    }

    void write(ByteBuffer bytes) throws IOException {
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
    }
  }
}
