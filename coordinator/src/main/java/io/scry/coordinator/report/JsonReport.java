package io.scry.coordinator.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.scry.coordinator.compare.Calibration;
import io.scry.coordinator.compare.Comparison;
import io.scry.coordinator.compare.CurvePoint;
import io.scry.coordinator.compare.ErrorChange;
import io.scry.coordinator.compare.PatternComparison;
import io.scry.coordinator.compare.PatternStatus;
import io.scry.coordinator.compare.PercentileComparison;
import io.scry.coordinator.compare.ReplayArtifacts;
import io.scry.coordinator.compare.ResultDifference;
import io.scry.coordinator.compare.Thresholds;
import io.scry.coordinator.explain.ExplainedPlan;
import io.scry.coordinator.explain.PlanChange;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** {@code scry-report.json}; the schema is documented in docs/REPORT-SCHEMA.md. */
public final class JsonReport {
  /** Bumped on incompatible changes of the schema. */
  public static final int SCHEMA_VERSION = 1;

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String render(VerdictReport report) {
    try {
      return JSON.writeValueAsString(tree(report)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the JSON report", e);
    }
  }

  ObjectNode tree(VerdictReport report) {
    Comparison c = report.comparison();
    ObjectNode root = JSON.createObjectNode();
    root.put("schema_version", SCHEMA_VERSION);
    root.put("generated_at", report.generatedAt().toString());
    root.put("verdict", report.verdict().name());
    root.put("exit_code", report.verdict().exitCode());
    ObjectNode summary = root.putObject("summary");
    summary.put("patterns", c.patterns().size());
    summary.put("regressed", c.regressed().size());
    summary.put("inconclusive", c.inconclusive().size());
    summary.put("passed", c.withStatus(PatternStatus.PASSED).size());

    RunInfo run = report.run();
    ObjectNode r = root.putObject("run");
    r.put("capture", run.capture());
    r.put("shadow", run.shadow());
    r.put("mode", run.mode().label());
    r.put("rounds", run.rounds());
    r.put("sample_pct", run.samplePct());
    r.put("statements_per_round", run.statementsPerRound());
    r.put("sessions_per_round", run.sessionsPerRound());
    ObjectNode timings = r.putObject("timings_ms");
    run.timingsMs().forEach(timings::put);
    ObjectNode escapes = r.putObject("clone_escapes");
    new java.util.TreeMap<>(run.cloneEscapes()).forEach(escapes::put);
    r.put("statements_after_gaps", run.statementsAfterGaps());
    r.put("statements_in_checkpoint", run.statementsInCheckpoint());

    root.set("thresholds", thresholds(c.thresholds()));
    root.set("calibration", calibration(c.calibration()));
    root.set("migration", report.migration() == null ? null : migration(report.migration()));
    root.set(
        "rehearsal",
        report.rehearsal() == null ? null : RehearsalJson.of(report.rehearsal(), JSON));
    root.set("advice_proof", adviceProof(report.adviceProof()));
    ArrayNode patterns = root.putArray("patterns");
    c.patterns()
        .forEach(
            p ->
                patterns.add(
                    pattern(
                        p,
                        report.planChange(p.fingerprint()),
                        c.thresholds(),
                        report.migration())));
    return root;
  }

  private static ObjectNode thresholds(Thresholds t) {
    ObjectNode n = JSON.createObjectNode();
    n.put("p50_max_multiplier", t.p50Multiplier());
    n.put("p95_max_multiplier", t.p95Multiplier());
    n.put("p99_max_multiplier", t.p99Multiplier());
    n.put("latency_regression_abs_ms", t.absoluteFloorMs());
    n.put("min_query_count", t.minQueryCount());
    n.put("error_rate_max_delta", t.errorRateMaxDelta());
    n.put("confidence", t.confidence());
    n.put("bootstrap_iterations", t.bootstrapIterations());
    n.put("seed", t.seed());
    return n;
  }

  private static ObjectNode calibration(Calibration cal) {
    ObjectNode n = JSON.createObjectNode();
    n.put("measured", cal.measured());
    n.put("patterns_judged", cal.patternsJudged());
    n.put("false_positives", cal.falsePositives());
    ArrayNode fp = n.putArray("false_positive_patterns");
    cal.falsePositivePatterns().forEach(fp::add);
    ArrayNode noise = n.putArray("noise");
    cal.noise()
        .forEach(
            x -> {
              ObjectNode o = noise.addObject();
              o.put("percentile", x.percentile().label());
              number(o, "median_ratio", x.medianRatio());
              number(o, "max_ratio", x.maxRatio());
            });
    return n;
  }

  private static ObjectNode migration(MigrationSummary m) {
    ObjectNode n = JSON.createObjectNode();
    n.put("command", m.command());
    n.put("exit_code", m.exitCode());
    number(n, "duration_ms", m.durationMs());
    n.put("stdout", m.stdout());
    n.put("stderr", m.stderr());
    ArrayNode statements = n.putArray("statements");
    for (MigrationSummary.Statement s : m.statements()) {
      ObjectNode o = statements.addObject();
      o.put("sql", s.sql());
      number(o, "duration_ms", s.durationMs());
      o.put("rows", s.rows());
      o.put("sqlstate", s.sqlstate());
      o.put("error", s.error());
      o.put("lock_warning", s.lockWarning());
    }
    return n;
  }

  private static ObjectNode pattern(
      PatternComparison p, PlanChange plan, Thresholds t, MigrationSummary migration) {
    ObjectNode n = JSON.createObjectNode();
    n.put("fingerprint", p.fingerprintHex());
    n.put("normalized_sql", p.query().normalizedSql());
    n.put("sample_sql", p.query().sampleSql());
    n.put("protocol", p.query().protocol().name());
    n.put("count", p.count());
    n.put("status", p.status().name());
    ArrayNode failures = n.putArray("failures");
    p.failures().forEach(f -> failures.add(f.name()));
    n.put("headline", Findings.headline(p));
    n.put("reason", Verdicts.why(p, t));
    Optional<MigrationSummary.Statement> cause =
        p.status() == PatternStatus.REGRESSED
            ? LikelyCause.of(p, plan, migration)
            : Optional.empty();
    if (cause.isPresent()) {
      ObjectNode o = n.putObject("likely_cause");
      o.put("sql", cause.get().sql());
      o.put("statement", migration.statements().indexOf(cause.get()) + 1);
    } else {
      n.putNull("likely_cause");
    }
    number(n, "impact_ms", p.latency().impactMs());
    number(n, "baseline_mean_ms", p.latency().baselineMeanMs());
    number(n, "candidate_mean_ms", p.latency().candidateMeanMs());
    if (p.latency().timed()) {
      ObjectNode lag = n.putObject("schedule_lag_p99_ms");
      number(lag, "baseline", p.latency().baselineLagP99Ms());
      number(lag, "candidate", p.latency().candidateLagP99Ms());
    }
    ObjectNode latency = n.putObject("latency");
    for (PercentileComparison l : p.latency().percentiles()) {
      ObjectNode o = latency.putObject(l.percentile().label());
      number(o, "baseline_ms", l.baselineMs());
      number(o, "candidate_ms", l.candidateMs());
      number(o, "ratio", l.ratio());
      number(o, "ci_low", l.interval().low());
      number(o, "ci_high", l.interval().high());
      number(o, "threshold", l.threshold());
      number(o, "noise_ratio", l.noiseRatio());
      o.put("samples", l.samples());
      o.put("judged", l.judged());
      o.put("regressed", l.regressed());
    }
    ArrayNode curve = n.putArray("curve");
    for (CurvePoint point : p.latency().curve()) {
      ObjectNode o = curve.addObject();
      o.put("percentile", point.percentile());
      number(o, "baseline_ms", point.baselineMs());
      number(o, "candidate_ms", point.candidateMs());
    }
    ArrayNode errors = n.putArray("errors");
    for (ErrorChange e : p.errors()) {
      ObjectNode o = errors.addObject();
      o.put("sqlstate", e.sqlstate());
      o.put("kind", e.kind().name());
      o.put("baseline_count", e.baselineCount());
      o.put("candidate_count", e.candidateCount());
      number(o, "baseline_rate", e.baselineRate());
      number(o, "candidate_rate", e.candidateRate());
      o.put("sample_message", e.sampleMessage());
      o.put("sample_sql", e.sampleSql());
      o.put("failing", e.failing());
    }
    n.set("result_difference", resultDifference(p.results().difference()));
    n.put("result_nondeterministic", p.results().nondeterministic());
    n.set("replay_artifacts", artifacts(p.artifacts()));
    n.set("plan", plan == null ? null : plan(plan));
    return n;
  }

  private static ObjectNode artifacts(ReplayArtifacts a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("baseline_count", a.baselineCount());
    o.put("candidate_count", a.candidateCount());
    number(o, "baseline_rate", a.baselineRate());
    number(o, "candidate_rate", a.candidateRate());
    ObjectNode bySqlstate = o.putObject("by_sqlstate");
    a.bySqlstate().forEach(bySqlstate::put);
    o.put("uncomparable", a.uncomparable());
    return o;
  }

  private static ObjectNode resultDifference(ResultDifference d) {
    if (d == null) {
      return null;
    }
    ObjectNode o = JSON.createObjectNode();
    o.put("baseline_rows", d.baselineRows());
    o.put("candidate_rows", d.candidateRows());
    o.put("digest_differs", d.digestDiffers());
    o.put("sample_key", d.sampleKey());
    o.put("sample_baseline_rows", d.sampleBaselineRows());
    o.put("sample_candidate_rows", d.sampleCandidateRows());
    o.put("sample_sql", d.sampleSql());
    return o;
  }

  private static ObjectNode plan(PlanChange plan) {
    ObjectNode o = JSON.createObjectNode();
    o.put("summary", plan.summary());
    o.put("suggestion", plan.suggestion());
    o.put("explained_sql", plan.explainedSql());
    o.set("baseline", side(plan.baseline()));
    o.set("candidate", side(plan.candidate()));
    return o;
  }

  private static ObjectNode side(ExplainedPlan side) {
    ObjectNode o = JSON.createObjectNode();
    o.put("analyzed", side.analyzed());
    number(o, "execution_ms", side.executionMs());
    o.put("error", side.error());
    o.set("explain", parsed(side.json()));
    return o;
  }

  private static JsonNode parsed(String json) {
    if (json == null || json.isEmpty()) {
      return null;
    }
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      return JSON.getNodeFactory().textNode(json);
    }
  }

