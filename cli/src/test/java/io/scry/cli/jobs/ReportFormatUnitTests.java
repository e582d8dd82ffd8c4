package io.scry.cli.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class ReportFormatUnitTests {
  private final ReportFormat.Converter converter = new ReportFormat.Converter();

  @Test
  void formatsAreReadInAnyCaseWithADashForTheVerdictJson() {
    assertEquals(ReportFormat.TABLE, converter.convert("table"));
    assertEquals(ReportFormat.JUNIT, converter.convert("JUnit"));
    assertEquals(ReportFormat.VERDICT_JSON, converter.convert("verdict-json"));
  }

  @Test
  void anUnknownFormatListsTheKnownOnes() {
    CommandLine.TypeConversionException error =
        assertThrows(CommandLine.TypeConversionException.class, () -> converter.convert("pdf"));
    assertTrue(
        error
            .getMessage()
            .endsWith("expected one of table, json, junit, markdown, html, verdict-json"),
        error.getMessage());
  }
}
