package io.scry.proxy.ship;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ships a proxy's capture segments to the coordinator's ingest port: tails the sealed and active
 * segment files of one proxy id in a capture directory, sends their whole frames in order, and
 * moves on only as the coordinator acknowledges them as durable.
 *
 * <pre>{@code
 * CaptureShipper shipper =
 *     CaptureShipper.start(
 *         captureDir, "proxy-1", "orders-prod", new InetSocketAddress(host, 7070), ingestSecret);
 * ...
 * shipper.close();
 * }</pre>
 *
 * <p>Runs on a thread of its own and never blocks the proxy. When the coordinator is unreachable or
 * the connection breaks, the shipper reconnects with exponential backoff and resumes from the
 * offsets the coordinator reports, while the proxy keeps capturing to local segments. Nothing is
 * lost or duplicated across reconnects (see {@code docs/INGEST.md}).
 */
public final class CaptureShipper implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(CaptureShipper.class);

  private final Path captureDir;
  private final String proxyId;
  private final String captureName;
  private final InetSocketAddress coordinator;
  private final String secret;
  private final ShipperSettings settings;
  private final Thread thread;
  private volatile boolean closed;
  private volatile IngestConnection connection;
  private volatile ShippingSession currentSession;

  private CaptureShipper(
      Path captureDir,
      String proxyId,
      String captureName,
      InetSocketAddress coordinator,
      String secret,
      ShipperSettings settings) {
    this.captureDir = captureDir;
    this.proxyId = proxyId;
    this.captureName = captureName;
    this.coordinator = coordinator;
    this.secret = secret;
    this.settings = settings;
    this.thread = new Thread(this::shipUntilClosed, "scry-shipper-" + proxyId);
    this.thread.setDaemon(true);
  }

  /** Starts shipping with {@link ShipperSettings#defaults()}. */
  public static CaptureShipper start(
      Path captureDir,
      String proxyId,
      String captureName,
      InetSocketAddress coordinator,
      String secret) {
    return start(captureDir, proxyId, captureName, coordinator, secret, ShipperSettings.defaults());
  }

  /**
   * Starts shipping the segments of {@code proxyId} in {@code captureDir} to {@code coordinator},
   * filed there under {@code captureName}. Returns at once; the directory may not exist yet.
   *
   * @param secret the ingest secret the coordinator requires, or null for none (an insecure
   *     coordinator)
   */
  public static CaptureShipper start(
      Path captureDir,
      String proxyId,
      String captureName,
      InetSocketAddress coordinator,
      String secret,
      ShipperSettings settings) {
    CaptureShipper shipper =
        new CaptureShipper(
            Objects.requireNonNull(captureDir, "captureDir"),
            Objects.requireNonNull(proxyId, "proxyId"),
            Objects.requireNonNull(captureName, "captureName"),
            Objects.requireNonNull(coordinator, "coordinator"),
            secret,
            Objects.requireNonNull(settings, "settings"));
    shipper.thread.start();
    return shipper;
  }

  /**
   * Waits until the coordinator holds every segment in the capture directory completely, all of
   * them sealed: call it after the proxy's segment writer has closed, to ship the last events
   * before stopping.
   *
   * @return true if shipping caught up within {@code timeout}
   */
  public boolean awaitShipped(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      ShippingSession current = currentSession;
      if (current != null && current.caughtUp()) {
        return true;
      }
      if (closed || System.nanoTime() - deadline >= 0) {
        return false;
      }
      Thread.sleep(Math.max(1, Math.min(50, settings.pollInterval().toMillis())));
    }
  }

  /**
   * Stops shipping: closes the connection and waits briefly for the thread. Chunks not yet
   * acknowledged are sent again by the next shipper.
   */
  @Override
  public void close() {
    closed = true;
    IngestConnection current = connection;
    if (current != null) {
      current.close();
    }
    thread.interrupt();
    try {
      thread.join(Duration.ofSeconds(5).toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void shipUntilClosed() {
    Duration backoff = settings.minBackoff();
    boolean reportedDown = false;
    while (!closed) {
      ShippingSession session = new ShippingSession(captureDir, proxyId, captureName, settings);
      currentSession = session;
      try (IngestConnection opened =
          IngestConnection.open(
              coordinator,
              secret,
              settings.timeout(),
              session::awaitingAnswer,
              thread.getName() + "-in")) {
        connection = opened;
        if (closed) {
          return;
        }
        session.run(opened);
      } catch (InterruptedException e) {
        return;
      } catch (IOException | RuntimeException e) {
        if (closed) {
          return;
        }
        if (session.resumed()) {
          backoff = settings.minBackoff();
          reportedDown = false;
        }
        if (e instanceof IngestRefusedException) {
          // Loud every time: capture piles up locally until an operator fixes the secret.
          log.error(
              "coordinator {} refused to take capture {}: {}; capturing continues locally",
              coordinatorLabel(),
              captureName,
              e.getMessage());
        } else if (!reportedDown) {
          log.warn(
              "cannot ship capture {} to coordinator {} ({}); capturing continues locally,"
                  + " retrying with backoff",
              captureName,
              coordinatorLabel(),
              e instanceof IOException ? e.getMessage() : e.toString());
          reportedDown = true;
        } else {
          log.debug("coordinator {} still unreachable: {}", coordinatorLabel(), e.toString());
        }
      } finally {
        connection = null;
      }
      if (!sleep(backoff)) {
        return;
      }
      backoff =
          backoff.multipliedBy(2).compareTo(settings.maxBackoff()) > 0
              ? settings.maxBackoff()
              : backoff.multipliedBy(2);
    }
  }

  /** {@code host:port} as given, resolved or not. */
  private String coordinatorLabel() {
    return coordinator.getHostString() + ":" + coordinator.getPort();
  }

  private boolean sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
      return !closed;
    } catch (InterruptedException e) {
      return false;
    }
  }
}
