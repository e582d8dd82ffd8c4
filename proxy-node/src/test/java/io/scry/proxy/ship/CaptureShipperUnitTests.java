package io.scry.proxy.ship;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The shipper against coordinators that misbehave at the TCP level. */
@Timeout(30)
class CaptureShipperUnitTests {

  private static final ShipperSettings QUICK =
      new ShipperSettings(
          4096,
          2,
          Duration.ofMillis(20),
          Duration.ofMillis(20),
          Duration.ofMillis(100),
          Duration.ofMillis(300),
          false);

  @TempDir Path captureDir;

  @Test
  void givesUpOnACoordinatorThatNeverAnswersAndReconnects() throws Exception {
    CountDownLatch connections = new CountDownLatch(3);
    try (ServerSocket silent = new ServerSocket(0, 10, InetAddress.getLoopbackAddress())) {
      Thread acceptor =
          new Thread(
              () -> {
                while (!silent.isClosed()) {
                  try {
                    Socket socket = silent.accept();
                    connections.countDown();
                    drainQuietly(socket); // sends no challenge, answers nothing
                  } catch (IOException closed) {
                    return;
                  }
                }
              });
      acceptor.setDaemon(true);
      acceptor.start();
      InetSocketAddress address = new InetSocketAddress("127.0.0.1", silent.getLocalPort());
      try (CaptureShipper shipper =
          CaptureShipper.start(captureDir, "p1", "cap", address, "secret", QUICK)) {
        assertTrue(
            connections.await(20, TimeUnit.SECONDS),
            "the shipper dropped the silent connection and tried again");
        assertFalse(shipper.awaitShipped(Duration.ofMillis(50)), "nothing was acknowledged");
      }
    }
  }

  @Test
  void closeReturnsPromptlyWhileTheCoordinatorIsUnreachable() throws Exception {
    InetSocketAddress nobody;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      nobody = new InetSocketAddress("127.0.0.1", socket.getLocalPort());
    }
    CaptureShipper shipper =
        CaptureShipper.start(
            captureDir,
            "p1",
            "cap",
            nobody,
            "secret",
            new ShipperSettings(
                4096,
                2,
                Duration.ofMillis(20),
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                Duration.ofSeconds(5),
                false));
    Thread.sleep(200); // first attempt failed, now in a long backoff
    long start = System.nanoTime();
    shipper.close();
    assertTrue(
        System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "close interrupts the wait");
  }

  private static void drainQuietly(Socket socket) {
    Thread reader =
        new Thread(
            () -> {
              try (socket;
                  InputStream in = socket.getInputStream()) {
                in.transferTo(OutputStream.nullOutputStream());
              } catch (IOException ignored) {
                // the shipper hung up
              }
            });
    reader.setDaemon(true);
    reader.start();
  }
}
