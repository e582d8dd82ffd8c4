package io.scry.cli.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.scry.cli.ScryCli;
import io.scry.cli.cluster.LocalCluster;
import io.scry.coordinator.api.Json;
import io.scry.testsupport.PostgresExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * A password in a target or shadow URL shows up nowhere: a full gate and jobs through the HTTP API
 * (good, mistyped and unparsable URLs, an unreachable target) run with a password in their URLs,
 * and every output is searched for it — stdout, stderr, every log line, every API response, every
 * report file, and the control database's rows.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class PasswordLeakIntegrationTests {

  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  private static final String ROLE = "scry_leak_probe";
  private static final String PASSWORD = "Zq7-leak-Pw";
  private static final String TOKEN = "leak-test-token";

  @TempDir static Path tmp;
  private static Path capture;

  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private PrintStream stdout;
  private PrintStream stderr;

  @BeforeAll
  static void recordTheWorkload() throws Exception {
    // The embedded server trusts local connections: what matters is where the password travels.
    PG.execute("postgres", "CREATE ROLE " + ROLE + " LOGIN SUPERUSER PASSWORD '" + PASSWORD + "'");
    capture = OrdersWorkload.recordShadow(PG, "leak_shadow", tmp, 2, 10);
  }

  @BeforeEach
  void captureEveryOutput() {
    logs.start();
    rootLogger().addAppender(logs);
    stdout = System.out;
    stderr = System.err;
    PrintStream both = new PrintStream(console, true, StandardCharsets.UTF_8);
    System.setOut(new PrintStream(new Tee(stdout, both), true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(new Tee(stderr, both), true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreOutputs() {
    System.setOut(stdout);
    System.setErr(stderr);
    rootLogger().detachAppender(logs);
  }

  @Test
  void aGateWithThePasswordInTheShadowUrlPrintsAndWritesItNowhere() throws Exception {
    Path sql = Files.writeString(tmp.resolve("migration.sql"), "ALTER TABLE orders ADD x int;\n");
    Path reports = tmp.resolve("reports");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new ScryCli());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));

    int exit =
        cli.execute(
            GateCommand.of(capture)
                .options("--shadow", urlOf("leak_shadow"))
                .options("--format", "terminal,json,junit,markdown,html")
                .options("--report-dir", reports.toString(), "--no-rehearsal")
                // Every library's log lines too: they must not carry the password either.
                .options("--verbose")
                .migration(GateCommand.psql(sql)));

    assertEquals(ScryCli.EXIT_OK, exit, out + "\n" + err);
    List<String> outputs = new ArrayList<>(List.of(out.toString(), err.toString()));
    try (Stream<Path> files = Files.walk(reports)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        outputs.add(file + ":\n" + Files.readString(file));
      }
    }
    assertEquals(6, outputs.size(), "stdout, stderr and five reports: " + outputs);
    assertNoPasswordIn(outputs);
  }

  @Test
  void jobsThroughTheApiNeverEchoThePassword() throws Exception {
    PG.createDatabase("leak_control");
    PG.createDatabase("leak_target");
    PG.execute("leak_target", "CREATE TABLE orders (id int)");
    List<String> outputs = new ArrayList<>();
    try (LocalCluster cluster =
        LocalCluster.start(
            new LocalCluster.Config(
                1,
                tmp.resolve("store"),
                PG.url("leak_control"),
                new InetSocketAddress("127.0.0.1", 0),
                null,
                TOKEN))) {
      cluster.awaitWorkersUp(Duration.ofSeconds(60));
      Api api = new Api(cluster.coordinator().httpAddress().getPort(), outputs);

      String done = api.submit(urlOf("leak_target"), 201);
      String unreachable =
          api.submit("postgres://" + ROLE + ":" + PASSWORD + "@127.0.0.1:1/leak_target", 201);
      // Unescaped '%' and a space: no URL parser takes it, and parsers quote their input.
      String unparsable =
          api.submit(
              "postgres://" + ROLE + ":" + PASSWORD + " 100%x@" + hostPort() + "/leak_target", 201);
      api.submit("mysql://" + ROLE + ":" + PASSWORD + "@" + hostPort() + "/leak_target", 400);

      assertTrue(api.awaitEnd(done).contains("\"state\":\"done\""), outputs.toString());
      assertTrue(api.awaitEnd(unreachable).contains("\"state\":\"failed\""), outputs.toString());
      assertTrue(api.awaitEnd(unparsable).contains("\"state\":\"failed\""), outputs.toString());
      api.get("api/v1/jobs/" + done + "/results");
      api.get("api/v1/jobs/" + done + "/report");
      api.get("api/v1/jobs");
    }
    try (Connection c = PG.connect("leak_control");
        ResultSet rows =
            c.createStatement()
                .executeQuery(
                    "SELECT j.spec, j.reason, r.target FROM scry_job j"
                        + " LEFT JOIN scry_job_result r ON r.job_id = j.id")) {
      while (rows.next()) {
        outputs.add(
            "control db: " + rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
      }
    }
    assertNoPasswordIn(outputs);
    assertTrue(
        outputs.stream().anyMatch(o -> o.startsWith("control db:") && o.contains(ROLE + "@")),
        "the control database keeps the URL without its password: " + outputs);
  }

  private void assertNoPasswordIn(List<String> outputs) {
    List<String> all = new ArrayList<>(outputs);
    all.add(console.toString(StandardCharsets.UTF_8));
    for (ILoggingEvent event : logs.list) {
      all.add(
          event.getFormattedMessage()
              + (event.getThrowableProxy() == null
                  ? ""
                  : ThrowableProxyUtil.asString(event.getThrowableProxy())));
    }
    assertTrue(logs.list.size() > 10, "the run logged: " + logs.list.size() + " lines");
    for (String output : all) {
      assertFalse(output.contains(PASSWORD), "the password leaked into: " + output);
    }
  }

  private static String urlOf(String database) {
    return "postgres://" + ROLE + ":" + PASSWORD + "@" + hostPort() + "/" + database;
  }

  private static String hostPort() {
    return PG.host() + ":" + PG.port();
  }

  private static Logger rootLogger() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  /** The job API as a client sees it, every response body kept. */
  private static final class Api {
    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final List<String> responses;

    Api(int port, List<String> responses) {
      this.base = URI.create("http://127.0.0.1:" + port + "/");
      this.responses = responses;
    }

    /** Submits a job on {@code target} and returns its id (or null when refused). */
    String submit(String target, int expectedStatus) throws Exception {
      HttpResponse<String> response =
          send(
              request("api/v1/jobs")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          Json.write(
                              Map.of(
                                  "capture",
                                  capture.toString(),
                                  "targets",
                                  List.of(target),
                                  "mode",
                                  "stress")))));
      assertEquals(expectedStatus, response.statusCode(), response.body());
      return expectedStatus == 201
          ? Json.MAPPER.readTree(response.body()).get("id").asText()
          : null;
    }

    String awaitEnd(String id) throws Exception {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      String body = "";
      while (System.nanoTime() < deadline) {
        body = get("api/v1/jobs/" + id);
        if (body.matches("(?s).*\"state\":\"(done|failed|cancelled)\".*")) {
          return body;
        }
        Thread.sleep(100);
      }
      return body;
    }

    String get(String path) throws Exception {
      return send(request(path).GET()).body();
    }

    private HttpRequest.Builder request(String path) {
      return HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + TOKEN);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      responses.add(response.body());
      return response;
    }
  }

  /** Writes everything to two streams: the console as usual, and the buffer the test searches. */
  private static final class Tee extends java.io.OutputStream {
    private final java.io.OutputStream first;
    private final java.io.OutputStream second;

    Tee(java.io.OutputStream first, java.io.OutputStream second) {
      this.first = first;
      this.second = second;
    }

    @Override
    public void write(int b) throws java.io.IOException {
      first.write(b);
      second.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws java.io.IOException {
      first.write(b, off, len);
      second.write(b, off, len);
    }
  }
}
