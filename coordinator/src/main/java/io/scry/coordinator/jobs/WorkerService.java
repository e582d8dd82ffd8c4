package io.scry.coordinator.jobs;

import io.scry.protocol.cluster.ClusterContract;
import io.scry.protocol.v1.WorkerCommand;
import org.apache.pekko.actor.typed.receptionist.ServiceKey;

/** How the coordinator finds replay workers: the receptionist key of the cluster contract. */
public final class WorkerService {

  /** Equal to the key every worker registers under: same id, same message type. */
  public static final ServiceKey<WorkerCommand> KEY =
      ServiceKey.create(WorkerCommand.class, ClusterContract.WORKER_SERVICE);

  private WorkerService() {}
}
