package io.scry.worker.cluster;

import io.scry.protocol.cluster.ClusterContract;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.StreamSupport;
import org.apache.pekko.actor.CoordinatedShutdown;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.ClusterEvent;
import org.apache.pekko.cluster.Member;
import org.apache.pekko.cluster.MemberStatus;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.Leave;
import org.apache.pekko.cluster.typed.Subscribe;

/**
 * Makes a worker leave a cluster that has no coordinator left. A coordinator that stops (or
 * restarts) starts a cluster of its own, which the workers of the old one would never see: a worker
 * that leaves is started again by its {@link WorkerNode} and joins the coordinator through the seed
 * nodes when it is back. A coordinator lost without leaving (killed, cut off) needs no watch: the
 * split-brain resolver downs the workers' side, with the same outcome.
 */
final class CoordinatorWatch {

  private CoordinatorWatch() {}

  /** Sets {@code coordinatorGone} before leaving, so the node knows why it left. */
  static Behavior<ClusterEvent.MemberRemoved> create(AtomicBoolean coordinatorGone) {
    return Behaviors.setup(
        context -> {
          Cluster cluster = Cluster.get(context.getSystem());
          cluster
              .subscriptions()
              .tell(Subscribe.create(context.getSelf(), ClusterEvent.MemberRemoved.class));
          return Behaviors.receiveMessage(
              removed -> {
                if (isCoordinator(removed.member())
                    && !anyCoordinatorBut(cluster, removed)
                    && !stopping(context.getSystem(), cluster)) {
                  context
                      .getLog()
                      .warn(
                          "the coordinator {} left the cluster; leaving to join it again when it"
                              + " is back",
                          removed.member().address());
                  coordinatorGone.set(true);
                  cluster.manager().tell(Leave.create(cluster.selfMember().address()));
                }
                return Behaviors.same();
              });
        });
  }

  /**
   * Whether this worker is on its way out already (closed, SIGTERM): then the coordinator going too
   * is no reason to leave, and saying it would join again would be wrong.
   */
  private static boolean stopping(ActorSystem<?> system, Cluster cluster) {
    MemberStatus self = cluster.selfMember().status();
    return CoordinatedShutdown.get(Adapter.toClassic(system)).getShutdownReason().isPresent()
        || !(self.equals(MemberStatus.up()) || self.equals(MemberStatus.weaklyUp()));
  }

  private static boolean anyCoordinatorBut(Cluster cluster, ClusterEvent.MemberRemoved removed) {
    return StreamSupport.stream(cluster.state().getMembers().spliterator(), false)
        .anyMatch(m -> isCoordinator(m) && !m.address().equals(removed.member().address()));
  }

  private static boolean isCoordinator(Member member) {
    return member.hasRole(ClusterContract.ROLE_COORDINATOR);
  }
}
