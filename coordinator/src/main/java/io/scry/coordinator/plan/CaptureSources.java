package io.scry.coordinator.plan;

import io.scry.coordinator.store.CaptureStore;
import io.scry.protocol.segment.CaptureDirectory;
import io.scry.protocol.v1.CaptureEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pekko.NotUsed;
import org.apache.pekko.stream.javadsl.Source;

/**
 * Resolves a job's capture selection: a directory of segment files when the text names an existing
 * directory, otherwise a capture name in the coordinator's capture store.
 */
public final class CaptureSources {

  private final CaptureStore store;

  public CaptureSources(CaptureStore store) {
    this.store = store;
  }

  /**
   * @throws IllegalArgumentException naming the capture when it is neither
   */
  public CaptureSource resolve(String capture) {
    Optional<Path> dir = asDirectory(capture);
    if (dir.isPresent()) {
      return directory(dir.get());
    }
    if (!isStored(capture)) {
      throw new IllegalArgumentException(
          "'" + capture + "' is neither a capture in the store nor a directory");
    }
    return () -> events(() -> store.open(capture));
  }

  /** Every segment file under {@code dir}, merged by start time (see {@link CaptureDirectory}). */
  public static CaptureSource directory(Path dir) {
    return () -> events(() -> CaptureDirectory.open(dir));
  }

  private boolean isStored(String capture) {
    try {
      return store.info(capture).isPresent();
    } catch (IllegalArgumentException e) {
      return false; // not a valid capture name
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the capture store", e);
    }
  }

  private interface Opener {
    CaptureDirectory open() throws IOException;
  }

  /** Reads lazily on Pekko's blocking-IO dispatcher and closes the files when the stream ends. */
  private static Source<CaptureEvent, NotUsed> events(Opener opener) {
    return Source.unfoldResource(
        opener::open, directory -> Optional.ofNullable(directory.next()), CaptureDirectory::close);
  }

  private static Optional<Path> asDirectory(String capture) {
    try {
      Path path = Path.of(capture);
      return Files.isDirectory(path) ? Optional.of(path) : Optional.empty();
    } catch (InvalidPathException e) {
      return Optional.empty();
    }
  }
}
