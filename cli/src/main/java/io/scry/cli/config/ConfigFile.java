package io.scry.cli.config;

import java.nio.file.Files;
import java.nio.file.Path;

/** Which scry.yaml a command reads: the one given with {@code --config}, else ./scry.yaml. */
public final class ConfigFile {
  private ConfigFile() {}

  /**
   * @param explicit the {@code --config} value, or null
   * @return the file to read, or null when there is none (defaults and {@code SCRY_*} apply)
   */
  public static Path resolve(Path explicit) {
    if (explicit != null) {
      return explicit;
    }
    Path local = Path.of("scry.yaml");
    return Files.isRegularFile(local) ? local : null;
  }
}
