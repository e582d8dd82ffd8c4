package io.scry.proxy.ship;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link CaptureShipper} paces itself.
 *
 * @param maxChunkBytes chunks carry whole frames up to about this many bytes, at most {@value
 *     #MAX_CHUNK_BYTES} (the frame that crosses the limit still travels in the chunk)
 * @param maxChunksInFlight chunks sent but not yet acknowledged, at most
 * @param pollInterval how often an idle shipper looks for new frames and segments
 * @param minBackoff first wait before reconnecting to an unreachable coordinator
 * @param maxBackoff longest wait between reconnection attempts (the wait doubles up to this)
 * @param timeout for connecting, and for the coordinator's answer while chunks are in flight
 * @param deleteAcked delete local sealed segments once the coordinator has acknowledged all of them
 */
public record ShipperSettings(
    int maxChunkBytes,
    int maxChunksInFlight,
    Duration pollInterval,
    Duration minBackoff,
    Duration maxBackoff,
    Duration timeout,
    boolean deleteAcked) {

  /** Largest {@link #maxChunkBytes()}: the coordinator accepts chunks of up to 32 MiB. */
  public static final int MAX_CHUNK_BYTES = 8 * 1024 * 1024;

  public ShipperSettings {
    if (maxChunkBytes < 1 || maxChunkBytes > MAX_CHUNK_BYTES) {
      throw new IllegalArgumentException(
          "maxChunkBytes must be between 1 and " + MAX_CHUNK_BYTES + ": " + maxChunkBytes);
    }
    if (maxChunksInFlight < 1) {
      throw new IllegalArgumentException("maxChunksInFlight must be positive");
    }
    Objects.requireNonNull(pollInterval, "pollInterval");
    Objects.requireNonNull(minBackoff, "minBackoff");
    Objects.requireNonNull(maxBackoff, "maxBackoff");
    Objects.requireNonNull(timeout, "timeout");
  }

  /** 1 MiB chunks, 8 in flight, polls every 200 ms, backoff 200 ms to 10 s, 30 s timeout. */
  public static ShipperSettings defaults() {
    return new ShipperSettings(
        1024 * 1024,
        8,
        Duration.ofMillis(200),
        Duration.ofMillis(200),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        false);
  }

  /** These settings with {@link #deleteAcked()} set as given. */
  public ShipperSettings withDeleteAcked(boolean delete) {
    return new ShipperSettings(
        maxChunkBytes, maxChunksInFlight, pollInterval, minBackoff, maxBackoff, timeout, delete);
  }
}
