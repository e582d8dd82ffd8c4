package io.scry.coordinator.rehearsal;

import java.util.Map;

/**
 * One time slot of the rehearsal's chart.
 *
 * @param startMillis local wall-clock start of the slot
 * @param blockedBackends per pattern fingerprint, how many traffic backends the samples of this
 *     slot saw waiting on the migration; absent patterns had none
 * @param migrationStatement the migration statement the samples of this slot saw active most often;
 *     null when none was (or only statements too short to keep their text)
 */
public record TimelineBucket(
    long startMillis, Map<String, Integer> blockedBackends, String migrationStatement) {

  public TimelineBucket {
    blockedBackends = Map.copyOf(blockedBackends);
  }
}
