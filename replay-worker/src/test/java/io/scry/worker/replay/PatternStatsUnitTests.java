package io.scry.worker.replay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.protocol.fingerprint.Fingerprinter;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.PatternResult;
import io.scry.protocol.v1.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PatternStatsUnitTests {
  private static final Pattern ZONE = Pattern.compile("'zone-(\\d+)'");

  @Test
  void theRepresentativeIsTheCandidateOfMedianLatency() {
    // As many statements as there are candidates: every one competes. Zone N took N ms.
    PatternStats stats = statsOf(PatternStats.REPRESENTATIVE_CANDIDATES, zone -> zone * 1_000L);

    assertEquals(8, zoneOf(stats.toResult()), "the 8th fastest of 15");
  }

  @Test
  void aFewSlowOutliersAreNotChosen() {
    // One statement in five reads a whale's zone and takes 100 times longer; whichever of them
    // fall among the candidates, they are fewer than half.
    int statements = 200;
    Map<Integer, Long> latencies = new HashMap<>();
    PatternStats stats =
        statsOf(
            statements,
            zone -> latencies.computeIfAbsent(zone, z -> z % 5 == 0 ? 50_000L : 500L + z));

    long chosen = latencies.get(zoneOf(stats.toResult()));

    assertTrue(chosen < 1_000, "a typical statement, not a whale's: " + chosen + " µs");
  }

  @Test
  void oneStatementRepresentsItself() {
    assertEquals(1, zoneOf(statsOf(1, zone -> 10L).toResult()));
  }

  private interface Latency {
    long micros(int zone);
  }

  private static PatternStats statsOf(int statements, Latency latency) {
    String sql = "SELECT id FROM orders WHERE region = 'zone-1'";
    PatternStats stats = new PatternStats(Fingerprinter.fingerprint(sql));
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
    for (int zone = 1; zone <= statements; zone++) {
      stats.record(
          events.get(zone - 1), new StatementOutcome(latency.micros(zone), 1, 7, "", "", false));
    }
    return stats;
  }

  private static int zoneOf(PatternResult result) {
    Matcher zone = ZONE.matcher(result.getSampleSql());
    assertTrue(zone.find(), result.getSampleSql());
    return Integer.parseInt(zone.group(1));
  }
}
