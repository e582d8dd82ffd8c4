package io.scry.coordinator.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.rehearsal.ClonedOrdersDatabase;
import io.scry.coordinator.rehearsal.LockAnalysis;
import io.scry.coordinator.rehearsal.LockThresholds;
import io.scry.coordinator.rehearsal.OrdersDatabase;
import io.scry.coordinator.report.LockFindings;
import io.scry.coordinator.report.LockRisk;
import io.scry.coordinator.report.MigrationSummary;
import io.scry.coordinator.report.RehearsalSummary;
import io.scry.coordinator.report.RehearsedStatement;
import io.scry.coordinator.report.RewriteProofSummary;
import io.scry.coordinator.report.RewriteProofSummary.Outcome;
import io.scry.testsupport.PostgresExtension;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The advice proven: a risky migration rehearsed under real concurrent traffic on the 200k-row
 * {@code orders} table, then its mechanical rewrite rehearsed the same way on a fresh clone. The
 * proven rewrites run several times each: a proof that a safe rewrite is safe must never flake.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class RewriteProofIntegrationTests {
  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  /** The shadow of each test: a fresh clone of the orders template, dropped after the test. */
  @RegisterExtension static final ClonedOrdersDatabase SHADOW = new ClonedOrdersDatabase(PG);

  private static final RehearsalSettings SETTINGS =
      new RehearsalSettings(true, Duration.ofMillis(500), 1.0, true, false);

  /**
   * Below the gate's default, so that the locks of a migration on a 200k-row table (a few hundred
   * milliseconds to seconds) breach them, and well above what a catalog-only lock costs under this
   * traffic (the traffic's scan runs some tens of milliseconds).
   */
  private static final LockThresholds THRESHOLDS = new LockThresholds(300, 300);

  private static final AtomicInteger CHECKS = new AtomicInteger();

  private DatabaseCloner cloner;
  private final Set<String> created = Collections.synchronizedSet(new HashSet<>());
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();

  @BeforeEach
  void cloner() {
    cloner = new DatabaseCloner(DatabaseUrl.parse(PG.url(SHADOW.name())), Duration.ofSeconds(10));
  }

  @AfterEach
  void closeCloner() throws Exception {
    cloner.close();
    assertEquals(Set.of(), created, "every clone dropped");
    assertEquals(List.of(), databases("scry_proof%"), "every clone dropped");
  }

  @RepeatedTest(2)
  void createIndexWithoutConcurrentlyIsProvenToBlockFarLessConcurrently() {
    // An expression index costly enough that its build blocks the writes for about a second.
    Proven run =
        rehearseAndProve("CREATE INDEX orders_note_digest ON orders (md5(md5(md5(md5(note)))))");

    assertRisk(run.original(), LockRisk.Kind.BLOCKED);
    RewriteProofSummary proof = run.proof();
    assertEquals(Outcome.PROVEN, proof.outcome(), proof.toString());
    assertEquals(
        List.of(
            "CREATE INDEX CONCURRENTLY orders_note_digest ON orders (md5(md5(md5(md5(note)))))"),
        proof.statements());
    long original = run.original().analysis().maxBlockedMs();
    long rewritten = proof.rehearsal().analysis().maxBlockedMs();
    assertTrue(
        rewritten * 10 <= original, "rewrite " + rewritten + " ms, original " + original + " ms");
    assertTrue(!proof.rehearsal().lockRisk(), proof.rehearsal().risks().toString());
    assertTrue(
        LockFindings.rewriteProof(run.original().withRewriteProof(proof))
            .get(0)
            .matches("rewrite: \\d+ ms blocked instead of \\d.*within the lock limits"),
        LockFindings.rewriteProof(run.original().withRewriteProof(proof)).toString());
  }

  @RepeatedTest(2)
  void oneStepCheckConstraintIsProvenSafeAsNotValidThenValidate() {
    Proven run =
        rehearseAndProve(
            "ALTER TABLE orders ADD CONSTRAINT note_is_md5 CHECK ("
                + OrdersDatabase.COSTLY_CHECK
                + ")");

    assertRisk(run.original(), LockRisk.Kind.EXCLUSIVE);
    RewriteProofSummary proof = run.proof();
    assertEquals(Outcome.PROVEN, proof.outcome(), proof.toString());
    assertEquals(2, proof.statements().size(), proof.statements().toString());
    assertTrue(proof.statements().get(0).endsWith(" NOT VALID"), proof.statements().toString());
    assertEquals("ALTER TABLE orders VALIDATE CONSTRAINT note_is_md5", proof.statements().get(1));
    RehearsalSummary rewrite = proof.rehearsal();
    assertTrue(!rewrite.lockRisk(), rewrite.risks().toString());
    assertTrue(rewrite.analysis().maxBlockedMs() < THRESHOLDS.maxBlockedMs());
    assertTrue(rewrite.analysis().maxAccessExclusiveMs() < THRESHOLDS.maxExclusiveMs());
    // The validation's scan ran, under a lock the traffic passes.
    assertTrue(
        rewrite.migration().statements().get(1).durationMs() > THRESHOLDS.maxBlockedMs(),
        rewrite.migration().statements().toString());
  }

  @RepeatedTest(2)
  void backfillInTheDdlTransactionIsProvenSafeOnceTheDdlCommitsFirst() {
    Proven run =
        rehearseAndProve(
            "BEGIN",
            "ALTER TABLE orders ADD COLUMN region int",
            "UPDATE orders SET region = 1 FROM (SELECT pg_sleep(1.5)) AS slow WHERE id <= 10",
            "COMMIT");

    assertRisk(run.original(), LockRisk.Kind.EXCLUSIVE);
    RewriteProofSummary proof = run.proof();
    assertEquals(
        Outcome.PROVEN,
        proof.outcome(),
        proof + "\n" + run.original().statements() + "\n" + run.original().analysis());
    assertEquals(
        List.of(
            "BEGIN",
            "ALTER TABLE orders ADD COLUMN region int",
            "COMMIT",
            "UPDATE orders SET region = 1 FROM (SELECT pg_sleep(1.5)) AS slow WHERE id <= 10"),
        proof.statements());
    assertTrue(!proof.rehearsal().lockRisk(), proof.rehearsal().risks().toString());
  }

  @Test
  void typeChangeHasNoMechanicalRewriteAndNothingMoreIsRehearsed() {
    Proven run = rehearseAndProve("ALTER TABLE orders ALTER COLUMN customer TYPE bigint");

    assertRisk(run.original(), LockRisk.Kind.EXCLUSIVE);
    RewriteProofSummary proof = run.proof();
    assertEquals(Outcome.NOT_MECHANICAL, proof.outcome());
    assertNull(proof.rehearsal());
    assertEquals(List.of(), proof.statements());
    assertEquals(
        "no mechanical rewrite: ALTER TABLE orders ALTER COLUMN customer TYPE bigint: a type"
            + " change needs add-column + batched backfill + swap",
        LockFindings.rewriteProof(run.original().withRewriteProof(proof)).get(0));
    assertTrue(!logged().contains("rewrite proof: replaying"), logged());
  }

  @Test
  void aRewriteThatFailsOnItsCloneIsNotProvenAndLeavesNoClone() throws Exception {
    // PostgreSQL builds no index on a partitioned table concurrently: the rewrite fails where the
    // original (which took the lock) succeeded.
    PG.execute(
        SHADOW.name(),
        "CREATE TABLE events (id int, at date) PARTITION BY RANGE (at)",
        "CREATE TABLE events_2026 PARTITION OF events"
            + " FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')");
    String build = "CREATE INDEX events_at ON events (at)";
    RehearsalSummary original = riskOf(RehearsedStatements.took(build));

    RewriteProofSummary proof =
        new RewriteProof(
                SETTINGS,
                THRESHOLDS,
                () -> new LoadReplayBackend(PG),
                new PrintStream(log, true, StandardCharsets.UTF_8))
            .prove(original, cloner, SHADOW.name(), "scry_proof_failing_rewrite", created, false);

    assertEquals(Outcome.FAILED, proof.outcome(), proof.toString());
    assertEquals(List.of("CREATE INDEX CONCURRENTLY events_at ON events (at)"), proof.statements());
    assertTrue(
        proof.failure().contains("cannot create index on partitioned table"), proof.failure());
    assertTrue(
        LockFindings.rewriteProof(original.withRewriteProof(proof))
            .get(0)
            .startsWith("rewrite not proven, it failed under the same traffic: "));
  }

  /** A rehearsal that found {@code statement} holding its lock too long. */
  private static RehearsalSummary riskOf(RehearsedStatement statement) {
    return new RehearsalSummary(
        SETTINGS.speed(),
        SETTINGS.lead().toMillis(),
        0,
        new MigrationSummary("psql", 0, 1, "", "", List.of(statement.statement())),
        new LockAnalysis(null, List.of(), List.of(), List.of(), List.of()),
        THRESHOLDS,
        List.of(statement),
        List.of(),
        List.of(
            new LockRisk(
                LockRisk.Kind.BLOCKED,
                5000,
                300,
                statement.locks().get(0).relation(),
                statement.statement().sql(),
                "blocked")),
        List.of(),
        null,
        List.of());
  }

  /** The original rehearsal and the proof of its rewrite. */
  private record Proven(RehearsalSummary original, RewriteProofSummary proof) {}

  private Proven rehearseAndProve(String... migration) {
    String prefix = "scry_proof" + CHECKS.incrementAndGet();
    PrintStream out = new PrintStream(log, true, StandardCharsets.UTF_8);
    LoadReplayBackend traffic = new LoadReplayBackend(PG);
    RehearsalSummary original =
        new Rehearsal(
                "rehearsal",
                SETTINGS,
                THRESHOLDS,
                () -> traffic,
                new SqlMigration("the migration", List.of(migration)),
                false,
                out)
            .run(cloner, SHADOW.name(), prefix + "_rehearsal", created, false);
    RewriteProofSummary proof =
        new RewriteProof(SETTINGS, THRESHOLDS, () -> traffic, out)
            .prove(original, cloner, SHADOW.name(), prefix + "_rewrite", created, false);
    if (Boolean.getBoolean("scry.test.rehearsal.trace")) {
      System.out.println(logged());
    }
    return new Proven(original, proof);
  }

  private static void assertRisk(RehearsalSummary rehearsal, LockRisk.Kind kind) {
    assertTrue(
        rehearsal.risks().stream().anyMatch(r -> r.kind() == kind),
        "a " + kind + " risk: " + rehearsal.risks() + " " + rehearsal.analysis());
  }

  private String logged() {
    return log.toString(StandardCharsets.UTF_8);
  }

  private static List<String> databases(String like) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection c = PG.connect("postgres");
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT datname FROM pg_database WHERE datname LIKE '" + like + "'")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }
}
