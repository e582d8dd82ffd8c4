package io.scry.protocol.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.Test;

/**
 * Handshakes between engines in memory, as Artery's TLS stage drives them: the cluster key lets its
 * holders in and no one else, in either direction.
 */
class ClusterTlsUnitTests {

  private final ClusterKey key = ClusterKey.generate();
  private final List<String> serverLog = new CopyOnWriteArrayList<>();
  private final List<String> clientLog = new CopyOnWriteArrayList<>();
  private final ClusterTls server = ClusterTls.of(key, serverLog::add);

  @Test
  void nodesWithTheSameKeyHandshakeOverTls13AndVerifyEachOther() throws Exception {
    ClusterTls client = ClusterTls.of(key, clientLog::add);
    SSLEngine serverEngine = server.serverEngine("127.0.0.1", 25520);
    SSLEngine clientEngine = client.clientEngine("127.0.0.1", 25520);

    handshake(clientEngine, serverEngine);

    assertEquals("TLSv1.3", clientEngine.getSession().getProtocol());
    assertTrue(server.verify(serverEngine.getSession()).isEmpty());
    assertTrue(client.verify(clientEngine.getSession()).isEmpty());
    assertTrue(serverLog.isEmpty() && clientLog.isEmpty(), serverLog + " " + clientLog);
  }

  @Test
  void aNodeWithAnotherKeyIsRefusedAndTheRefusalIsLogged() {
    ClusterTls stranger = ClusterTls.of(ClusterKey.generate(), clientLog::add);

    assertThrows(
        SSLException.class,
        () ->
            handshake(
                stranger.clientEngine("127.0.0.1", 25520),
                server.serverEngine("127.0.0.1", 25520)));

    // The client refuses the server's certificate first; either way neither side trusts the other.
    assertEquals(1, clientLog.size(), clientLog.toString());
    assertTrue(
        clientLog.get(0).startsWith("connecting to cluster node 127.0.0.1:25520 failed its TLS"),
        clientLog.get(0));
    assertTrue(clientLog.get(0).contains("is not this cluster's key"), clientLog.get(0));
  }

  @Test
  void theServerRefusesAClientWithAnotherKey() throws Exception {
    ClusterTls stranger = ClusterTls.of(ClusterKey.generate(), clientLog::add);
    SSLEngine client = stranger.clientEngine("127.0.0.1", 25520);
    SSLEngine serverEngine = server.serverEngine("127.0.0.1", 25520);
    // A client that trusts any server, as a rogue one would: the server still refuses it.
    assertThrows(SSLException.class, () -> handshake(trustingEverything(client), serverEngine));
    assertEquals(1, serverLog.size(), serverLog.toString());
    assertTrue(serverLog.get(0).contains("is not this cluster's key"), serverLog.get(0));
  }

  @Test
  void plainTcpIsRefusedAndLogged() {
    SSLEngine serverEngine = server.serverEngine("127.0.0.1", 25520);
    ByteBuffer plain =
        ByteBuffer.wrap(
            "\u0000\u0000\u0000\u0010AKKA plain artery".getBytes(StandardCharsets.UTF_8));
    assertThrows(
        SSLException.class,
        () ->
            serverEngine.unwrap(
                plain, ByteBuffer.allocate(serverEngine.getSession().getApplicationBufferSize())));
    assertEquals(1, serverLog.size(), serverLog.toString());
    assertTrue(
        serverLog.get(0).startsWith("an inbound cluster connection failed its TLS handshake"),
        serverLog.get(0));
    assertTrue(serverLog.get(0).endsWith(key.fingerprint()), serverLog.get(0));
  }

