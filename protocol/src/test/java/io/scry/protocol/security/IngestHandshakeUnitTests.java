package io.scry.protocol.security;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestHandshakeUnitTests {

  @Test
  void onlyTheAnswerMadeWithTheSecretForThisChallengeVerifies() {
    byte[] challenge = IngestHandshake.challenge();
    byte[] answer = IngestHandshake.answer(challenge, "s3cret");

    assertTrue(IngestHandshake.verify(challenge, answer, "s3cret"));
    assertFalse(
        IngestHandshake.verify(challenge, IngestHandshake.answer(challenge, "other"), "s3cret"));
    assertFalse(
        IngestHandshake.verify(IngestHandshake.challenge(), answer, "s3cret"),
        "an answer recorded on one connection is worth nothing on the next");
    assertFalse(
        IngestHandshake.verify(challenge, IngestHandshake.answer(challenge, null), "s3cret"));
  }

  @Test
  void aChallengeStartsWithTheMagicAndCarriesAFreshNonce() {
    byte[] one = IngestHandshake.challenge();
    byte[] two = IngestHandshake.challenge();
    assertEquals(IngestHandshake.CHALLENGE_BYTES, one.length);
    assertEquals("SCRYAUTH", new String(one, 0, 8, StandardCharsets.US_ASCII));
    assertFalse(java.util.Arrays.equals(one, two));
    assertArrayEquals(new byte[IngestHandshake.ANSWER_BYTES], IngestHandshake.answer(one, null));
  }

  @Test
  void aPeerThatIsNoIngestPortIsNamedAsSuch() {
    byte[] notAChallenge = new byte[IngestHandshake.CHALLENGE_BYTES];
    IllegalArgumentException error =
        assertThrows(
            IllegalArgumentException.class, () -> IngestHandshake.answer(notAChallenge, "s"));
    assertTrue(error.getMessage().contains("not a Scry ingest port"), error.getMessage());
  }

  @Test
  void secretFilesAreWrittenForTheOwnerOnlyAndReadWithoutTheirNewline(@TempDir Path tmp)
      throws Exception {
    Path dir = tmp.resolve("a/b");
    OwnerOnly.createDirectories(dir);
    Path file = dir.resolve("token");
    String secret = Secrets.random();
    Secrets.write(file, secret);

    assertEquals(secret, Secrets.read(file));
    assertEquals(48, secret.length());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    for (Path created : new Path[] {dir, dir.getParent()}) {
      assertEquals(
          "rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(created)));
    }
    Files.writeString(file, " \n");
    assertThrows(java.io.IOException.class, () -> Secrets.read(file));
  }
}
