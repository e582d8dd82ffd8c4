package io.scry.coordinator.config;

/** A configuration problem; the message names the key (and where its value came from). */
public final class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
