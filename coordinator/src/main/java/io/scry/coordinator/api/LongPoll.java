package io.scry.coordinator.api;

import io.scry.coordinator.jobs.JobClient;
import io.scry.coordinator.jobs.JobState;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The query of a long poll of a job, {@code GET /api/v1/jobs/{id}?until=done&wait=15s}: answer as
 * soon as the job's state has reached {@code until}, or after {@code wait} with the job as it is.
 *
 * @param atMost how long the answer may be held back (the {@code wait} parameter): a number with
 *     {@code ms} or {@code s}, at most {@link JobClient#LONGEST_WAIT} (15 s), which is also the
 *     default when only {@code until} is given
 */
record LongPoll(JobState until, Duration atMost) {

  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s)");

  /**
   * @return empty when neither parameter is given (an ordinary status request)
   * @throws IllegalArgumentException with the message for a 400 answer
   */
  static Optional<LongPoll> of(Optional<String> until, Optional<String> wait) {
    if (until.isEmpty()) {
      if (wait.isPresent()) {
        throw new IllegalArgumentException("'wait' needs 'until', the state to wait for");
      }
      return Optional.empty();
    }
    return Optional.of(
        new LongPoll(
            state(until.get()), wait.map(LongPoll::duration).orElse(JobClient.LONGEST_WAIT)));
  }

  private static JobState state(String label) {
    try {
      return JobState.ofLabel(label);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'until' must be one of "
              + Arrays.stream(JobState.values())
                  .map(JobState::label)
                  .collect(Collectors.joining(", "))
              + ", not '"
              + label
              + "'");
    }
  }

  private static Duration duration(String text) {
    Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "'wait' must be a duration such as 30s or 500ms, not '" + text + "'");
    }
    long amount = Long.parseLong(m.group(1));
    Duration wait = m.group(2).equals("s") ? Duration.ofSeconds(amount) : Duration.ofMillis(amount);
    if (wait.compareTo(JobClient.LONGEST_WAIT) > 0) {
      throw new IllegalArgumentException(
          "'wait' must be at most " + JobClient.LONGEST_WAIT.toSeconds() + "s, not '" + text + "'");
    }
    return wait;
  }
}
