package io.scry.coordinator.report;

import java.util.Locale;

/** The formats a verdict report is rendered in, with the file name each one writes. */
public enum ReportFormat {
  TERMINAL(""),
  JSON("scry-report.json"),
  JUNIT("scry-report.xml"),
  MARKDOWN("scry-report.md"),
  HTML("scry-report.html");

  private final String fileName;

  ReportFormat(String fileName) {
    this.fileName = fileName;
  }

  /** The file this format is written to in a report directory; empty for the terminal. */
  public String fileName() {
    return fileName;
  }

  /** Parses "json", "junit", ...; null when {@code name} is none of them. */
  public static ReportFormat parse(String name) {
    for (ReportFormat format : values()) {
      if (format.name().equalsIgnoreCase(name.trim())) {
        return format;
      }
    }
    return null;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