  /** NaN and infinities are not JSON numbers: they become null. */
  private static ObjectNode adviceProof(AdviceProofSummary proof) {
    if (proof == null) {
      return null;
    }
    ObjectNode o = JSON.createObjectNode();
    proof.indexes().forEach(o.putArray("indexes")::add);
    o.put("verdict", proof.verdict() == null ? null : proof.verdict().name());
    proof.stillRegressed().forEach(o.putArray("still_regressed")::add);
    o.put("rounds", proof.rounds());
    o.put("duration_ms", proof.durationMs());
    o.put("failure", proof.failure());
    effects(o.putArray("reads"), proof.reads());
    effects(o.putArray("writes"), proof.writes());
    return o;
  }

  private static void effects(ArrayNode array, List<AdviceProofSummary.Effect> effects) {
    for (AdviceProofSummary.Effect e : effects) {
      ObjectNode o = array.addObject();
      o.put("normalized_sql", e.pattern());
      o.put("count", e.count());
      number(o, "candidate_p50_ms", e.withoutP50Ms());
      number(o, "with_indexes_p50_ms", e.withP50Ms());
      number(o, "candidate_p95_ms", e.withoutP95Ms());
      number(o, "with_indexes_p95_ms", e.withP95Ms());
    }
  }

  private static void number(ObjectNode node, String field, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      node.putNull(field);
    } else {
      node.put(field, value);
    }
  }
}
