package io.scry.protocol.security;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Permissions for files that hold production data or secrets (captures, the store, tokens): 0600
 * files and 0700 directories whatever the umask, on file systems that know POSIX permissions.
 */
public final class OwnerOnly {

  private OwnerOnly() {}

  /**
   * Whether the group or others may read {@code file}: a secret should be its owner's alone, as
   * libpq wants of {@code ~/.pgpass}. False where the file system has no POSIX permissions.
   */
  public static boolean readableByOthers(Path file) throws IOException {
    if (!file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      return false;
    }
    Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
    return permissions.contains(PosixFilePermission.GROUP_READ)
        || permissions.contains(PosixFilePermission.OTHERS_READ);
  }

  /** Attributes that create a file under {@code dir} readable and writable by its owner only. */
  public static FileAttribute<?>[] file(Path dir) {
    return attributes(dir, "rw-------");
  }

  /** Attributes that create a directory under {@code dir} its owner alone may enter. */
  public static FileAttribute<?>[] directory(Path dir) {
    return attributes(dir, "rwx------");
  }

  /**
   * Creates {@code dir} and its missing parents, each 0700; a directory that already exists is left
   * as it is (it may be shared on purpose).
   */
  public static void createDirectories(Path dir) throws IOException {
    Path absolute = dir.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      return;
    }
    try {
      Files.createDirectories(absolute, directory(absolute.getParent()));
    } catch (FileAlreadyExistsException raced) {
      // another writer created it meanwhile; fine if it is a directory
      if (!Files.isDirectory(absolute)) {
        throw raced;
      }
    }
  }

  private static FileAttribute<?>[] attributes(Path near, String permissions) {
    boolean posix = near.getFileSystem().supportedFileAttributeViews().contains("posix");
    return posix
        ? new FileAttribute<?>[] {
          PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))
        }
        : new FileAttribute<?>[0];
  }
}
