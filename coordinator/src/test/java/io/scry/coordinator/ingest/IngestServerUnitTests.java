package io.scry.coordinator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.segment.LegacySegments;
import io.scry.protocol.segment.SegmentWriter;
import io.scry.protocol.segment.SpoolId;
import io.scry.protocol.segment.SpoolIdFile;
import io.scry.protocol.v1.IngestHello;
import io.scry.protocol.v1.IngestMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The ingest server's answers to well-formed and bad conversations. */
@Timeout(30)
class IngestServerUnitTests extends IngestServerFixture {

  static final String SECRET = "ingest-secret";

  IngestServerUnitTests() {
    super(20);
  }

  @BeforeEach
  void startServerWithTheSecret() throws IOException {
    startServer(SECRET);
  }

  private RawIngestClient connect() throws IOException {
    return RawIngestClient.authenticated(server.address(), SECRET, spool).offering(segment);
  }

  @Test
  void acknowledgesOnlyWhatIsDurableAndSkipsDuplicates() throws IOException {
    try (RawIngestClient client = connect()) {
      assertEquals(0, client.hello(PROXY, "cap", SEGMENT).getResume().getSegmentsCount());
      IngestMessage first = client.chunk(SEGMENT, 0, segment, false);
      assertEquals(segment.length, first.getAck().getDurableOffset());
      assertFalse(first.getAck().getSealed());

      IngestMessage again = client.chunk(SEGMENT, 0, segment, false);
      assertEquals(segment.length, again.getAck().getDurableOffset(), "duplicate acknowledged");
      IngestMessage seal = client.chunk(SEGMENT, segment.length, new byte[0], true);
      assertTrue(seal.getAck().getSealed());
    }
    Path copy = tmp.resolve("store/cap/p1/" + spool + "/" + SEGMENT + ".seg");
    assertEquals(-1L, Files.mismatch(copy, tmp.resolve("proxy/" + SEGMENT + ".seg")));
    assertEquals(20, store.info("cap").orElseThrow().events());
  }

  @Test
  void aSecondLiveSpoolOfTheSameProxyIdIsRefusedUntilTheFirstHasGone() throws Exception {
    SpoolId other = SpoolId.random();
    try (RawIngestClient first = connect();
        RawIngestClient again = connect()) {
      assertTrue(first.hello(PROXY, "cap", SEGMENT).hasResume());
      assertTrue(again.hello(PROXY, "cap").hasResume(), "the same spool may reconnect");
      try (RawIngestClient second =
          RawIngestClient.authenticated(server.address(), SECRET, other)) {
        String refusal = second.hello(PROXY, "cap").getError().getMessage();
        assertTrue(
            refusal.startsWith(
                "proxy id p1 is already shipping capture cap from spool "
                    + spool
                    + " at /127.0.0.1:"),
            refusal);
        assertTrue(refusal.endsWith("; give each proxy its own --proxy-id"), refusal);
        assertNull(second.receive(), "connection closed after the refusal");
      }
      try (RawIngestClient elsewhere =
          RawIngestClient.authenticated(server.address(), SECRET, other)) {
        assertTrue(elsewhere.hello(PROXY, "other-capture").hasResume(), "another capture is free");
      }
    }
    TestCaptures.await(
        "the other spool accepted once the first one's connections closed",
        Duration.ofSeconds(10),
        () -> {
          try (RawIngestClient second =
              RawIngestClient.authenticated(server.address(), SECRET, other)) {
            return second.hello(PROXY, "cap").hasResume();
          } catch (IOException e) {
            return false;
          }
        });
  }

  @Test
  void anotherSegmentWithTheSameSpoolAndNameIsRefusedAndTheStoresCopyKept() throws Exception {
    try (RawIngestClient client = connect()) {
      client.hello(PROXY, "cap", SEGMENT);
      assertTrue(client.chunk(SEGMENT, 0, segment, true).getAck().getSealed());
    }
    // The directory restored from a backup taken before segment 1 was written: the proxy writes
    // its own segment 1, under the same spool id, with other events.
    Path restored = tmp.resolve("restored");
    Files.createDirectories(restored);
    Files.copy(
        tmp.resolve("proxy/" + SpoolIdFile.FILE_NAME), restored.resolve(SpoolIdFile.FILE_NAME));
    byte[] other = TestCaptures.oneSealedSegment(restored, PROXY, 5);
    try (RawIngestClient client =
        RawIngestClient.authenticated(server.address(), SECRET, spool).offering(other)) {
      String refusal = client.hello(PROXY, "cap", SEGMENT).getError().getMessage();
      assertTrue(
          refusal.startsWith(
              "segment " + SEGMENT + " of spool " + spool + " is not the segment the store holds"),
          refusal);
    }
    assertEquals(20, store.info("cap").orElseThrow().events(), "the store's copy is untouched");
  }

