package io.scry.cli.jobs;

import io.scry.cli.ScryCli;
import io.scry.cli.failure.UserFailure;
import io.scry.coordinator.api.JobView;
import io.scry.coordinator.jobs.JobSpec;
import io.scry.protocol.replay.ReplayMode;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scry-cluster submit}: queues a replay job on the coordinator and, with {@code --wait},
 * follows it to the end and prints its report. Exit 0 when the job is done, 1 otherwise.
 */
@Command(
    name = "submit",
    mixinStandardHelpOptions = true,
    description =
        "Submit a replay job to the coordinator (and with --wait, follow it and print the report).")
public class SubmitCommand implements Callable<Integer> {

  private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

  @Spec CommandSpec spec;

  @Mixin ApiOptions api;

  @Mixin ThresholdOptions thresholds;

  @Option(
      names = "--capture",
      required = true,
      paramLabel = "NAME|DIR",
      description = "A capture in the coordinator's store, or a directory of segment files.")
  String capture;

  @Option(
      names = "--target",
      required = true,
      arity = "1",
      paramLabel = "URL",
      description = "postgres://user:pass@host:port/db to replay against; repeat for several.")
  List<String> targets;

  static class Pace {
    @Option(
        names = "--speed",
        paramLabel = "X",
        description =
            "Timed replay at X times the captured speed (default " + JobSpec.DEFAULT_SPEED + ").")
    Double speed;

    @Option(names = "--stress", description = "Stress replay: no think time, order kept.")
    boolean stress;
  }

  @ArgGroup(exclusive = true)
  Pace pace = new Pace();

  @Option(
      names = "--sample-pct",
      paramLabel = "P",
      defaultValue = "" + JobSpec.DEFAULT_SAMPLE_PCT,
      description =
          "Replay P%% of the sessions, chosen by a stable hash (default: ${DEFAULT-VALUE}).")
  double samplePct;

  @Option(
      names = "--last-minutes",
      paramLabel = "N",
      description = "Replay only the capture's last N minutes.")
  Integer lastMinutes;

  @Option(
      names = "--rounds",
      paramLabel = "N",
      defaultValue = "" + JobSpec.DEFAULT_ROUNDS,
      description = "Replay N times against every target (default: ${DEFAULT-VALUE}).")
  int rounds;

  @Option(
      names = "--max-connections",
      paramLabel = "N",
      defaultValue = "" + JobSpec.DEFAULT_MAX_CONNECTIONS,
      description =
          "Cap on target connections over the cluster, 0 for none (default: ${DEFAULT-VALUE}).")
  int maxConnections;

  @Option(
      names = "--force-production-target",
      description = {
        "Replay even on the database the capture was taken from (refused by default: the",
        "replay would run production's statements on production)."
      })
  boolean forceProductionTarget;

  @Option(
      names = "--replay-role",
      paramLabel = "ROLE",
      description = {
        "Replay as this role (sent when each connection starts, like SET ROLE), e.g. the",
        "application's own, instead of the target URL's user."
      })
  String replayRole;

  @Option(names = "--wait", description = "Follow the job until it ends and print its report.")
  boolean await;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      converter = JobReportFormat.Converter.class,
      description = "Report format with --wait, as for report (default: ${DEFAULT-VALUE}).")
  JobReportFormat format;

  @Override
  public Integer call() throws Exception {
    Map<String, Object> job = new LinkedHashMap<>();
    job.put("capture", capture);
    job.put("targets", targets);
    job.put("mode", (pace.stress ? ReplayMode.STRESS : ReplayMode.TIMED).label());
    if (pace.speed != null) {
      job.put("speed", pace.speed);
    }
    job.put("samplePct", samplePct);
    job.put("lastMinutes", lastMinutes);
    job.put("rounds", rounds);
    job.put("maxConnections", maxConnections);
    job.put("forceProductionTarget", forceProductionTarget);
    job.put("replayRole", replayRole);
    JobApi client = api.api();
    JobView submitted = client.submit(job);
    PrintWriter out = spec.commandLine().getOut();
    out.println("job " + submitted.id() + " " + submitted.state());
    out.flush();
    if (!await) {
      return ScryCli.EXIT_OK;
    }
    // Progress goes to standard error, so standard output holds only the report.
    JobView last = follow(client, submitted.id(), spec.commandLine().getErr());
    // A verdict format fails on a job that is not done, with the job's state as the error.
    int code = format.render(client, last.id(), out, thresholds::thresholds);
    if (!"done".equals(last.state())) {
      throw new UserFailure(
          "job " + last.id() + " " + last.state() + ": " + last.reason(),
          "'scry-cluster status " + last.id() + "' shows the job; the coordinator's log says more");
    }
    return code;
  }

  static JobView follow(JobApi client, String id, PrintWriter progressOut) throws Exception {
    ProgressDisplay progress = new ProgressDisplay(progressOut, System.console() != null);
    while (true) {
      JobView job = client.status(id);
      progress.show(job);
      if (job.state().equals("done")
          || job.state().equals("failed")
          || job.state().equals("cancelled")) {
        progress.finish();
        return job;
      }
      Thread.sleep(POLL_INTERVAL.toMillis());
    }
  }
}
