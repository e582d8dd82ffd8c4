package io.scry.coordinator.rehearsal;

import io.scry.protocol.fingerprint.Fingerprinter;
import io.scry.protocol.fingerprint.QueryFingerprint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Collects, sample by sample, the traffic statements that waited on the migration, and groups them
 * by query pattern.
 */
final class BlockedStatements {
  private final LockTimeline timeline;
  private final Map<StatementKey, Statement> statements = new LinkedHashMap<>();

  BlockedStatements(LockTimeline timeline) {
    this.timeline = timeline;
  }

  /** Adds what one sample saw: the traffic backends waiting on the migration, by pid. */
  void add(SampleView view, Map<Integer, BlockKind> blocked) {
    blocked.forEach(
        (pid, kind) -> {
          ActivitySpan span = view.span(pid);
          statements
              .computeIfAbsent(
                  new StatementKey(span.backend(), span.queryStartMicros()),
                  key -> new Statement(span.query()))
              .see(view.sample(), kind);
        });
  }

  List<BlockedPattern> patterns() {
    Map<QueryFingerprint, List<Statement>> byPattern = new LinkedHashMap<>();
    for (Statement statement : statements.values()) {
      statement.endRun();
      byPattern.computeIfAbsent(statement.pattern, p -> new ArrayList<>()).add(statement);
    }
    List<BlockedPattern> patterns = new ArrayList<>();
    byPattern.forEach(
        (pattern, list) -> {
          int direct = (int) list.stream().filter(Statement::direct).count();
          patterns.add(
              new BlockedPattern(
                  pattern.hexId(),
                  pattern.normalized(),
                  list.get(0).query,
                  list.size(),
                  direct,
                  list.size() - direct,
                  list.stream().mapToLong(s -> s.blockedMs).sum(),
                  list.stream().mapToLong(s -> s.blockedMs).max().orElse(0)));
        });
    patterns.sort(
        Comparator.comparingLong(BlockedPattern::totalBlockedMs)
            .reversed()
            .thenComparing(BlockedPattern::fingerprint));
    return patterns;
  }

  private record StatementKey(Backend backend, Long queryStartMicros) {
    StatementKey {
      Objects.requireNonNull(backend);
    }
  }

  /**
   * One execution, with its runs of consecutive blocked samples. It was blocked directly when most
   * of its blocked samples found the migration holding what it waited for: a statement queued
   * behind a DDL that waits, then held up for a sample or two once the DDL got its lock, is a
   * victim of the lock queue, while one held up by a rewrite under ACCESS EXCLUSIVE is blocked
   * directly, however it entered the queue.
   */
  private final class Statement {
    final String query;
    final QueryFingerprint pattern;
    int directSamples;
    int queueSamples;
    long blockedMs;
    int runFirst = -1;
    int runLast = -1;

    Statement(String query) {
      this.query = query;
      this.pattern = Fingerprinter.fingerprint(query);
    }

    void see(int sample, BlockKind kind) {
      if (kind == BlockKind.DIRECT) {
        directSamples++;
      } else {
        queueSamples++;
      }
      if (runFirst < 0 || runLast != sample - 1) {
        endRun();
        runFirst = sample;
      }
      runLast = sample;
    }

    boolean direct() {
      return directSamples >= queueSamples;
    }

    void endRun() {
      if (runFirst >= 0) {
        blockedMs += timeline.coveredMillis(runFirst, runLast);
        runFirst = -1;
      }
    }
  }
}
