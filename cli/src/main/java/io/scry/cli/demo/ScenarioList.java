package io.scry.cli.demo;

import io.scry.fixtures.scenario.FixPlacement;
import io.scry.fixtures.scenario.Scenario;
import io.scry.fixtures.scenario.ScenarioCatalog;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * {@code scry-cluster demo --list}: the catalog's scenarios the demo can play, and what to expect.
 */
final class ScenarioList {

  private ScenarioList() {}

  /**
   * Prints every playable scenario (name, its story in one line, the expected verdicts), then names
   * those the demo cannot play and why.
   */
  static void print(PrintWriter out, String defaultScenario) {
    out.println("Scenarios (scry-cluster demo --scenario NAME):");
    List<Scenario> unplayable =
        ScenarioCatalog.all().stream().filter(s -> whyUnplayable(s).isPresent()).toList();
    for (Scenario scenario : ScenarioCatalog.all()) {
      if (unplayable.contains(scenario)) {
        continue;
      }
      out.println();
      out.printf(
          "  %s%s%n", scenario.name(), scenario.name().equals(defaultScenario) ? " (default)" : "");
      out.printf("      %s%n", scenario.headline());
      out.printf("      expected: %s%n", expectations(scenario));
    }
    for (Scenario scenario : unplayable) {
      out.println();
      out.printf("Not played here: %s: %s%n", scenario.name(), whyUnplayable(scenario).get());
    }
    out.flush();
  }

  /** "REGRESSION (LOCK RISK), then SAFE with the fix instead of the migration". */
  private static String expectations(Scenario scenario) {
    return scenario.expected()
        + switch (scenario.rehearsal().finding()) {
          case LOCK_RISK -> " (LOCK RISK)";
          case SKIPPED -> " (judged without the rehearsal)";
          case NO_LOCK_RISK -> "";
        }
        + scenario
            .expectedAfterFix()
            .map(
                verdict ->
                    ", then "
                        + verdict
                        + (scenario.fixPlacement() == FixPlacement.INSTEAD_OF_MIGRATION
                            ? " with the fix instead of the migration"
                            : " with the migration and its fix"))
            .orElse(" (no fix)");
  }

  /**
   * Why the demo cannot play {@code scenario}, if it cannot: it judges a before/after comparison of
   * traffic captured on production, which must be able to serve that traffic.
   */
  static Optional<String> whyUnplayable(Scenario scenario) {
    if (scenario.capturableBeforeMigration()) {
      return Optional.empty();
    }
    return Optional.of(
        "its traffic needs orders.region, which only its migration adds, so production has nothing"
            + " to capture it from; `Benchmarks scenario-effect "
            + scenario.name()
            + "` measures it (docs/FIXTURES.md)");
  }
}
