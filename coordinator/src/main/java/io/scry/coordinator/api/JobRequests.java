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
import java.util.function.Predicate;

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
    return present(root, field, JsonNode::isTextual, "must be a string")
        .map(JsonNode::asText)
        .orElse(null);
  }

  private static Optional<Boolean> flag(JsonNode root, String field) {
    return present(root, field, JsonNode::isBoolean, "must be true or false")
        .map(JsonNode::booleanValue);
  }

  private static String text(JsonNode root, String field) {
    return present(root, field, JsonNode::isTextual, "must be a string")
        .orElseThrow(() -> new InvalidJobSpecException(field, field + " is required"))
        .asText();
  }

  private static List<String> targets(JsonNode root) {
    String notUrls = "must be an array of URLs";
    JsonNode node =
        present(root, "targets", JsonNode::isArray, notUrls)
            .orElseThrow(() -> new InvalidJobSpecException("targets", "targets is required"));
    List<String> targets = new ArrayList<>();
    for (JsonNode target : node) {
      if (!target.isTextual()) {
        throw new InvalidJobSpecException("targets", "targets " + notUrls);
      }
      targets.add(target.asText());
    }
    return targets;
  }

  private static Optional<ReplayMode> mode(JsonNode root) {
    return present(root, "mode")
        .map(
            node ->
                ReplayMode.parse(node.asText())
                    .orElseThrow(
                        () ->
                            new InvalidJobSpecException(
                                "mode", "mode must be \"timed\" or \"stress\"")));
  }

  private static OptionalDouble number(JsonNode root, String field) {
    Optional<JsonNode> node = present(root, field, JsonNode::isNumber, "must be a number");
    return node.isPresent() ? OptionalDouble.of(node.get().asDouble()) : OptionalDouble.empty();
  }

  private static Long longOrNull(JsonNode root, String field) {
    return present(root, field, JsonNode::canConvertToLong, "must be an integer (unix nanoseconds)")
        .map(JsonNode::asLong)
        .orElse(null);
  }

  /**
   * The field's value, checked with {@code ofType}: every field is read through here, so that a
   * field left out and a {@code null} one mean the same and a value of the wrong type is an error
   * that names the field ({@code "<field> <mustBe>"}).
   */
  private static Optional<JsonNode> present(
      JsonNode root, String field, Predicate<JsonNode> ofType, String mustBe) {
    Optional<JsonNode> node = present(root, field);
    if (node.isPresent() && !ofType.test(node.get())) {
      throw new InvalidJobSpecException(field, field + " " + mustBe);
    }
    return node;
  }

  /** The field's value, or empty when it is left out or {@code null}. */
  private static Optional<JsonNode> present(JsonNode root, String field) {
    JsonNode node = root.get(field);
    return node == null || node.isNull() ? Optional.empty() : Optional.of(node);
  }
}
