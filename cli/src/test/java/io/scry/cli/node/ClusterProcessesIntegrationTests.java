package io.scry.cli.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.scry.cli.CliRun;
import io.scry.coordinator.api.Json;
import io.scry.protocol.fingerprint.Fingerprinter;
import io.scry.protocol.segment.CaptureDirectory;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.proxy.ProxyServer;
import io.scry.testsupport.PostgresExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A coordinator and two workers as separate JVMs on 127.0.0.1 (the real {@code scry-cluster}
 * commands) replay captures recorded through the proxy while their processes are killed: a worker
 * in the middle of a job, a worker in the middle of a gate's replay, the coordinator in the middle
 * of a job. One cluster serves every test; each starts with two workers up, a new one replacing a
 * killed one.
 */
@Timeout(value = 150, unit = TimeUnit.SECONDS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterProcessesIntegrationTests {

  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  private static final int SESSIONS = 6;
  private static final int STATEMENTS = 60;
  private static final long THINK_MILLIS = 40;
  private static final String TOKEN = "processes-token";

  @TempDir static Path tmp;

  private final List<Process> processes = new ArrayList<>();
  private final HttpClient http = HttpClient.newHttpClient();
  private Cluster cluster;

  @BeforeAll
  void startCluster() throws Exception {
    PG.createDatabase("control");
    cluster = new Cluster();
  }

  @BeforeEach
  void twoWorkersUp() throws Exception {
    cluster.ensureWorkers(2);
  }

  @AfterAll
  void stopProcesses() {
    processes.forEach(Process::destroyForcibly);
  }

  @Test
  void aJobSurvivesAWorkerKilledMidJobWithExactCounts() throws Exception {
    Path capture = recordedCapture("app", "shadow");
    Map<String, Long> captured = statementsByFingerprint(capture);
    assertEquals(
        (long) SESSIONS * STATEMENTS, captured.values().stream().mapToLong(Long::longValue).sum());

    URI api = cluster.api;

    String id = submitTimed(api, capture, "shadow", 1);
    URI status = api.resolve("api/v1/jobs/" + id);

    awaitGet(status, body -> body.contains("\"state\":\"running\""), Duration.ofSeconds(30));
    Thread.sleep(1000); // well inside the ~2.5 s the shards take in timed mode
    cluster.killAWorker();

    awaitDone(status);
    String coordinatorLog = Files.readString(cluster.coordinatorLog());
    assertTrue(
        coordinatorLog.contains("is gone, re-planning shard"), "no failover happened" + logs());
    JsonNode report = Json.MAPPER.readTree(get(api.resolve("api/v1/jobs/" + id + "/report")));
    JsonNode phase = report.get("phases").get(0);
    assertEquals(SESSIONS * STATEMENTS, phase.get("statements").asLong());
    assertEquals(SESSIONS, phase.get("sessions").asLong());
    assertEquals(captured, countsOf(phase));
    // The lost worker's inserts ran twice on the target, and the report says how many may have.
    JsonNode failovers = phase.get("failovers");
    assertEquals(1, failovers.size(), phase.toString());
    long inserted = SESSIONS * STATEMENTS / 2;
    long rows = countRows("shadow");
    assertTrue(
        rows >= inserted && rows - inserted <= failovers.get(0).get("statementsStreamed").asLong(),
        rows + " rows for " + inserted + " captured inserts, " + failovers);
  }

  @Test
  void aGateReplaysAgainOnAFreshCloneWhenAWorkerIsLostMidReplay() throws Exception {
    Path capture = recordedCapture("gapp", "gshadow");
    // What a lost worker could break is which statements ran and what they returned: errors and
    // result digests judge that. Latency is not judged here: one round of millisecond statements
    // without an A/A clone, on two cores shared with the cluster's processes, is noise (a full
    // build once saw p50 0.9 ms on the baseline against 2.1 ms on the candidate, a "regression"
    // of a no-op migration), so the floor below which no change fails is raised.
    Path config =
        Files.writeString(
            tmp.resolve("failover-scry.yaml"), "thresholds:\n  latency_regression_abs_ms: 100\n");

    Process gate =
        start(
            "gate",
            "ci",
            "test-migration",
            capture.toString(),
            "--config",
            config.toString(),
            "--coordinator",
            cluster.api.toString(),
            "--token-file",
            cluster.tokenFile.toString(),
            "--shadow",
            PG.url("gshadow"),
            "--mode",
            "timed",
            "--rounds",
            "1",
            "--no-calibrate",
            "--no-rehearsal",
            "--report-dir",
            tmp.resolve("reports").toString(),
            "--",
            "true");
    awaitLog("gate", "warm-up baseline: replaying on", Duration.ofSeconds(60));
    Thread.sleep(1000); // well inside the ~2.5 s the shards take in timed mode
    cluster.killAWorker();

    assertTrue(gate.waitFor(120, TimeUnit.SECONDS), "the gate did not end" + logs());
    String out = Files.readString(tmp.resolve("gate.log"));
    assertEquals(0, gate.exitValue(), out);
    assertTrue(
        out.contains("was lost (attempt 1")
            && out.contains("; the replay starts again on a fresh clone"),
        out);
    JsonNode report = Json.MAPPER.readTree(tmp.resolve("reports/scry-report.json").toFile());
    assertEquals("SAFE", report.get("verdict").asText(), out);
    assertEquals(
        SESSIONS * STATEMENTS, report.at("/run/statements_per_round").asLong(), report.toString());
  }

  @Test
  void aJobRunningWhenTheCoordinatorIsKilledFinishesAfterItsRestart() throws Exception {
    Path capture = recordedCapture("rapp", "rshadow");
    Map<String, Long> captured = statementsByFingerprint(capture);
    String id = submitTimed(cluster.api, capture, "rshadow", 3);
    URI status = cluster.api.resolve("api/v1/jobs/" + id);

    awaitGet(status, body -> body.contains("round 2/3"), Duration.ofSeconds(60));
    Thread.sleep(1000); // inside round 2's ~2.5 s
    cluster.killAndRestartCoordinator();

    String last = awaitDone(status);
    assertEquals(1, Json.MAPPER.readTree(last).get("restarts").asInt(), last);
    for (Path workerLog : cluster.liveWorkerLogs()) {
      assertTrue(
          Files.readString(workerLog).contains("joining again"),
          "the workers joined the restarted coordinator" + logs());
    }
    JsonNode phases =
        Json.MAPPER
            .readTree(get(cluster.api.resolve("api/v1/jobs/" + id + "/report")))
            .get("phases");
    assertEquals(3, phases.size(), phases.toString());
    for (JsonNode phase : phases) {
      assertEquals(captured, countsOf(phase), "round " + phase.get("round"));
    }
    // Round 2 ran again from its start, and says so; the others ran once.
    assertEquals(0, phases.get(0).get("failovers").size(), phases.toString());
    assertTrue(phases.get(1).at("/failovers/0/wholePhase").asBoolean(), phases.toString());
    assertEquals(0, phases.get(2).get("failovers").size(), phases.toString());
  }

  /** Submits a timed replay of {@code capture} on {@code target}; returns the job's id. */
  private String submitTimed(URI api, Path capture, String target, int rounds) throws Exception {
    String job =
        Json.write(
            Map.of(
                "capture",
                capture.toString(),
                "targets",
                List.of(PG.url(target)),
                "mode",
                "timed",
                "speed",
                1,
                "rounds",
                rounds));
    HttpResponse<String> submitted =
        http.send(
            HttpRequest.newBuilder(api.resolve("api/v1/jobs"))
                .header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString(job))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(201, submitted.statusCode(), submitted.body());
    return Json.MAPPER.readTree(submitted.body()).get("id").asText();
  }

  /** A capture of the workload on {@code app}, and {@code shadow} with the schema and no rows. */
  private Path recordedCapture(String app, String shadow) throws Exception {
    PG.createDatabase(app);
    PG.createDatabase(shadow);
    String schema = "CREATE TABLE events (session int, n int, note text)";
    PG.execute(app, schema);
    PG.execute(shadow, schema);
    Path capture = tmp.resolve(app + "-capture");
    recordThroughProxy(app, capture);
    return capture;
  }

  private static long countRows(String database) throws Exception {
    try (Connection c = PG.connect(database);
        Statement count = c.createStatement();
        var rows = count.executeQuery("SELECT count(*) FROM events")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private void awaitLog(String process, String line, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    Path log = tmp.resolve(process + ".log");
    while (System.nanoTime() < deadline) {
      if (Files.exists(log) && Files.readString(log).contains(line)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no '" + line + "' in " + log + logs());
  }

  /**
   * A coordinator and its workers, each its own JVM. The coordinator keeps its ports and stores
   * across a restart, as a supervisor restarting it would.
   */
  private final class Cluster {
    final String seed = "127.0.0.1:" + freePort();
    final int httpPort = freePort();
    final URI api = URI.create("http://127.0.0.1:" + httpPort + "/");
    final Path tokenFile = Files.writeString(tmp.resolve("api-token"), TOKEN + "\n");
    final Path keyFile = clusterKey();
    final List<String> coordinatorArgs =
        List.of(
            "coordinator",
            "--token-file",
            tokenFile.toString(),
            "--cluster-key-file",
            keyFile.toString(),
            "--cluster",
            seed,
            "--http",
            "127.0.0.1:" + httpPort,
            "--control-db",
            PG.url("control"),
            "--store",
            tmp.resolve("store").toString());
    final Map<String, Process> workers = new LinkedHashMap<>();
    Process coordinator;
    int coordinators;
    int workersStarted;

    Cluster() throws IOException {
      startCoordinator();
    }

    private void startCoordinator() throws IOException {
      coordinators++;
      coordinator = start("coordinator-" + coordinators, coordinatorArgs.toArray(String[]::new));
    }

    /** The cluster key every node is started with, made by the command a user runs. */
    private Path clusterKey() {
      Path file = tmp.resolve("cluster-key");
      CliRun made = CliRun.of("cluster-key", file.toString());
      assertEquals(0, made.exit(), made.output());
      return file;
    }

    Path coordinatorLog() {
      return tmp.resolve("coordinator-" + coordinators + ".log");
    }

    /** Starts workers until {@code count} are alive, and waits until the coordinator has them. */
    void ensureWorkers(int count) throws Exception {
      workers.values().removeIf(process -> !process.isAlive());
      while (workers.size() < count) {
        String name = "worker-" + (++workersStarted);
        workers.put(
            name,
            start(
                name,
                "worker",
                "--cluster",
                "127.0.0.1:0",
                "--seed",
                seed,
                "--cluster-key-file",
                keyFile.toString()));
      }
      awaitGet(
          api.resolve("metrics"),
          body -> body.contains("scry_workers_up " + count),
          Duration.ofSeconds(60));
    }

    void killAWorker() {
      workers.values().iterator().next().destroyForcibly();
    }

    void killAndRestartCoordinator() throws Exception {
      coordinator.destroyForcibly().waitFor();
      startCoordinator();
    }

    List<Path> liveWorkerLogs() {
      return workers.entrySet().stream()
          .filter(worker -> worker.getValue().isAlive())
          .map(worker -> tmp.resolve(worker.getKey() + ".log"))
          .toList();
    }
  }

  /** SESSIONS concurrent pgjdbc sessions through a capturing proxy, with think time. */
  private void recordThroughProxy(String database, Path capture) throws Exception {
    try (ProxyServer proxy = ProxyServer.startCapturing(PG.host(), PG.port(), capture, "proxy-a")) {
      String url = "jdbc:postgresql://127.0.0.1:" + proxy.localAddress().getPort() + "/" + database;
      ExecutorService clients = Executors.newFixedThreadPool(SESSIONS);
      List<Future<?>> done = new ArrayList<>();
      for (int s = 0; s < SESSIONS; s++) {
        int session = s;
        done.add(
            clients.submit(
                () -> {
                  try (Connection c =
                          DriverManager.getConnection(
                              url, PostgresExtension.USER, PostgresExtension.PASSWORD);
                      PreparedStatement insert =
                          c.prepareStatement("INSERT INTO events VALUES (?, ?, 'x')");
                      Statement select = c.createStatement()) {
                    for (int n = 0; n < STATEMENTS; n++) {
                      if (n % 2 == 0) {
                        insert.setInt(1, session);
                        insert.setInt(2, n);
                        insert.executeUpdate();
                      } else {
                        select
                            .executeQuery("SELECT count(*) FROM events WHERE session = " + session)
                            .close();
                      }
                      Thread.sleep(THINK_MILLIS);
                    }
                  }
                  return null;
                }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
      clients.shutdown();
    }
  }

  private static Map<String, Long> statementsByFingerprint(Path capture) throws IOException {
    Map<String, Long> counts = new TreeMap<>();
    try (CaptureDirectory dir = CaptureDirectory.open(capture)) {
      for (CaptureEvent e = dir.next(); e != null; e = dir.next()) {
        if (e.hasStatement()) {
          counts.merge(Fingerprinter.fingerprint(e.getStatement().getSql()).hexId(), 1L, Long::sum);
        }
      }
    }
    return counts;
  }

  private Process start(String name, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(
        List.of(
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-Dpekko.cluster.split-brain-resolver.stable-after=2s",
            "-Dpekko.cluster.failure-detector.heartbeat-interval=200ms",
            "-Dpekko.cluster.failure-detector.acceptable-heartbeat-pause=1500ms",
            "-Dpekko.cluster.unreachable-nodes-reaper-interval=250ms",
            "-Dscry.coordinator.jobs.replay-lead=300ms",
            "-cp",
            System.getProperty("java.class.path"),
            "io.scry.cli.ScryCli"));
    command.addAll(List.of(args));
    Path log = tmp.resolve(name + ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    processes.add(process);
    return process;
  }

  /** A report phase's count of every pattern, by fingerprint. */
  private static Map<String, Long> countsOf(JsonNode phase) {
    Map<String, Long> counts = new TreeMap<>();
    phase
        .get("patterns")
        .forEach(p -> counts.put(p.get("fingerprint").asText(), p.get("count").asLong()));
    return counts;
  }

  /** Waits for the job to end and checks that it is done; returns its last status. */
  private String awaitDone(URI status) throws Exception {
    String last =
        awaitGet(
            status,
            body -> body.contains("\"state\":\"done\"") || body.contains("\"state\":\"failed\""),
            Duration.ofSeconds(90));
    assertTrue(last.contains("\"state\":\"done\""), last + logs());
    return last;
  }

  private String awaitGet(URI uri, Predicate<String> until, Duration timeout) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      try {
        last = get(uri);
        if (until.test(last)) {
          return last;
        }
      } catch (IOException notYet) {
        last = notYet.toString();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("gave up waiting on " + uri + ", last answer: " + last + logs());
  }

  private String get(URI uri) throws IOException, InterruptedException {
    return http.send(
            HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + TOKEN).GET().build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  private String logs() throws IOException {
    StringBuilder all = new StringBuilder();
    try (var files = Files.list(tmp)) {
      for (Path log : files.filter(f -> f.toString().endsWith(".log")).toList()) {
        List<String> lines = Files.readAllLines(log);
        all.append("\n--- ").append(log.getFileName()).append('\n');
        lines
            .subList(Math.max(0, lines.size() - 40), lines.size())
            .forEach(l -> all.append(l).append('\n'));
      }
    }
    return all.toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
