package io.scry.worker.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.fingerprint.Fingerprinter;
import io.scry.protocol.result.Results;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternStatsUnitTests {
  private static final Pattern ZONE = Pattern.compile("'zone-(\\d+)'");

  @Test
  void theRepresentativeIsTheCandidateAtTheUpperQuartileOfLatency() {
    // As many statements as there are candidates: every one competes. Zone N took N ms.
    PatternStats stats = statsOf(PatternStats.REPRESENTATIVE_CANDIDATES, zone -> zone * 1_000L);

    assertEquals(11, zoneOf(stats.toResult()), "the 11th fastest of 15");
  }

  @Test
  void fastExceptionsAreNotChosenEvenWhenTheyAreMany() {
    // The live feed after a lost index: a third of the statements read a whale's busy region and
    // stay fast; the rest scan the table.
    int statements = 200;
    PatternStats stats = statsOf(statements, zone -> zone % 3 == 0 ? 400L : 11_000L + zone);

    assertTrue(zoneOf(stats.toResult()) % 3 != 0, "a statement that shows the slow plan");
  }

  @Test
  void aFewSlowOutliersAreNotChosen() {
    // One statement in ten waited for a lock and took 100 times longer; whichever of them fall
    // among the candidates, they are fewer than a quarter.
    int statements = 200;
    Map<Integer, Long> latencies = new HashMap<>();
    PatternStats stats =
        statsOf(
            statements,
            zone -> latencies.computeIfAbsent(zone, z -> z % 10 == 0 ? 50_000L : 500L + z));

    long chosen = latencies.get(zoneOf(stats.toResult()));

    assertTrue(chosen < 1_000, "a typical statement, not an outlier: " + chosen + " µs");
  }

  @Test
  void oneStatementRepresentsItself() {
    assertEquals(1, zoneOf(statsOf(1, zone -> 10L).toResult()));
  }

  @Test
  void sessionsOnManyThreadsRecordIntoOnePatternWithoutLosingOrHanging() throws Exception {
    // Fresh patterns whose first latencies, spread over six orders of magnitude, arrive on several
    // threads at once: the histogram grows while they write. HdrHistogram's packed Recorder
    // livelocked there (one thread spinning in its resize, the others parked behind it).
    int threads = 4;
    int perThread = 40;
    List<ReplayEvent> events = events(threads * perThread);
    String sql = events.get(0).event().getStatement().getSql();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 0; round < 300; round++) {
        PatternStats stats = new PatternStats(Fingerprinter.fingerprint(sql));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> recording = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int first = t * perThread;
          int shift = t;
          recording.add(
              pool.submit(
                  () -> {
                    start.await();
                    for (int i = first; i < first + perThread; i++) {
                      long micros = 1L << ((i + shift) % 20);
                      stats.record(
                          events.get(i), new StatementOutcome(micros, 1, 7, "", "", false), false);
                    }
                    return null;
                  }));
        }
        start.countDown();
        for (Future<?> thread : recording) {
          thread.get(30, TimeUnit.SECONDS);
        }

        PatternResult result = stats.toResult();
        assertEquals((long) threads * perThread, result.getCount());
        assertEquals(
            (long) threads * perThread,
            Results.decodeHistogram(result.getLatencyHistogram()).getTotalCount());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private interface Latency {
    long micros(int zone);
  }

  private static PatternStats statsOf(int statements, Latency latency) {
    String sql = "SELECT id FROM orders WHERE region = 'zone-1'";
    PatternStats stats = new PatternStats(Fingerprinter.fingerprint(sql));
    List<ReplayEvent> events = events(statements);
    for (int zone = 1; zone <= statements; zone++) {
      stats.record(
          events.get(zone - 1),
          new StatementOutcome(latency.micros(zone), 1, 7, "", "", false),
          false);
    }
    return stats;
  }

  /** Statements of one pattern, zone 1 to {@code statements}, over three sessions. */
  private static List<ReplayEvent> events(int statements) {
    ReplayEvent.Preparer preparer = new ReplayEvent.Preparer();
    List<ReplayEvent> events = new ArrayList<>();
    for (int zone = 1; zone <= statements; zone++) {
      events.add(
          preparer.prepare(
              CaptureEvent.newBuilder()
                  .setProxyId("p")
                  .setSessionId(1 + zone % 3)
                  .setSequence(zone)
                  .setStatement(
                      Statement.newBuilder()
                          .setSql("SELECT id FROM orders WHERE region = 'zone-" + zone + "'"))
                  .build()));
    }
    return events;
  }

  private static int zoneOf(PatternResult result) {
    Matcher zone = ZONE.matcher(result.getSampleSql());
    assertTrue(zone.find(), result.getSampleSql());
    return Integer.parseInt(zone.group(1));
  }
}
