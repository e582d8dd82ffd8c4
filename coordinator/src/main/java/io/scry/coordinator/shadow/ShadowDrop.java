package io.scry.coordinator.shadow;

import io.scry.coordinator.explain.BlockingSql;
import io.scry.coordinator.migration.DatabaseCloner;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Removes a shadow: its checkpoints' databases, the subscription on the shadow with its slot on the
 * source, the publication on the source and the metadata; then checks that the source has no slot
 * of that name left. The copied tables stay in the shadow database, which is the user's. When the
 * source cannot be reached, everything on the shadow's side is removed still, and the failure says
 * which slot and publication remain on the source and the SQL that drops them.
 */
public final class ShadowDrop {
  private ShadowDrop() {}

  public static void run(
      Endpoint shadowEndpoint,
      Optional<ShadowName> name,
      Optional<Endpoint> sourceOverride,
      Consumer<String> out) {
    RecordedShadow recorded;
    boolean slotDropped;
    try (BlockingSql shadow = shadowEndpoint.connect()) {
      recorded = RecordedShadow.find(shadow, shadowEndpoint, name, sourceOverride);
      List<ShadowCheckpoint> checkpoints =
          ShadowMetadata.checkpoints(shadow, Optional.of(recorded.name()));
      if (!checkpoints.isEmpty()) {
        try (DatabaseCloner cloner = ShadowServer.cloner(shadowEndpoint, Duration.ZERO)) {
          for (ShadowCheckpoint checkpoint : checkpoints) {
            cloner.drop(checkpoint.database());
            out.accept(
                "dropped checkpoint " + checkpoint.name() + " (" + checkpoint.database() + ")");
          }
        }
      }
      slotDropped = new Subscription(shadow, recorded.name()).drop();
      ShadowMetadata.delete(shadow, recorded.name());
      out.accept("dropped subscription " + recorded.name().subscription() + " and the metadata");
    }
    ShadowName shadowName = recorded.name();
    BlockingSql source;
    try {
      source = recorded.source().connect();
    } catch (ShadowException e) {
      throw new ShadowException(
          e.getMessage()
              + "; "
              + (slotDropped
                  ? "the publication " + shadowName.publication() + " remains"
                  : "the replication slot "
                      + shadowName.slot()
                      + " and the publication "
                      + shadowName.publication()
                      + " remain")
              + " on the source",
          "run "
              + SourceLeftovers.cleanupSql(shadowName)
              + " on the source when it is back: a slot left there keeps its WAL and fills its"
              + " disk",
          "",
          e);
    }
    try (source) {
      ReplicationSlot.dropIfIdle(source, shadowName);
      Publication.drop(source, shadowName);
      String left =
          source.queryValue(
              "SELECT slot_name::text FROM pg_replication_slots WHERE slot_name = "
                  + BlockingSql.literal(shadowName.slot()));
      if (left != null) {
        throw new ShadowException(
            "the slot " + left + " is still on " + recorded.source().described(),
            "run " + SourceLeftovers.cleanupSql(shadowName) + " on the source");
      }
    }
    out.accept(
        "dropped slot "
            + shadowName.slot()
            + " and publication "
            + shadowName.publication()
            + " on the source: nothing of shadow "
            + shadowName
            + " is left there");
  }
}
