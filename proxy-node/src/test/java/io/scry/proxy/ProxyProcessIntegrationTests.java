package io.scry.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.segment.CaptureDirectory;
import io.scry.protocol.segment.SegmentDamage;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.testsupport.PostgresExtension;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The proxy as its own process: SIGTERM seals segments, SIGKILL leaves recoverable ones. */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class ProxyProcessIntegrationTests {

  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();
  static final int STATEMENTS = 200;

  @TempDir Path captureDir;
  Process process;

  @AfterEach
  void killLeftovers() {
    if (process != null && process.isAlive()) {
      process.destroyForcibly();
    }
  }

  @Test
  void sigtermLeavesSealedReadableSegments() throws Exception {
    int port = startProxyProcess();
    runStatements(port);
    process.destroy(); // SIGTERM
    assertEquals(143, process.waitFor(), "exit status after SIGTERM");
    List<Path> files = segmentFiles();
    assertTrue(files.stream().allMatch(f -> f.toString().endsWith(".seg")), files::toString);
    List<CaptureEvent> events = new ArrayList<>();
    try (CaptureDirectory directory = CaptureDirectory.open(captureDir)) {
      directory.stream().forEach(events::add);
      assertEquals(List.of(), directory.damages());
    }
    assertEquals(STATEMENTS, events.stream().filter(CaptureEvent::hasStatement).count());
    assertEquals(1, events.stream().filter(CaptureEvent::hasSessionEnd).count());
  }

  @Test
  void sigkillLeavesSegmentsTheReaderRecovers() throws Exception {
    int port = startProxyProcess();
    try (Connection c = connect(port)) {
      runStatements(c);
      Thread.sleep(1000); // past the flush interval: the events are in the file
      process.destroyForcibly(); // SIGKILL, with the session still open
      process.waitFor();
    } catch (java.sql.SQLException expected) {
      // closing the connection after its proxy died
    }
    List<Path> files = segmentFiles();
    assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".seg.active")), files::toString);
    List<CaptureEvent> events = new ArrayList<>();
    List<SegmentDamage> damages;
    try (CaptureDirectory directory = CaptureDirectory.open(captureDir)) {
      directory.stream().forEach(events::add);
      damages = directory.damages();
    }
    assertTrue(
        damages.stream().allMatch(d -> d.kind() == SegmentDamage.Kind.TORN_TAIL),
        damages::toString);
    assertEquals(STATEMENTS, events.stream().filter(CaptureEvent::hasStatement).count());
  }

  private int startProxyProcess() throws Exception {
    process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                ProxyProcessMain.class.getName(),
                PG.host(),
                String.valueOf(PG.port()),
                captureDir.toString())
            .redirectErrorStream(true)
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      if (line.startsWith("LISTENING ")) {
        Thread drain = new Thread(() -> out.lines().forEach(l -> {}));
        drain.setDaemon(true);
        drain.start();
        return Integer.parseInt(line.substring("LISTENING ".length()));
      }
    }
    throw new IllegalStateException("the proxy process ended before listening");
  }

  private static Connection connect(int port) throws Exception {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + port + "/postgres?sslmode=disable",
        PostgresExtension.USER,
        PostgresExtension.PASSWORD);
  }

  private static void runStatements(int port) throws Exception {
    try (Connection c = connect(port)) {
      runStatements(c);
    }
  }

  private static void runStatements(Connection c) throws Exception {
    try (PreparedStatement ps = c.prepareStatement("SELECT ?::int + 1")) {
      for (int i = 0; i < STATEMENTS; i++) {
        ps.setInt(1, i);
        ps.executeQuery().close();
      }
    }
  }

  private List<Path> segmentFiles() throws Exception {
    try (Stream<Path> files = Files.list(captureDir)) {
      return files.filter(f -> f.getFileName().toString().contains(".seg")).toList();
    }
  }
}
