package io.scry.coordinator.ingest;

import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.SimpleChannelInboundHandler;
import io.scry.coordinator.store.CaptureStore;
import io.scry.coordinator.store.ChunkRejectedException;
import io.scry.coordinator.store.SegmentPosition;
import io.scry.coordinator.store.SpoolLog;
import io.scry.coordinator.store.StoreNames;
import io.scry.protocol.ingest.IngestProtocol;
import io.scry.protocol.segment.SpoolId;
import io.scry.protocol.v1.IngestAck;
import io.scry.protocol.v1.IngestChunk;
import io.scry.protocol.v1.IngestError;
import io.scry.protocol.v1.IngestHello;
import io.scry.protocol.v1.IngestMessage;
import io.scry.protocol.v1.IngestResume;
import io.scry.protocol.v1.IngestSegment;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One shipper connection: a Hello claims the proxy's (capture, proxy id) for its spool (refused if
 * another spool holds it, see {@link LiveSpools}) and is answered with the durable offsets of the
 * segments it offers; every chunk is appended to its spool's log (validated and fsynced by the
 * store) and only then acknowledged. Any rejection is logged, sent as an {@link IngestError} and
 * ends the connection: the shipper reconnects and resumes from the durable offsets.
 *
 * <p>A version 2 shipper ({@link IngestProtocol#SPOOLLESS_VERSION}) sends no spool ids: all of its
 * segments are the legacy spool's, whose headers carry none either.
 *
 * <p>Runs on the server's store executor, so blocking file I/O here never stalls network threads.
 */
final class IngestConnectionHandler extends SimpleChannelInboundHandler<IngestMessage> {

  private static final Logger log = LoggerFactory.getLogger(IngestConnectionHandler.class);

  private final CaptureStore store;
  private final LiveSpools liveSpools;
  private final Map<SpoolId, SpoolLog> logs = new HashMap<>();

  /** Set by an accepted Hello; given back when the connection closes. */
  private LiveSpools.Claim claim;

  /** Whether the shipper speaks {@link IngestProtocol#VERSION} (else the spool-less version). */
  private boolean spooled;

  /** Set once an error was sent: messages still in flight behind it are ignored. */
  private boolean failed;

  IngestConnectionHandler(CaptureStore store, LiveSpools liveSpools) {
    this.store = store;
    this.liveSpools = liveSpools;
  }

  @Override
  protected void channelRead0(ChannelHandlerContext ctx, IngestMessage message) throws Exception {
    if (failed) {
      return;
    }
    switch (message.getKindCase()) {
      case HELLO -> hello(ctx, message.getHello());
      case CHUNK -> chunk(ctx, message.getChunk());
      default -> fail(ctx, "unexpected " + message.getKindCase() + " from a shipper", null);
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    if (claim != null) {
      liveSpools.release(claim);
      claim = null;
    }
    super.channelInactive(ctx);
  }

  private void hello(ChannelHandlerContext ctx, IngestHello hello) throws Exception {
    if (claim != null) {
      fail(ctx, "a second Hello on one connection", null);
      return;
    }
    int version = hello.getProtocolVersion();
    if (version != IngestProtocol.VERSION && version != IngestProtocol.SPOOLLESS_VERSION) {
      fail(
          ctx,
          "unsupported ingest protocol version "
              + version
              + " (this coordinator speaks "
              + IngestProtocol.VERSION
              + " and "
              + IngestProtocol.SPOOLLESS_VERSION
              + ")",
          null);
      return;
    }
    spooled = version == IngestProtocol.VERSION;
    LiveSpools.Claim wanted;
    try {
      wanted =
          new LiveSpools.Claim(
              StoreNames.requireCaptureName(hello.getCaptureName()),
              StoreNames.requireProxyId(hello.getProxyId()),
              spoolOf(hello.getSpoolId()),
              ctx.channel().remoteAddress());
    } catch (IllegalArgumentException e) {
      fail(ctx, e.getMessage(), null);
      return;
    }
    Optional<LiveSpools.Claim> holder = liveSpools.claim(wanted);
    if (holder.isPresent()) {
      String refusal =
          "proxy id "
              + wanted.proxyId()
              + " is already shipping capture "
              + wanted.capture()
              + " from spool "
              + holder.get().spool()
              + " at "
              + holder.get().from()
              + "; give each proxy its own --proxy-id";
      fail(ctx, refusal, null); // logged there, with the refused shipper's address
      return;
    }
    claim = wanted;
    IngestResume.Builder resume = IngestResume.newBuilder();
    long proxyBytes = 0;
    long storedBytes = 0;
    // Only the segments the proxy still has matter to it; the store's history may be much longer.
    for (IngestSegment offered : hello.getSegmentsList()) {
      proxyBytes += offered.getSize();
      SpoolId spool;
      try {
        spool = spoolOf(offered.getSpoolId());
      } catch (IllegalArgumentException e) {
        fail(ctx, e.getMessage() + " (segment " + offered.getName() + ")", null);
        return;
      }
      if (spooled && !log(spool).isSameSegment(offered.getName(), offered.getHeaderCrc32C())) {
        fail(
            ctx,
            "segment "
                + offered.getName()
                + " of spool "
                + spool
                + " is not the segment the store holds under that name (their headers differ): the"
                + " capture directory was restored from a backup older than what the store holds"
                + " of it, or copied; nothing of it is stored. Move the capture directory aside"
                + " and restart the proxy with an empty one",
            null);
        return;
      }
      Optional<SegmentPosition> position = log(spool).position(offered.getName());
      if (position.isPresent()) {
        resume.addSegments(segment(spool, position.get()));
        storedBytes += position.get().durableOffset();
      }
    }
    log.info(
        "shipper {} connected from {}: capture {}, spool {}, it holds {} segments ({} bytes) of"
            + " which the store has {} bytes",
        claim.proxyId(),
        claim.from(),
        claim.capture(),
        claim.spool(),
        hello.getSegmentsCount(),
        proxyBytes,
        storedBytes);
    ctx.writeAndFlush(IngestMessage.newBuilder().setResume(resume).build());
  }

  private void chunk(ChannelHandlerContext ctx, IngestChunk chunk) throws Exception {
    if (claim == null) {
      fail(ctx, "a chunk before Hello", IngestError.newBuilder().setSegment(chunk.getSegment()));
      return;
    }
    SpoolLog spoolLog;
    try {
      spoolLog = log(spoolOf(chunk.getSpoolId()));
    } catch (IllegalArgumentException e) {
      fail(ctx, e.getMessage() + " (segment " + chunk.getSegment() + ")", null);
      return;
    }
    try {
      SegmentPosition position =
          spoolLog.append(
              chunk.getSegment(),
              chunk.getStartOffset(),
              chunk.getData().asReadOnlyByteBuffer(),
              chunk.getSealed());
      ctx.writeAndFlush(
          IngestMessage.newBuilder()
              .setAck(
                  IngestAck.newBuilder()
                      .setSegment(position.segment())
                      .setDurableOffset(position.durableOffset())
                      .setSealed(position.sealed())
                      .setSpoolId(wire(spoolLog.spool())))
              .build());
    } catch (ChunkRejectedException e) {
      log.error(
          "rejected chunk from {} for segment {} at offset {} ({} bytes): {};"
              + " the shipper resumes from offset {}",
          spoolLog.label(),
          chunk.getSegment(),
          chunk.getStartOffset(),
          chunk.getData().size(),
          e.getMessage(),
          e.position().durableOffset());
      fail(
          ctx,
          e.getMessage(),
          IngestError.newBuilder()
              .setSegment(chunk.getSegment())
              .setDurableOffset(e.position().durableOffset())
              .setSpoolId(wire(spoolLog.spool())));
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    String who =
        claim == null
            ? String.valueOf(ctx.channel().remoteAddress())
            : "proxy " + claim.proxyId() + " spool " + claim.spool();
    log.warn("ingest connection from {} failed: {}", who, cause.toString());
    fail(ctx, "coordinator error: " + cause.getMessage(), null);
  }

  /** The spool a field names: what a spooled shipper says, the legacy one for older shippers. */
  private SpoolId spoolOf(String field) {
    return spooled ? SpoolId.parse(field) : SpoolId.LEGACY;
  }

  /** The spool id field for this shipper: absent in the spool-less version. */
  private String wire(SpoolId spool) {
    return spooled ? spool.text() : "";
  }

  private SpoolLog log(SpoolId spool) throws IOException {
    SpoolLog spoolLog = logs.get(spool);
    if (spoolLog == null) {
      spoolLog = store.spoolLog(claim.capture(), claim.proxyId(), spool);
      logs.put(spool, spoolLog);
    }
    return spoolLog;
  }

  /**
   * Sends an {@link IngestError} and closes the connection.
   *
   * @param where the segment the error is about, or null
   */
  private void fail(ChannelHandlerContext ctx, String message, IngestError.Builder where) {
    failed = true;
    if (claim == null) {
      log.warn("ingest connection from {} refused: {}", ctx.channel().remoteAddress(), message);
    }
    IngestError.Builder error = where == null ? IngestError.newBuilder() : where;
    ctx.writeAndFlush(IngestMessage.newBuilder().setError(error.setMessage(message)).build())
        .addListener(ChannelFutureListener.CLOSE);
  }

  private IngestSegment segment(SpoolId spool, SegmentPosition position) {
    return IngestSegment.newBuilder()
        .setName(position.segment())
        .setSize(position.durableOffset())
        .setSealed(position.sealed())
        .setSpoolId(wire(spool))
        .build();
  }
}
