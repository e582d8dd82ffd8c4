package io.scry.coordinator.config;

/**
 * One effective setting and where it came from, for {@code scry-cluster config show} and for
 * messages that name the origin of a bad value.
 *
 * @param source what a message names as the origin: {@code default}, the file's path, the {@code
 *     SCRY_*} variable's name, or for a flag {@code command line} unless the caller knows the flag
 */
public record ConfigValue(ConfigKey key, String value, Kind kind, String source) {

  /** The four places a value can come from, weakest first. */
  public enum Kind {
    DEFAULT,
    FILE,
    ENV,
    FLAG
  }

  /** The same value credited to another source, e.g. the flag that set it. */
  public ConfigValue withSource(String source) {
    return new ConfigValue(key, value, kind, source);
  }
}
