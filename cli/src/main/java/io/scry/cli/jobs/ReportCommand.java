package io.scry.cli.jobs;

import io.scry.cli.ScryCli;
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

  @Parameters(index = "0", paramLabel = "JOB", description = "The job id.")
  String job;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = ReportFormat.Converter.class,
      description = "table or json (default: ${DEFAULT-VALUE}).")
  ReportFormat format;

  @Override
  public Integer call() throws Exception {
    JobApi client = api.api();
    String json = client.reportJson(job);
    format.render(json, JobApi.parseReport(json), spec.commandLine().getOut());
    return ScryCli.EXIT_OK;
  }
}
