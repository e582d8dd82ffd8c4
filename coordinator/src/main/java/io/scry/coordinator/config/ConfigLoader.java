package io.scry.coordinator.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.scry.coordinator.compare.Thresholds;
import io.scry.coordinator.config.ConfigValue.Kind;
import io.scry.coordinator.migration.RehearsalSettings;
import io.scry.coordinator.rehearsal.LockThresholds;
import io.scry.coordinator.report.ReportFormat;
import io.scry.protocol.replay.ReplayMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a {@link ScryConfig}: defaults, then {@code scry.yaml}, then {@code SCRY_*} environment
 * variables, then flags. Unknown keys in the file and values that do not parse are errors naming
 * the key and where the value came from.
 *
 * <pre>{@code
 * ScryConfig config = ConfigLoader.load(Path.of("scry.yaml"), System.getenv(),
 *     Map.of("shadow.url", shadowFlag));
 * }</pre>
 */
public final class ConfigLoader {
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  private ConfigLoader() {}

  /**
   * @param file scry.yaml, or null to use no file; a missing file given explicitly is an error
   * @param environment the process environment (only the {@code SCRY_*} names of {@link ConfigKey}
   *     are read)
   * @param flags values from command-line flags by dotted key; null values are ignored
   */
  public static ScryConfig load(
      Path file, Map<String, String> environment, Map<String, String> flags) {
    return resolve(effective(file, environment, flags));
  }

  /** Interprets the values {@link #effective} found; errors name each bad value's source. */
  public static ScryConfig resolve(List<ConfigValue> values) {
    Map<ConfigKey, Setting> settings = new LinkedHashMap<>();
    values.forEach(v -> settings.put(v.key(), new Setting(v.value(), v.source(), v.kind())));
    return resolve(new Values(settings));
  }

  /**
   * Every key's effective value and its source, without interpreting the values: what {@link #load}
   * resolves. Same arguments as {@link #load}.
   */
  public static List<ConfigValue> effective(
      Path file, Map<String, String> environment, Map<String, String> flags) {
    Map<ConfigKey, ConfigValue> settings = new LinkedHashMap<>();
    for (ConfigKey key : ConfigKey.values()) {
      settings.put(key, new ConfigValue(key, key.defaultValue(), Kind.DEFAULT, "default"));
    }
    if (file != null) {
      readYaml(file)
          .forEach(
              (key, s) ->
                  settings.put(key, new ConfigValue(key, s.value(), Kind.FILE, s.source())));
    }
    for (ConfigKey key : ConfigKey.values()) {
      String value = environment.get(key.environmentVariable());
      if (value != null) {
        settings.put(key, new ConfigValue(key, value, Kind.ENV, key.environmentVariable()));
      }
    }
    flags.forEach(
        (name, value) -> {
          ConfigKey key = ConfigKey.byKey(name);
          if (key == null) {
            throw new IllegalArgumentException("no configuration key " + name);
          }
          if (value != null) {
            settings.put(key, new ConfigValue(key, value, Kind.FLAG, "command line"));
          }
        });
    return List.copyOf(settings.values());
  }

  /**
   * The {@code SCRY_*} variables of {@code environment} that are neither a key's variable nor one
   * of {@code others} (read elsewhere, such as {@code SCRY_TOKEN}): most likely a misspelt key,
   * which would otherwise be ignored in silence.
   */
  public static List<String> unknownVariables(
      Map<String, String> environment, Collection<String> others) {
    Set<String> known = new HashSet<>(others);
    for (ConfigKey key : ConfigKey.values()) {
      known.add(key.environmentVariable());
    }
    return environment.keySet().stream()
        .filter(name -> name.startsWith("SCRY_") && !known.contains(name))
        .sorted()
        .toList();
  }

