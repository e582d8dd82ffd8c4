package io.scry.coordinator.jobs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The askers waiting for a job to reach a state (a long poll of {@code GET /api/v1/jobs/{id}}):
 * each is answered once, by the first status update that reaches its state or by its expiry with
 * the status as it is then. One request per replay instead of one every few milliseconds: a gate
 * runs a dozen replays, and a poll of the job costs the replay it waits for CPU time.
 */
final class JobWaiters {

  private final Map<String, List<JobManager.Await>> byJob = new HashMap<>();

  void add(JobManager.Await await) {
    byJob.computeIfAbsent(await.id(), id -> new ArrayList<>()).add(await);
  }

  /** Answers everyone waiting for {@code job} whose state it has reached. */
  void updated(JobStatus job) {
    List<JobManager.Await> waiting = byJob.get(job.id());
    if (waiting == null) {
      return;
    }
    waiting.removeIf(
        await -> {
          if (job.state().reached(await.until())) {
            await.replyTo().tell(Optional.of(job));
            return true;
          }
          return false;
        });
    if (waiting.isEmpty()) {
      byJob.remove(job.id());
    }
  }

  /** Answers {@code await} with {@code current} if it is still waiting. */
  void expired(JobManager.Await await, JobStatus current) {
    List<JobManager.Await> waiting = byJob.get(await.id());
    if (waiting != null && waiting.remove(await)) {
      await.replyTo().tell(Optional.ofNullable(current));
      if (waiting.isEmpty()) {
        byJob.remove(await.id());
      }
    }
  }
}
