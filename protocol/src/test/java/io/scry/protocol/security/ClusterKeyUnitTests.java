package io.scry.protocol.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterKeyUnitTests {

  @TempDir Path tmp;

  @Test
  void aWrittenKeyIsItsOwnersAloneAndReadsBackTheSame() throws Exception {
    ClusterKey key = ClusterKey.generate();
    Path file = tmp.resolve("cluster-key");
    key.write(file);

    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    assertFalse(OwnerOnly.readableByOthers(file));
    ClusterKey read = ClusterKey.read(file);
    assertEquals(key.fingerprint(), read.fingerprint());
    assertEquals(key.pem(), read.pem());
    assertEquals("EC", read.privateKey().getAlgorithm());
    assertTrue(key.fingerprint().matches("SHA256:[A-Za-z0-9+/]{43}"), key.fingerprint());
  }

  @Test
  void anExistingFileIsNeverOverwritten() throws Exception {
    Path file = Files.writeString(tmp.resolve("cluster-key"), "the key of a running cluster");
    assertThrows(FileAlreadyExistsException.class, () -> ClusterKey.generate().write(file));
    assertEquals("the key of a running cluster", Files.readString(file));
  }

  @Test
  void aFileTheGroupCanReadIsNoticed() throws Exception {
    Path file = tmp.resolve("cluster-key");
    ClusterKey.generate().write(file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
    assertTrue(OwnerOnly.readableByOthers(file));
  }

  @Test
  void everyKeyIsNew() {
    assertNotEquals(ClusterKey.generate().fingerprint(), ClusterKey.generate().fingerprint());
  }

  @Test
  void whatIsNotAKeyIsRefusedByName() {
    IOException empty = assertThrows(IOException.class, () -> ClusterKey.parse("x", "FILE"));
    assertTrue(empty.getMessage().startsWith("FILE is not a cluster key"), empty.getMessage());

    String key = ClusterKey.generate().pem();
    String other = ClusterKey.generate().pem();
    String mixed =
        key.substring(0, key.indexOf("-----BEGIN CERTIFICATE"))
            + other.substring(other.indexOf("-----BEGIN CERTIFICATE"));
    IOException mismatch = assertThrows(IOException.class, () -> ClusterKey.parse(mixed, "FILE"));
    assertTrue(
        mismatch.getMessage().contains("does not match its certificate"), mismatch.getMessage());
  }

  @Test
  void theKeyNeverShowsInItsString() {
    ClusterKey key = ClusterKey.generate();
    assertEquals("ClusterKey[" + key.fingerprint() + "]", key.toString());
  }
}
