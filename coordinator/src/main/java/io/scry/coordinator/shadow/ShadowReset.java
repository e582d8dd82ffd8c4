package io.scry.coordinator.shadow;

import io.scry.coordinator.explain.BlockingSql;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Starts a shadow's replication over, for a shadow that fell out of step (a lost slot, a failed
 * copy, rows changed on the shadow by hand): drops the subscription and its slot, empties the
 * replicated tables, and subscribes again with a new initial copy. The schema, the publication and
 * the checkpoints stay.
 */
public final class ShadowReset {
  private ShadowReset() {}

  public static void run(
      Endpoint shadowEndpoint,
      Optional<ShadowName> name,
      Optional<Endpoint> sourceOverride,
      Consumer<String> out) {
    try (BlockingSql shadow = shadowEndpoint.connect()) {
      RecordedShadow recorded = RecordedShadow.find(shadow, shadowEndpoint, name, sourceOverride);
      ShadowName shadowName = recorded.name();
      try (BlockingSql source = recorded.source().connect()) {
        Subscription subscription = new Subscription(shadow, shadowName);
        subscription.drop();
        ReplicationSlot.dropIfIdle(source, shadowName);
        shadow.execute("TRUNCATE " + String.join(", ", recorded.record().tables()));
        out.accept(
            "reset: dropped subscription "
                + shadowName.subscription()
                + " and emptied "
                + recorded.record().tables().size()
                + " table(s)");
        if (source.queryValue(
                "SELECT 1 FROM pg_publication WHERE pubname = "
                    + BlockingSql.literal(shadowName.publication()))
            == null) {
          Publication.create(source, recorded.source(), shadowName, recorded.record().tables());
        }
        ReplicationSlot.create(source, recorded.source(), shadowName);
        subscription.create(ConnInfo.of(recorded.source().url()), recorded.source());
        long totalBytes = TableList.bytes(source, recorded.record().tables());
        InitialCopy.await(
            shadow, shadowEndpoint, shadowName, totalBytes, p -> out.accept(p.line()));
        SequenceValues.sync(source, shadow, recorded.record().tables());
        out.accept("shadow " + shadowName + " streams from the source again");
      }
    }
  }
}
