package io.scry.coordinator.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.ingest.IngestProtocol;
import io.scry.protocol.security.IngestHandshake;
import io.scry.protocol.v1.IngestChunk;
import io.scry.protocol.v1.IngestHello;
import io.scry.protocol.v1.IngestMessage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Who the ingest port lets in: only shippers that prove they know the secret, over real sockets.
 */
@Timeout(30)
class IngestAuthenticationUnitTests extends IngestServerFixture {

  IngestAuthenticationUnitTests() {
    super(5);
  }

  @Test
  void aWrongSecretIsRefusedAndWhatFollowsItIsNeverStored() throws IOException {
    startServer("right");
    try (RawIngestClient client = new RawIngestClient(server.address())) {
      // The capture frames travel right behind the answer, as an impatient shipper would send them.
      assertEquals(IngestHandshake.REFUSED, client.answerChallenge("wrong", helloAndChunk()));
      assertTrue(client.closedByServer());
    }
    assertTrue(store.info("cap").isEmpty(), "nothing stored");
  }

  @Test
  void aPeerThatSkipsTheHandshakeIsRefusedBeforeItsFramesAreRead() throws IOException {
    startServer("right");
    try (RawIngestClient client = new RawIngestClient(server.address())) {
      // A shipper of the unauthenticated protocol: its first bytes are a length prefix and a Hello.
      client.sendRaw(helloAndChunk());
      assertTrue(client.closedByServer());
    }
    assertTrue(store.info("cap").isEmpty(), "nothing stored");
  }

  @Test
  void theRightSecretLetsTheConversationThroughEvenWhenItFollowsTheAnswerAtOnce()
      throws IOException {
    startServer("right");
    try (RawIngestClient client = new RawIngestClient(server.address())) {
      assertEquals(IngestHandshake.ACCEPTED, client.answerChallenge("right", helloAndChunk()));
      assertTrue(client.receive().hasResume());
      assertEquals(segment.length, client.receive().getAck().getDurableOffset());
    }
    assertEquals(5, store.info("cap").orElseThrow().events());
  }

  @Test
  void anInsecureServerAcceptsAShipperWithoutSecret() throws IOException {
    startServer(null);
    try (RawIngestClient client = RawIngestClient.authenticated(server.address(), null, spool)) {
      assertEquals(0, client.hello(PROXY, "cap", SEGMENT).getResume().getSegmentsCount());
    }
  }

  private byte[] helloAndChunk() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    for (IngestMessage message :
        new IngestMessage[] {
          IngestMessage.newBuilder()
              .setHello(
                  IngestHello.newBuilder()
                      .setProtocolVersion(IngestProtocol.VERSION)
                      .setProxyId(PROXY)
                      .setCaptureName("cap")
                      .setSpoolId(spool.text()))
              .build(),
          IngestMessage.newBuilder()
              .setChunk(
                  IngestChunk.newBuilder()
                      .setSegment(SEGMENT)
                      .setData(com.google.protobuf.ByteString.copyFrom(segment))
                      .setSealed(true)
                      .setSpoolId(spool.text()))
              .build()
        }) {
      out.writeInt(message.getSerializedSize());
      message.writeTo(out);
    }
    return bytes.toByteArray();
  }
}
