package io.scry.coordinator.store;

import io.scry.protocol.segment.SegmentCorruptionException;
import io.scry.protocol.segment.SegmentFileName;
import io.scry.protocol.segment.SegmentFrames;
import io.scry.protocol.segment.SegmentHeader;
import io.scry.protocol.segment.SpoolId;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The segments of one spool of one proxy within one capture of the store ({@code
 * <store>/<capture>/<proxy-id>/<spool-id>/}, the legacy spool's directly in the proxy's directory),
 * written by the ingest server. Appends are validated, fsynced, and idempotent by offset, so a
 * shipper that resends after a reconnect never duplicates anything. A segment is only ever appended
 * to by chunks of its own spool: a header naming another proxy or spool is rejected, so a new spool
 * whose segment names start over can never be mistaken for bytes the store already holds.
 * Thread-safe.
 */
public final class SpoolLog implements AutoCloseable {

  private final Path dir;
  private final String captureName;
  private final String proxyId;
  private final SpoolId spool;
  private final TreeMap<String, StoredSegment> segments = new TreeMap<>();

  private SpoolLog(Path dir, String captureName, String proxyId, SpoolId spool) {
    this.dir = dir;
    this.captureName = captureName;
    this.proxyId = proxyId;
    this.spool = spool;
  }

