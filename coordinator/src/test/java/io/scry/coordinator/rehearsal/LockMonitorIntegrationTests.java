package io.scry.coordinator.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.testsupport.PostgresExtension;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(value = 1, unit = TimeUnit.MINUTES)
class LockMonitorIntegrationTests {
  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();
  private static final String DATABASE = "monitored";

  @BeforeAll
  static void database() throws Exception {
    PG.createDatabase(DATABASE);
    PG.execute(DATABASE, "CREATE TABLE t (id int PRIMARY KEY)");
  }

  @Test
  void samplesUntilStoppedThenClosesItsConnection() throws Exception {
    LockMonitor monitor = LockMonitor.start(url());
    assertEquals(1, monitorBackends(), "one monitor connection");
    Thread.sleep(500);
    LockTimeline timeline = monitor.stop();

    assertEquals(LockTimeline.EndReason.STOPPED, timeline.endReason());
    assertNull(timeline.endDetail());
    assertEquals(0, timeline.failedSamples());
    // 50 are due in 500 ms; a busy machine delays some.
    assertTrue(timeline.samples() >= 25, timeline.samples() + " samples");
    // About 1 ms on an idle machine (0.5 ms of it planning and executing on the server); a machine
    // shared with other builds delays the wake-ups, so the bound is the longest allowed interval.
    assertTrue(
        timeline.sampleCost().p50Micros() < LockMonitor.MAX_INTERVAL.toNanos() / 1000,
        timeline.sampleCost().toString());
    assertTrue(timeline.lastSampleMillis() - timeline.firstSampleMillis() >= 400);
    assertSame(timeline, monitor.stop(), "stop is idempotent");
    assertEquals(0, awaitNoMonitorBackend(), "the connection is closed");
  }

  @Test
  void aFailedSampleIsCountedAndSamplingGoesOn() throws Exception {
    try (LockMonitor monitor = LockMonitor.start(url());
        Connection c = PG.connect(DATABASE);
        Statement s = c.createStatement()) {
      // The samples read pg_class: held exclusively longer than the monitor's 1 s lock_timeout,
      // it fails a sample for certain (a pg_cancel_backend lands only if the sample still runs
      // when the signal arrives, which a busy machine made a matter of luck).
      c.setAutoCommit(false);
      s.execute("LOCK TABLE pg_class IN ACCESS EXCLUSIVE MODE");
      Thread.sleep(1500);
      c.commit();
      Thread.sleep(500);
      LockTimeline timeline = monitor.stop();

      assertTrue(timeline.failedSamples() >= 1, "no sample failed");
      assertTrue(timeline.lastFailure().contains("lock timeout"), timeline.lastFailure());
      assertEquals(LockTimeline.EndReason.STOPPED, timeline.endReason());
      assertTrue(timeline.samples() >= 20, timeline.samples() + " samples");
    }
  }

  @Test
  void aLostConnectionEndsSamplingWithTheReason() throws Exception {
    LockMonitor monitor = LockMonitor.start(url());
    PG.execute(
        DATABASE,
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = '"
            + MonitorConnection.APPLICATION_NAME
            + "'");
    Thread.sleep(300);
    LockTimeline timeline = monitor.stop();

    assertEquals(LockTimeline.EndReason.CONNECTION_LOST, timeline.endReason());
    assertNotNull(timeline.endDetail());
    assertTrue(timeline.failedSamples() >= 1);
    assertTrue(timeline.samples() >= 1, "what was seen before is kept");
  }

  @Test
  void startFailsClearlyWhenTheDatabaseCannotBeSampled() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    DatabaseUrl unreachable = new DatabaseUrl("127.0.0.1", closedPort, DATABASE, "postgres", "");
    LockMonitorException refused =
        assertThrows(LockMonitorException.class, () -> LockMonitor.start(unreachable));
    assertTrue(refused.getMessage().contains("cannot connect to"), refused.getMessage());

    LockMonitorException missing =
        assertThrows(
            LockMonitorException.class, () -> LockMonitor.start(url().withDatabase("no_such_db")));
    assertTrue(missing.getMessage().contains("no_such_db"), missing.getMessage());
  }

  @Test
  void theIntervalIsBoundedSoThatShortWaitsAreSeen() {
    assertThrows(
        IllegalArgumentException.class, () -> LockMonitor.start(url(), Duration.ofMillis(21)));
    assertThrows(IllegalArgumentException.class, () -> LockMonitor.start(url(), Duration.ZERO));
  }

  private static DatabaseUrl url() {
    return DatabaseUrl.parse(PG.url(DATABASE));
  }

  private static int monitorBackends() throws Exception {
    try (Connection c = PG.connect("postgres");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = '"
                    + MonitorConnection.APPLICATION_NAME
                    + "'")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static int awaitNoMonitorBackend() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    int backends = monitorBackends();
    while (backends > 0 && System.nanoTime() < deadline) {
      Thread.sleep(20);
      backends = monitorBackends();
    }
    return backends;
  }
}
