package io.scry.coordinator.report;

import io.scry.protocol.gate.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The advice proof in words, the same lines in every report format. */
public final class AdviceFindings {
  private AdviceFindings() {}

  /** The headline, then one line per read and per write; empty without a proof. */
  public static List<String> lines(AdviceProofSummary proof) {
    if (proof == null) {
      return List.of();
    }
    List<String> lines = new ArrayList<>();
    lines.add(headline(proof));
    for (AdviceProofSummary.Effect read : proof.reads()) {
      lines.add("read  " + effect(read));
    }
    for (AdviceProofSummary.Effect write : proof.writes()) {
      lines.add("write " + effect(write));
    }
    return lines;
  }

  /** Whether the proof shows the advice fixes the regression. */
  public static boolean proven(AdviceProofSummary proof) {
    return proof != null && proof.verdict() == Verdict.SAFE;
  }

  static String headline(AdviceProofSummary proof) {
    String indexes = proof.indexes().size() == 1 ? "the suggested index" : "the suggested indexes";
    if (proof.verdict() == null) {
      return "advice proof: " + indexes + " not proven: " + proof.failure();
    }
    String replayed =
        String.format(
            Locale.ROOT,
            " (%d %s on a clone of the candidate with %s, %,d ms)",
            proof.rounds(),
            proof.rounds() == 1 ? "replay" : "replays",
            String.join(" ", proof.indexes()),
            proof.durationMs());
    if (proof.stillRegressed().isEmpty()) {
      return "advice proof: with " + indexes + " the migration is " + proof.verdict() + replayed;
    }
    return String.format(
        Locale.ROOT,
        "advice proof: with %s %d %s: %s%s",
        indexes,
        proof.stillRegressed().size(),
        proof.stillRegressed().size() == 1 ? "pattern still regresses" : "patterns still regress",
        String.join(
            "; ", proof.stillRegressed().stream().map(s -> Findings.oneLine(s, 60)).toList()),
        replayed);
  }

  private static String effect(AdviceProofSummary.Effect e) {
    return String.format(
        Locale.ROOT,
        "%s: p50 %s -> %s (%s), p95 %s -> %s",
        Findings.oneLine(e.pattern(), 70),
        Findings.ms(e.withoutP50Ms()),
        Findings.ms(e.withP50Ms()),
        change(e.withoutP50Ms(), e.withP50Ms()),
        Findings.ms(e.withoutP95Ms()),
        Findings.ms(e.withP95Ms()));
  }

  /** "12x faster" for a large gain, else the change in percent: "+6%" (slower), "-3%". */
  static String change(double without, double with) {
    if (!(without > 0) || !(with > 0)) {
      return "-";
    }
    double ratio = without / with;
    if (ratio >= 1.5) {
      return Findings.ratio(ratio) + " faster";
    }
    double pct = (with / without - 1) * 100;
    return String.format(Locale.ROOT, "%+.0f%%", pct);
  }
}