  /** Opens the log in {@code dir}, recovering its segments (see {@link StoredSegment#recover}). */
  static SpoolLog open(Path dir, String captureName, String proxyId, SpoolId spool)
      throws IOException {
    SpoolLog spoolLog = new SpoolLog(dir, captureName, proxyId, spool);
    if (Files.isDirectory(dir)) {
      try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
        for (Path file : files) {
          Optional<SegmentFileName> name = SegmentFileName.parse(file);
          if (name.isPresent() && name.get().proxyId().equals(proxyId)) {
            Optional<StoredSegment> segment = StoredSegment.recover(file, name.get());
            if (segment.isPresent()) {
              spoolLog.segments.put(StoredSegment.segmentName(name.get()), segment.get());
            }
          }
        }
      }
    }
    return spoolLog;
  }

  public String captureName() {
    return captureName;
  }

  public String proxyId() {
    return proxyId;
  }

  public SpoolId spool() {
    return spool;
  }

  /** {@code proxy <id> spool <spool> (capture <name>)}, for log lines. */
  public String label() {
    return "proxy " + proxyId + " spool " + spool + " (capture " + captureName + ")";
  }

  /** The durable position of every segment held, oldest first. */
  public synchronized List<SegmentPosition> positions() {
    List<SegmentPosition> positions = new ArrayList<>();
    segments.values().forEach(segment -> positions.add(segment.position()));
    return positions;
  }

  /** The durable position of {@code segment}, if the store holds any of it. */
  public synchronized Optional<SegmentPosition> position(String segment) {
    return Optional.ofNullable(segments.get(segment)).map(StoredSegment::position);
  }

  /**
   * Whether the copy of {@code segment} held here has the header whose checksum is {@code
   * headerChecksum} ({@link SegmentHeader#checksum()}): false if it is another segment that only
   * shares the name. True when there is no copy, or not even its header is durable yet.
   */
  public synchronized boolean isSameSegment(String segment, int headerChecksum) throws IOException {
    StoredSegment stored = segments.get(segment);
    return stored == null
        || stored.headerChecksum().map(held -> held == headerChecksum).orElse(true);
  }

  /**
   * Appends the bytes of a chunk and makes them durable before returning.
   *
   * <p>Bytes below the durable offset are skipped (a resend after a reconnect); a chunk wholly
   * below it changes nothing and is answered with the current position. {@code data} must hold the
   * segment header when it starts at offset 0, then whole frames only; every frame's CRC is checked
   * before anything becomes durable.
   *
   * @param segment segment name, {@code <proxy-id>-<20-digit sequence>} of this log's proxy
   * @param offset where {@code data} starts in the segment file
   * @param data the chunk's bytes (read from position to limit; not modified)
   * @param seal whether the segment ends with these bytes
   * @return the segment's durable position afterwards
   * @throws ChunkRejectedException for a gap, a bad segment name, header or frame, or bytes past
   *     the end of a sealed segment; nothing was written
   * @throws IOException if the disk fails
   */
  public synchronized SegmentPosition append(
      String segment, long offset, ByteBuffer data, boolean seal)
      throws ChunkRejectedException, IOException {
    SegmentFileName name = parseName(segment);
    StoredSegment stored = segments.get(segment);
    SegmentPosition current =
        stored == null ? new SegmentPosition(segment, 0, false) : stored.position();
    long durable = current.durableOffset();
    long end = offset + data.remaining();
    if (offset > durable) {
      throw new ChunkRejectedException(
          "gap: chunk starts at offset " + offset + " but the store holds " + durable + " bytes",
          current);
    }
    if (end <= durable) {
      if (seal && end == durable && stored != null && !stored.sealed()) {
        stored.seal();
        return stored.position();
      }
      return current;
    }
    if (current.sealed()) {
      throw new ChunkRejectedException(
          "segment is sealed at " + durable + " bytes; the chunk ends at " + end, current);
    }
    ByteBuffer fresh = data.slice().position((int) (durable - offset)).slice();
    validate(fresh, current);
    if (stored == null) {
      DurableFiles.createDirectories(dir);
      stored = StoredSegment.create(dir, name);
      segments.put(segment, stored);
    }
    try {
      stored.write(fresh);
      stored.sync(end);
    } catch (IOException e) {
      stored.discardUnsynced();
      throw e;
    }
    if (seal) {
      stored.seal();
    }
    return stored.position();
  }

  /** Checks the header (in a chunk at offset 0) and every frame of {@code fresh}. */
  private void validate(ByteBuffer fresh, SegmentPosition current) throws ChunkRejectedException {
    ByteBuffer frames = fresh;
    if (current.durableOffset() == 0) {
      SegmentHeader header = parseHeader(fresh, current);
      frames = fresh.duplicate().position(header.length()).slice();
    }
    try {
      SegmentFrames.validate(frames);
    } catch (SegmentCorruptionException e) {
      long at = current.durableOffset() + (fresh.remaining() - frames.remaining()) + e.offset();
      throw new ChunkRejectedException(
          e.kind()
              + " frame at offset "
              + at
              + " of segment "
              + current.segment()
              + ": "
              + e.problem(),
          current);
    }
  }

  private SegmentHeader parseHeader(ByteBuffer chunk, SegmentPosition current)
      throws ChunkRejectedException {
    Optional<SegmentHeader> header;
    try {
      header = SegmentHeader.parse(chunk);
    } catch (IOException e) {
      throw new ChunkRejectedException("bad segment header: " + e.getMessage(), current);
    }
    if (header.isEmpty()) {
      throw new ChunkRejectedException("chunk at offset 0 ends inside the segment header", current);
    }
    if (!header.get().proxyId().equals(proxyId)) {
      throw new ChunkRejectedException(
          "segment header names proxy " + header.get().proxyId() + ", the connection " + proxyId,
          current);
    }
    if (!header.get().spool().equals(spool)) {
      throw new ChunkRejectedException(
          "segment header names spool " + header.get().spool() + ", the chunk spool " + spool,
          current);
    }
    return header.get();
  }

  private SegmentFileName parseName(String segment) throws ChunkRejectedException {
    Optional<SegmentFileName> name =
        SegmentFileName.parse(segment + SegmentFileName.ACTIVE_SUFFIX)
            .filter(parsed -> parsed.proxyId().equals(proxyId));
    if (name.isEmpty()) {
      throw new ChunkRejectedException(
          "not a segment name of proxy " + proxyId + ": '" + segment + "'",
          new SegmentPosition(segment, 0, false));
    }
    return name.get();
  }

  @Override
  public synchronized void close() throws IOException {
    for (StoredSegment segment : segments.values()) {
      segment.close();
    }
  }
}