  @Test
  void aSpoollessShipperStillShipsLegacySegmentsIntoTheProxysDirectory() throws IOException {
    Path legacyDir = tmp.resolve("legacy-proxy");
    try (SegmentWriter writer =
        LegacySegments.openWriter(legacyDir, PROXY, TestCaptures.ONE_SEGMENT)) {
      TestCaptures.write(writer, PROXY, 0, 20);
    }
    byte[] legacy = Files.readAllBytes(legacyDir.resolve(SEGMENT + ".seg"));
    try (RawIngestClient client = RawIngestClient.spoolless(server.address(), SECRET)) {
      assertEquals(0, client.hello(PROXY, "cap", SEGMENT).getResume().getSegmentsCount());
      assertTrue(client.chunk(SEGMENT, 0, legacy, true).getAck().getSealed());
    }
    // A current shipper's segment 1 from a spool is a different segment, stored beside it.
    try (RawIngestClient client = connect()) {
      assertEquals(0, client.hello(PROXY, "cap", SEGMENT).getResume().getSegmentsCount());
      assertTrue(client.chunk(SEGMENT, 0, segment, true).getAck().getSealed());
    }
    try (RawIngestClient client = RawIngestClient.spoolless(server.address(), SECRET)) {
      IngestMessage resume = client.hello(PROXY, "cap", SEGMENT);
      assertEquals(legacy.length, resume.getResume().getSegments(0).getSize());
      assertEquals("", resume.getResume().getSegments(0).getSpoolId(), "no spool ids in v2");
    }
    assertEquals(
        -1L,
        Files.mismatch(
            tmp.resolve("store/cap/p1/" + SEGMENT + ".seg"), legacyDir.resolve(SEGMENT + ".seg")));
    assertEquals(40, store.info("cap").orElseThrow().events());
    assertEquals(40, TestCaptures.storeEvents(store, "cap").size());
  }

  @Test
  void aChunkWhoseHeaderNamesAnotherSpoolIsRejected() throws IOException {
    try (RawIngestClient client =
        RawIngestClient.authenticated(server.address(), SECRET, SpoolId.random())) {
      client.hello(PROXY, "cap");
      String message = client.chunk(SEGMENT, 0, segment, true).getError().getMessage();
      assertTrue(message.contains("segment header names spool " + spool), message);
    }
    try (RawIngestClient client = RawIngestClient.spoolless(server.address(), SECRET)) {
      client.hello(PROXY, "cap");
      String message = client.chunk(SEGMENT, 0, segment, true).getError().getMessage();
      assertTrue(message.contains("the chunk spool legacy"), message);
    }
    assertTrue(store.list().isEmpty());
  }

  @Test
  void anUnknownProtocolVersionIsRefusedNamingTheVersionsSpoken() throws IOException {
    try (RawIngestClient client = connect()) {
      client.send(
          IngestMessage.newBuilder()
              .setHello(
                  IngestHello.newBuilder()
                      .setProtocolVersion(4)
                      .setProxyId(PROXY)
                      .setCaptureName("cap"))
              .build());
      assertEquals(
          "unsupported ingest protocol version 4 (this coordinator speaks 3 and 2)",
          client.receive().getError().getMessage());
    }
  }

  @Test
  void resumeReportsTheDurableOffsets() throws IOException {
    int half = segment.length / 2;
    try (RawIngestClient client = connect()) {
      client.hello(PROXY, "cap");
      // A prefix that ends inside a frame is no chunk of whole frames.
      IngestMessage torn = client.chunk(SEGMENT, 0, Arrays.copyOf(segment, half), false);
      assertTrue(torn.getError().getMessage().contains("TORN_TAIL"), torn.toString());
    }
    try (RawIngestClient client = connect()) {
      client.hello(PROXY, "cap");
      client.chunk(SEGMENT, 0, segment, false);
    }
    try (RawIngestClient client = connect()) {
      assertEquals(0, client.hello(PROXY, "cap").getResume().getSegmentsCount(), "not offered");
    }
    try (RawIngestClient client = connect()) {
      IngestMessage resume = client.hello(PROXY, "cap", SEGMENT);
      assertEquals(SEGMENT, resume.getResume().getSegments(0).getName());
      assertEquals(segment.length, resume.getResume().getSegments(0).getSize());
    }
  }

  @Test
  void rejectsAGapWithTheOffsetToResumeFrom() throws IOException {
    try (RawIngestClient client = connect()) {
      client.hello(PROXY, "cap");
      IngestMessage answer = client.chunk(SEGMENT, 100, new byte[] {1, 2, 3}, false);
      assertTrue(answer.getError().getMessage().startsWith("gap"), answer.toString());
      assertEquals(0, answer.getError().getDurableOffset());
      assertNull(client.receive(), "connection closed after the error");
    }
  }

  @Test
  void rejectsACorruptFrameAndWritesNothing() throws IOException {
    byte[] corrupt = segment.clone();
    corrupt[corrupt.length - 3] ^= 0x40; // inside the payload of the last frame
    try (RawIngestClient client = connect()) {
      client.hello(PROXY, "cap");
      IngestMessage answer = client.chunk(SEGMENT, 0, corrupt, true);
      String message = answer.getError().getMessage();
      assertTrue(message.contains("CORRUPT") && message.contains(SEGMENT), message);
      assertTrue(message.contains("CRC32C"), message);
      assertNull(client.receive(), "connection closed after the error");
    }
    assertTrue(store.info("cap").isEmpty(), "nothing of the chunk was kept");
    try (RawIngestClient client = connect()) {
      assertEquals(0, client.hello(PROXY, "cap", SEGMENT).getResume().getSegmentsCount());
      assertEquals(
          segment.length, client.chunk(SEGMENT, 0, segment, true).getAck().getDurableOffset());
    }
  }

  @Test
  void rejectsInvalidCaptureNamesAndSegmentsOfOtherProxies() throws IOException {
    for (String name : new String[] {"../escape", "a/b", "", "..", "x".repeat(65)}) {
      try (RawIngestClient client = connect()) {
        IngestMessage answer = client.hello(PROXY, name);
        assertTrue(
            answer.getError().getMessage().contains("invalid capture name"), answer.toString());
        assertNull(client.receive());
      }
    }
    try (RawIngestClient client = connect()) {
      client.hello(PROXY, "cap");
      IngestMessage answer = client.chunk("other-00000000000000000001", 0, segment, false);
      assertTrue(answer.getError().getMessage().contains("not a segment name"), answer.toString());
    }
    assertFalse(Files.exists(tmp.resolve("escape")));
    assertTrue(store.list().isEmpty());
  }
}
