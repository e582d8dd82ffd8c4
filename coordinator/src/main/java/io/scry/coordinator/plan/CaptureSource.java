package io.scry.coordinator.plan;

import io.scry.protocol.v1.CaptureEvent;
import org.apache.pekko.NotUsed;
import org.apache.pekko.stream.javadsl.Source;

/** A capture to replay, read as a stream: every call is a fresh read from the start. */
@FunctionalInterface
public interface CaptureSource {

  /** All events of the capture, ordered by start time, read lazily with back-pressure. */
  Source<CaptureEvent, NotUsed> events();
}