  private static ScryConfig resolve(Values v) {
    Double pct = v.optionalNumber(ConfigKey.LATENCY_REGRESSION_PCT, 0, 10_000);
    double defaultMultiplier = pct == null ? Double.NaN : 1 + pct / 100.0;
    Thresholds thresholds =
        new Thresholds(
            v.multiplier(ConfigKey.P50_MAX_MULTIPLIER, defaultMultiplier),
            v.multiplier(ConfigKey.P95_MAX_MULTIPLIER, defaultMultiplier),
            v.multiplier(ConfigKey.P99_MAX_MULTIPLIER, defaultMultiplier),
            v.number(ConfigKey.LATENCY_REGRESSION_ABS_MS, 0, 3_600_000),
            (long) v.integer(ConfigKey.MIN_QUERY_COUNT, 1, Integer.MAX_VALUE),
            v.number(ConfigKey.ERROR_RATE_MAX_DELTA, 0, 1),
            Thresholds.DEFAULTS.confidence(),
            Thresholds.DEFAULTS.bootstrapIterations(),
            Thresholds.DEFAULTS.seed());
    ReplayMode mode =
        ReplayMode.parse(v.text(ConfigKey.MODE))
            .orElseThrow(() -> v.invalid(ConfigKey.MODE, "stress or timed"));
    String output = v.text(ConfigKey.REPORT_OUTPUT);
    if (output.isBlank()) {
      throw v.invalid(ConfigKey.REPORT_OUTPUT, "a directory path");
    }
    Duration lead = v.duration(ConfigKey.REHEARSAL_LEAD);
    if (lead == null) {
      throw v.invalid(ConfigKey.REHEARSAL_LEAD, "a duration like 5s or 500ms");
    }
    return new ScryConfig(
        v.duration(ConfigKey.CAPTURE_WINDOW),
        v.text(ConfigKey.SHADOW_URL),
        v.text(ConfigKey.SHADOW_CHECKPOINT),
        v.text(ConfigKey.SHADOW_MIGRATION_CMD),
        thresholds,
        v.formats(ConfigKey.REPORT_FORMAT),
        Path.of(output),
        v.integer(ConfigKey.ROUNDS, 1, 50),
        v.number(ConfigKey.SAMPLE_PCT, 0.001, 100),
        v.number(ConfigKey.MIN_CAPTURE_COMPLETENESS, 0, 100),
        v.bool(ConfigKey.REPLAY_PAST_GAPS),
        v.text(ConfigKey.REPLAY_ROLE).strip(),
        mode,
        v.bool(ConfigKey.CALIBRATE),
        new RehearsalSettings(
            v.bool(ConfigKey.REHEARSAL_ENABLED),
            lead,
            v.number(ConfigKey.REHEARSAL_SPEED, 0.01, 100),
            v.bool(ConfigKey.REHEARSAL_PROVE_REWRITES),
            v.bool(ConfigKey.REHEARSAL_COMPARE_LATENCY)),
        new LockThresholds(
            v.integer(ConfigKey.LOCK_MAX_BLOCKED_MS, 0, Integer.MAX_VALUE),
            v.integer(ConfigKey.LOCK_MAX_EXCLUSIVE_MS, 0, Integer.MAX_VALUE)),
        v.bool(ConfigKey.PROVE_ADVICE));
  }

