package io.scry.cli.jobs;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scry-cluster report JOB}: the per-pattern report of a job's finished phases. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = "Print a job's per-pattern latency and error report.")
public class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ApiOptions api;

  @Mixin ThresholdOptions thresholds;

  @Parameters(index = "0", paramLabel = "JOB", description = "The job id.")
  String job;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = JobReportFormat.Converter.class,
      description =
          "table or json (percentiles of any job); junit, markdown, html or verdict-json (the"
              + " verdict of target 1 against target 0, with target 2 as A/A clone when present;"
              + " exit 5 on regression) (default: ${DEFAULT-VALUE}).")
  JobReportFormat format;

  @Override
  public Integer call() throws Exception {
    return format.render(api.api(), job, spec.commandLine().getOut(), thresholds::thresholds);
  }
}
