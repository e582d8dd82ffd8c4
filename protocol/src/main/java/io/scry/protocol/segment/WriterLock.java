package io.scry.protocol.segment;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.Set;

/**
 * Keeps a second writer of the same proxy out of a directory: it would take the first writer's
 * active segment for a crash leftover and seal it underneath it. The lock file {@code
 * .<proxyId>.lock} stays behind (deleting it would race with the next writer); the operating system
 * releases the lock when the process dies, so a crash never blocks a restart.
 */
final class WriterLock implements Closeable {

  private final FileChannel channel;

  private WriterLock(FileChannel channel) {
    this.channel = channel;
  }

  static WriterLock acquire(Path dir, String proxyId, FileAttribute<?>... attributes)
      throws IOException {
    Path file = dir.resolve("." + proxyId + ".lock");
    FileChannel channel =
        FileChannel.open(
            file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE), attributes);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException heldInThisProcess) {
      lock = null;
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw new IOException(
          "another segment writer for proxy " + proxyId + " is using " + dir + " (" + file + ")");
    }
    return new WriterLock(channel);
  }

  /** Releases the lock (closing the channel releases it). */
  @Override
  public void close() throws IOException {
    channel.close();
  }
}