  private static Map<ConfigKey, Setting> readYaml(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("configuration file " + file + " does not exist");
    }
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new ConfigException(file + " is not valid YAML" + where(e) + ": " + problem(e));
    } catch (IOException e) {
      throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage());
    }
    Map<ConfigKey, Setting> settings = new LinkedHashMap<>();
    if (root == null || root.isMissingNode() || root.isNull()) {
      return settings;
    }
    flatten(root, "", file, settings);
    return settings;
  }

  /** Where in the file the parser stopped, as people count: line and column from 1. */
  private static String where(JsonProcessingException e) {
    JsonLocation at = e.getLocation();
    if (at == null || at.getLineNr() < 1) {
      return "";
    }
    return " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  /** The parser's complaint without the location and the snippet it appends. */
  private static String problem(JsonProcessingException e) {
    String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    return original.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
  }

  private static void flatten(
      JsonNode node, String prefix, Path file, Map<ConfigKey, Setting> out) {
    if (!node.isObject()) {
      throw new ConfigException(
          file + ": " + (prefix.isEmpty() ? "the document" : prefix) + " must be a mapping");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String dotted = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
      ConfigKey key = ConfigKey.byKey(dotted);
      if (key != null) {
        out.put(
            key, new Setting(scalar(field.getValue(), dotted, file), file.toString(), Kind.FILE));
      } else if (field.getValue().isObject() && isPrefixOfAKey(dotted)) {
        flatten(field.getValue(), dotted, file, out);
      } else {
        throw new ConfigException("unknown key " + dotted + " in " + file + knownKeysHint(prefix));
      }
    }
  }

  private static String scalar(JsonNode value, String key, Path file) {
    if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(item.asText()));
      return String.join(",", items);
    }
    if (value.isContainerNode()) {
      throw new ConfigException(file + ": " + key + " must be a value, not a mapping");
    }
    return value.isNull() ? "" : value.asText();
  }

  private static boolean isPrefixOfAKey(String dotted) {
    return Arrays.stream(ConfigKey.values()).anyMatch(k -> k.key().startsWith(dotted + "."));
  }

  private static String knownKeysHint(String prefix) {
    List<String> known =
        Arrays.stream(ConfigKey.values())
            .map(ConfigKey::key)
            .filter(k -> prefix.isEmpty() || k.startsWith(prefix + "."))
            .toList();
    return " (known keys"
        + (prefix.isEmpty() ? "" : " under " + prefix)
        + ": "
        + String.join(", ", known)
        + ")";
  }

  private record Setting(String value, String source, Kind kind) {}

  /** Typed access to the resolved settings; every parse error names the key and its source. */
  private record Values(Map<ConfigKey, Setting> settings) {
    String text(ConfigKey key) {
      return settings.get(key).value().trim();
    }

    ConfigException invalid(ConfigKey key, String expected) {
      Setting s = settings.get(key);
      return new ConfigException(
          key.key()
              + " (from "
              + s.source()
              + "): expected "
              + expected
              + ", got '"
              + s.value()
              + "'");
    }

    double number(ConfigKey key, double min, double max) {
      Double value = optionalNumber(key, min, max);
      if (value == null) {
        throw invalid(key, "a number");
      }
      return value;
    }

    Double optionalNumber(ConfigKey key, double min, double max) {
      String text = text(key);
      if (text.isEmpty()) {
        return null;
      }
      double value;
      try {
        value = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        throw invalid(key, "a number between " + min + " and " + max);
      }
      if (!(value >= min && value <= max)) {
        throw invalid(key, "a number between " + min + " and " + max);
      }
      return value;
    }

    int integer(ConfigKey key, int min, int max) {
      String text = text(key);
      try {
        int value = Integer.parseInt(text);
        if (value >= min && value <= max) {
          return value;
        }
      } catch (NumberFormatException e) {
        // reported below with the key's name
      }
      throw invalid(key, "a whole number between " + min + " and " + max);
    }

    /** An explicit multiplier wins; otherwise the one from latency_regression_pct, else default. */
    double multiplier(ConfigKey key, double fromPct) {
      boolean explicit = settings.get(key).kind() != Kind.DEFAULT;
      if (!explicit && !Double.isNaN(fromPct)) {
        return fromPct;
      }
      return number(key, 1, 1_000_000);
    }

    boolean bool(ConfigKey key) {
      return switch (text(key).toLowerCase(Locale.ROOT)) {
        case "true", "yes", "on", "1" -> true;
        case "false", "no", "off", "0" -> false;
        default -> throw invalid(key, "true or false");
      };
    }

    Duration duration(ConfigKey key) {
      String text = text(key).toLowerCase(Locale.ROOT);
      if (text.isEmpty() || text.equals("all")) {
        return null;
      }
      Matcher m = DURATION.matcher(text);
      if (!m.matches()) {
        throw invalid(key, "a duration like 30m, 6h or 2d");
      }
      long n = Long.parseLong(m.group(1));
      Duration d =
          switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
          };
      if (d.isZero()) {
        throw invalid(key, "a duration greater than zero");
      }
      return d;
    }

    List<ReportFormat> formats(ConfigKey key) {
      List<ReportFormat> formats = new ArrayList<>();
      for (String name : text(key).split(",")) {
        if (name.isBlank()) {
          continue;
        }
        ReportFormat format = ReportFormat.parse(name);
        if (format == null) {
          throw invalid(key, "a list of terminal, json, junit, markdown, html");
        }
        if (!formats.contains(format)) {
          formats.add(format);
        }
      }
      if (formats.isEmpty()) {
        throw invalid(key, "at least one format");
      }
      return List.copyOf(formats);
    }
  }
}
