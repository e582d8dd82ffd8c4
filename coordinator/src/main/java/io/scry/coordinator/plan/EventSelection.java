package io.scry.coordinator.plan;

import io.scry.protocol.replay.SessionKey;
import io.scry.protocol.v1.CaptureEvent;
import java.nio.charset.StandardCharsets;

/**
 * Which captured statements a job replays: those starting in {@code [fromNanos, toNanos)} in the
 * sessions that fall into the sample. Sampling is by whole sessions through a stable hash of the
 * session key, so the same sessions are picked on every run, round and worker.
 */
public record EventSelection(long fromNanos, long toNanos, double samplePct) {

  private static final int BUCKETS = 10_000;

  public static EventSelection all() {
    return new EventSelection(Long.MIN_VALUE, Long.MAX_VALUE, 100);
  }

  public boolean sampled(SessionKey session) {
    return samplePct >= 100 || bucket(session) < samplePct * (BUCKETS / 100.0);
  }

  /** A statement this selection replays. */
  public boolean selects(CaptureEvent event) {
    return event.hasStatement() && inWindow(event) && sampled(SessionKey.of(event));
  }

  /** Whether a shard holding the event's session streams it: statements only in the window. */
  public boolean streams(CaptureEvent event) {
    return !event.hasStatement() || inWindow(event);
  }

  private boolean inWindow(CaptureEvent event) {
    long start = event.getStartUnixNanos();
    return start >= fromNanos && start < toNanos;
  }

  /** FNV-1a over the proxy id and session id: stable across JVMs and releases. */
  static int bucket(SessionKey session) {
    long hash = 0xcbf29ce484222325L;
    for (byte b : session.proxyId().getBytes(StandardCharsets.UTF_8)) {
      hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
    }
    for (int shift = 0; shift < 64; shift += 8) {
      hash = (hash ^ ((session.sessionId() >>> shift) & 0xff)) * 0x100000001b3L;
    }
    return (int) Long.remainderUnsigned(hash, BUCKETS);
  }
}
