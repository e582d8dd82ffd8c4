package io.scry.cli.ci;

import io.scry.cli.failure.UserFailure;
import io.scry.cli.jobs.JobApi;
import java.io.IOException;

/**
 * Asks the coordinator of {@code --coordinator} once before the gate clones anything: it must
 * answer, and accept the token.
 */
final class CoordinatorCheck {
  private CoordinatorCheck() {}

  /** The coordinator's job API, once it has answered with the token given. */
  static JobApi reachable(JobApi api) {
    try {
      api.checkReachable();
      return api;
    } catch (JobApi.Refused e) {
      if (e.status() == 401 || e.status() == 403) {
        throw new UserFailure(
            "the coordinator at " + api.base() + " refused the token (--token or SCRY_TOKEN)",
            "give the token the coordinator was started with",
            "",
            e);
      }
      throw new UserFailure(
          "the coordinator at " + api.base() + " (--coordinator) " + e.getMessage(),
          "check that --coordinator names the coordinator's job API",
          "",
          e);
    } catch (IOException e) {
      throw new UserFailure(
          "cannot reach the coordinator at " + api.base() + " (--coordinator)",
          "check that the coordinator runs and that this machine can reach that host and port",
          "",
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UserFailure("interrupted", "run again", "", e);
    }
  }
}
