package io.scry.coordinator.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.scry.coordinator.config.ConfigException;
import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.jobs.InvalidJobSpecException;
import io.scry.coordinator.jobs.JobSpec;
import io.scry.coordinator.shadow.ShadowCheckpoint;
import io.scry.protocol.replay.ReplayMode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Reads the body of {@code POST /api/v1/jobs}. Every problem becomes an {@link
 * InvalidJobSpecException} whose message names the field:
 *
 * <pre>{@code
 * {"capture": "orders", "targets": ["postgres://u:p@h:5432/db"], "mode": "timed", "speed": 1,
 *  "samplePct": 100, "rounds": 1, "maxConnections": 0,
 *  "fromUnixNanos": null, "toUnixNanos": null, "lastMinutes": null}
 * }</pre>
 *
 * Only {@code capture} and {@code targets} are required. A shadow checkpoint named by {@code
 * shadow} and {@code shadowCheckpoint} is looked up later, off the request's thread ({@link
 * JobRequest#resolve()}).
 */
public final class JobRequests {

  private static final Set<String> FIELDS =
      Set.of(
          "capture",
          "targets",
          "mode",
          "speed",
          "samplePct",
          "rounds",
          "maxConnections",
          "fromUnixNanos",
          "toUnixNanos",
          "lastMinutes",
          "forceProductionTarget",
          "replayPastGaps",
          "afterCheckpointUnixNanos",
          "replayRole",
          "measureAfterMs",
          "shadow",
          "shadowCheckpoint");

  private JobRequests() {}

  public static JobRequest parse(String body) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw new InvalidJobSpecException("body", "malformed JSON: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw new InvalidJobSpecException("body", "body must be a JSON object");
    }
    for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw new InvalidJobSpecException(name, "unknown field '" + name + "'");
      }
    }
    // A field left out keeps the builder's default.
    JobSpec.Builder spec =
        JobSpec.builder(text(root, "capture"), targets(root))
            .window(longOrNull(root, "fromUnixNanos"), longOrNull(root, "toUnixNanos"));
    number(root, "lastMinutes").ifPresent(n -> spec.lastMinutes((int) n));
    number(root, "samplePct").ifPresent(spec::samplePct);
    mode(root).ifPresent(spec::mode);
    number(root, "speed").ifPresent(spec::speed);
    number(root, "rounds").ifPresent(n -> spec.rounds((int) n));
    number(root, "maxConnections").ifPresent(n -> spec.maxConnections((int) n));
    flag(root, "forceProductionTarget").ifPresent(spec::forceProductionTarget);
    flag(root, "replayPastGaps").ifPresent(spec::replayPastGaps);
    spec.afterCheckpoint(longOrNull(root, "afterCheckpointUnixNanos"));
    spec.replayRole(textOrNull(root, "replayRole"));
    number(root, "measureAfterMs").ifPresent(n -> spec.measureAfterMillis((long) n));
    return new JobRequest(spec.build(), checkpoint(root));
  }

  /**
   * A checkpoint named by {@code shadow} (the shadow's URL) and {@code shadowCheckpoint} (its
   * name), the two together; its source time is the alternative, so not with {@code
   * afterCheckpointUnixNanos}.
   */
  private static Optional<JobRequest.Checkpoint> checkpoint(JsonNode root) {
    String shadow = textOrNull(root, "shadow");
    String name = textOrNull(root, "shadowCheckpoint");
    if (shadow == null && name == null) {
      return Optional.empty();
    }
    if (shadow == null || name == null) {
      String missing = shadow == null ? "shadow" : "shadowCheckpoint";
      throw new InvalidJobSpecException(
          missing,
          missing
              + " is required with "
              + (shadow == null ? "shadowCheckpoint" : "shadow")
              + ": a checkpoint is named by the shadow's URL (shadow) and its name"
              + " (shadowCheckpoint)");
    }
    if (longOrNull(root, "afterCheckpointUnixNanos") != null) {
      throw new InvalidJobSpecException(
          "afterCheckpointUnixNanos",
          "afterCheckpointUnixNanos cannot be combined with shadowCheckpoint: give the checkpoint"
              + " by its name or by its source time, not both");
    }
    DatabaseUrl url;
    try {
      url = DatabaseUrl.parse(shadow);
    } catch (ConfigException e) {
      // The parser's message masks the password; the API's error body masks again.
      throw new InvalidJobSpecException(
          "shadow", "shadow must be a postgres://user@host:port/db URL: " + e.getMessage());
    }
    try {
      ShadowCheckpoint.requireValidName(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidJobSpecException("shadowCheckpoint", "shadowCheckpoint: " + e.getMessage());
    }
    return Optional.of(new JobRequest.Checkpoint(url, name));
  }

  private static String textOrNull(JsonNode root, String field) {
    JsonNode node = root.get(field);
    return node == null || node.isNull() ? null : text(root, field);
  }

  private static Optional<Boolean> flag(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    if (!node.isBoolean()) {
      throw new InvalidJobSpecException(field, field + " must be true or false");
    }
    return Optional.of(node.booleanValue());
  }

  private static String text(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      throw new InvalidJobSpecException(field, field + " is required");
    }
    if (!node.isTextual()) {
      throw new InvalidJobSpecException(field, field + " must be a string");
    }
    return node.asText();
  }

  private static List<String> targets(JsonNode root) {
    JsonNode node = root.get("targets");
    if (node == null || node.isNull()) {
      throw new InvalidJobSpecException("targets", "targets is required");
    }
    if (!node.isArray()) {
      throw new InvalidJobSpecException("targets", "targets must be an array of URLs");
    }
    List<String> targets = new ArrayList<>();
    for (JsonNode target : node) {
      if (!target.isTextual()) {
        throw new InvalidJobSpecException("targets", "targets must be an array of URLs");
      }
      targets.add(target.asText());
    }
    return targets;
  }

  private static Optional<ReplayMode> mode(JsonNode root) {
    JsonNode node = root.get("mode");
    if (node == null || node.isNull()) {
      return Optional.empty();
    }
    return Optional.of(
        ReplayMode.parse(node.asText())
            .orElseThrow(
                () -> new InvalidJobSpecException("mode", "mode must be \"timed\" or \"stress\"")));
  }

  private static OptionalDouble number(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return OptionalDouble.empty();
    }
    if (!node.isNumber()) {
      throw new InvalidJobSpecException(field, field + " must be a number");
    }
    return OptionalDouble.of(node.asDouble());
  }

  private static Long longOrNull(JsonNode root, String field) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      return null;
    }
    if (!node.canConvertToLong()) {
      throw new InvalidJobSpecException(field, field + " must be an integer (unix nanoseconds)");
    }
    return node.asLong();
  }
}
