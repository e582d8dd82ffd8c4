package io.scry.coordinator.migration;

import java.time.Duration;

/**
 * Whether and how the check rehearses the migration under the replayed traffic ({@code
 * ci.rehearsal.*} in docs/CI.md).
 *
 * @param lead how long the traffic replays on the rehearsal clone before the migration starts, so
 *     the migration meets the traffic in its steady state (connections open, transactions running)
 * @param speed the rehearsal's timed replay speed: 2.0 replays the capture twice as fast
 * @param proveRewrites after a LOCK RISK, rehearse the mechanical safe rewrite of the migration
 *     under the same traffic (one more rehearsal's time), so its advice comes with evidence
 * @param compareLatency after the rehearsal, replay the migration's window of the capture on a
 *     clone without the migration (the migration's duration once more) and compare the traffic's
 *     latency in that window
 */
public record RehearsalSettings(
    boolean enabled, Duration lead, double speed, boolean proveRewrites, boolean compareLatency) {

  public static final RehearsalSettings DEFAULTS =
      new RehearsalSettings(true, Duration.ofSeconds(5), 1.0, true, true);

  public RehearsalSettings {
    if (lead.isNegative()) {
      throw new IllegalArgumentException("the rehearsal lead must not be negative");
    }
    if (!(speed > 0 && Double.isFinite(speed))) {
      throw new IllegalArgumentException("the rehearsal speed must be positive, got " + speed);
    }
  }

  public RehearsalSettings disabled() {
    return new RehearsalSettings(false, lead, speed, proveRewrites, compareLatency);
  }
}
