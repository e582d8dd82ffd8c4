package io.scry.coordinator.store;

import io.scry.protocol.security.OwnerOnly;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * File-system steps that must survive a crash: a created or renamed file only exists for sure once
 * its directory has been fsynced, not just the file. Captured SQL and parameter values are
 * production data: the store's directories are created 0700 and its files 0600, whatever the umask.
 */
final class DurableFiles {

  private DurableFiles() {}

  /** Creates {@code dir} and any missing parents, fsyncing each parent that gained an entry. */
  static void createDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    createDirectories(dir.toAbsolutePath().getParent());
    Files.createDirectories(dir, OwnerOnly.directory(dir.toAbsolutePath().getParent()));
    fsyncDirectory(dir.toAbsolutePath().getParent());
  }

  /** Renames {@code from} to {@code to} atomically and makes the rename durable. */
  static void rename(Path from, Path to) throws IOException {
    Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    fsyncDirectory(to.toAbsolutePath().getParent());
  }

  /** Makes the entries of {@code dir} (created, renamed, deleted files) durable. */
  static void fsyncDirectory(Path dir) throws IOException {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    }
  }
}