  @Test
  void repeatedFailuresAreReportedOnceInAWhile() {
    for (int i = 0; i < 5; i++) {
      SSLEngine serverEngine = server.serverEngine("127.0.0.1", 25520);
      assertThrows(
          SSLException.class,
          () ->
              serverEngine.unwrap(
                  ByteBuffer.wrap(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}),
                  ByteBuffer.allocate(serverEngine.getSession().getApplicationBufferSize())));
    }
    assertEquals(1, serverLog.size(), serverLog.toString());
  }

  /** {@code engine} with a trust manager that accepts any server: what a rogue client would do. */
  private static SSLEngine trustingEverything(SSLEngine engine) throws Exception {
    javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLSv1.3");
    ClusterKey own = ClusterKey.generate();
    javax.net.ssl.KeyManagerFactory keys =
        javax.net.ssl.KeyManagerFactory.getInstance(
            javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
    java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
    store.load(null, null);
    store.setKeyEntry(
        "k",
        own.privateKey(),
        "p".toCharArray(),
        new java.security.cert.Certificate[] {own.certificate()});
    keys.init(store, "p".toCharArray());
    context.init(
        keys.getKeyManagers(),
        new javax.net.ssl.TrustManager[] {
          new javax.net.ssl.X509TrustManager() {
            @Override
            public void checkClientTrusted(
                java.security.cert.X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(
                java.security.cert.X509Certificate[] chain, String authType) {}

            @Override
            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
              return new java.security.cert.X509Certificate[0];
            }
          }
        },
        null);
    SSLEngine rogue = context.createSSLEngine(engine.getPeerHost(), engine.getPeerPort());
    rogue.setUseClientMode(true);
    return rogue;
  }

  /** Runs the handshake of two engines to its end, or to the first failure. */
  static void handshake(SSLEngine client, SSLEngine server) throws SSLException {
    int packet = Math.max(client.getSession().getPacketBufferSize(), 1 << 15);
    ByteBuffer toServer = ByteBuffer.allocate(packet);
    ByteBuffer toClient = ByteBuffer.allocate(packet);
    ByteBuffer clientApp = ByteBuffer.allocate(packet);
    ByteBuffer serverApp = ByteBuffer.allocate(packet);
    ByteBuffer empty = ByteBuffer.allocate(0);
    client.beginHandshake();
    server.beginHandshake();
    for (int round = 0; round < 100; round++) {
      boolean clientDone = done(client);
      boolean serverDone = done(server);
      if (clientDone && serverDone) {
        // One application record each way, so that a late refusal (TLS 1.3 checks the client's
        // certificate after the client has finished) surfaces here.
        client.wrap(ByteBuffer.wrap(new byte[] {1}), toServer);
        server.wrap(ByteBuffer.wrap(new byte[] {2}), toClient);
        drain(server, toServer, serverApp);
        drain(client, toClient, clientApp);
        if (serverApp.position() == 1 && clientApp.position() == 1) {
          return;
        }
        throw new SSLException("no application data crossed");
      }
      step(client, empty, toServer, toClient, clientApp);
      step(server, empty, toClient, toServer, serverApp);
    }
    throw new SSLException("the handshake did not end");
  }

  /** Unwraps every record in {@code in}: session tickets, then the data. */
  private static void drain(SSLEngine engine, ByteBuffer in, ByteBuffer app) throws SSLException {
    in.flip();
    while (in.hasRemaining()) {
      if (engine.unwrap(in, app).bytesConsumed() == 0) {
        break;
      }
    }
    in.compact();
  }

  private static boolean done(SSLEngine engine) {
    HandshakeStatus status = engine.getHandshakeStatus();
    return status == HandshakeStatus.NOT_HANDSHAKING || status == HandshakeStatus.FINISHED;
  }

  private static void step(
      SSLEngine engine, ByteBuffer empty, ByteBuffer out, ByteBuffer in, ByteBuffer app)
      throws SSLException {
    switch (engine.getHandshakeStatus()) {
      case NEED_WRAP -> engine.wrap(empty, out);
      case NEED_UNWRAP, NEED_UNWRAP_AGAIN -> {
        in.flip();
        engine.unwrap(in, app);
        in.compact();
      }
      case NEED_TASK -> {
        Runnable task;
        while ((task = engine.getDelegatedTask()) != null) {
          task.run();
        }
      }
      default -> {}
    }
  }
}
