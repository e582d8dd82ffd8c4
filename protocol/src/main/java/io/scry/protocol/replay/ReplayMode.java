package io.scry.protocol.replay;

import java.util.Locale;
import java.util.Optional;

/**
 * How a replay paces statements: the one Java type for the mode, used by the coordinator and the
 * workers alike. Text and wire forms are converted here only: {@link #label()} and {@link
 * #parse(String)} for JSON, YAML and the command line ({@code "timed"}, {@code "stress"}), {@link
 * #toProto()} and {@link #fromProto} for the cluster messages.
 */
public enum ReplayMode {
  /** Each statement starts at {@code t0 + (capturedStart - captureStart) / speed}. */
  TIMED(io.scry.protocol.v1.ReplayMode.REPLAY_MODE_TIMED),
  /** No think time: each session runs its next statement as soon as the previous one completed. */
  STRESS(io.scry.protocol.v1.ReplayMode.REPLAY_MODE_STRESS);

  private final io.scry.protocol.v1.ReplayMode proto;

  ReplayMode(io.scry.protocol.v1.ReplayMode proto) {
    this.proto = proto;
  }

  /** The name in configuration, JSON requests and reports: {@code timed} or {@code stress}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a {@link #label()} in any case, surrounding blanks ignored; empty for anything else. */
  public static Optional<ReplayMode> parse(String label) {
    if (label != null) {
      for (ReplayMode mode : values()) {
        if (mode.label().equalsIgnoreCase(label.trim())) {
          return Optional.of(mode);
        }
      }
    }
    return Optional.empty();
  }

  public io.scry.protocol.v1.ReplayMode toProto() {
    return proto;
  }

  /** The mode of a cluster message; an unset mode (the protobuf default) is {@link #TIMED}. */
  public static ReplayMode fromProto(io.scry.protocol.v1.ReplayMode mode) {
    return mode == io.scry.protocol.v1.ReplayMode.REPLAY_MODE_STRESS ? STRESS : TIMED;
  }
}
