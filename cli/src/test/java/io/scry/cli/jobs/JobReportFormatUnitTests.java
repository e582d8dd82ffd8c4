package io.scry.cli.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class JobReportFormatUnitTests {
  private final JobReportFormat.Converter converter = new JobReportFormat.Converter();

  @Test
  void formatsAreReadInAnyCaseWithADashForTheVerdictJson() {
    assertEquals(JobReportFormat.TABLE, converter.convert("table"));
    assertEquals(JobReportFormat.JUNIT, converter.convert("JUnit"));
    assertEquals(JobReportFormat.VERDICT_JSON, converter.convert("verdict-json"));
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
