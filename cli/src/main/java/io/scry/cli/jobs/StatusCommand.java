package io.scry.cli.jobs;

import io.scry.cli.ScryCli;
import io.scry.coordinator.api.JobView;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code scry-cluster status JOB}: a job's state, phase, progress and ETA. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Show a job's state and progress.")
public class StatusCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin ApiOptions api;

  @Parameters(index = "0", paramLabel = "JOB", description = "The job id.")
  String job;

  @Override
  public Integer call() throws Exception {
    JobView status = api.api().status(job);
    PrintWriter out = spec.commandLine().getOut();
    out.printf("job %s: %s%n", status.id(), status.state());
    if (!status.phase().isEmpty()) {
      out.printf("phase: %s%n", status.phase());
    }
    out.printf("progress: %.1f%%%n", status.progressPct());
    if (status.etaSeconds() != null && !status.state().equals("done")) {
      out.printf("eta: %s%n", io.scry.coordinator.report.Durations.compact(status.etaSeconds()));
    }
    if (status.reason() != null) {
      out.printf("reason: %s%n", status.reason());
    }
    out.flush();
    return ScryCli.EXIT_OK;
  }
}
