package io.scry.cli.demo;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.shadow.Endpoint;
import io.scry.coordinator.shadow.ShadowCheckpoint;
import io.scry.coordinator.shadow.ShadowCheckpoints;
import io.scry.coordinator.shadow.ShadowDrop;
import io.scry.coordinator.shadow.ShadowInit;
import io.scry.coordinator.shadow.ShadowName;
import io.scry.fixtures.db.LocalPostgres;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The demo's shadow, built as a user builds one and by the same code: {@code shadow init} from
 * production (the schema, then logical replication: the initial copy, then streaming), {@code
 * shadow checkpoint} just before the captured traffic for the gate to clone, and {@code shadow
 * drop} at the end, so that production keeps no slot or publication.
 */
final class DemoShadow implements AutoCloseable {

  /** The checkpoint the gate clones. */
  static final String CHECKPOINT = "demo";

  /** Production is idle when the checkpoint is taken: it catches up in moments, not minutes. */
  private static final Duration CATCH_UP = Duration.ofSeconds(60);

  private final Endpoint production;
  private final Endpoint shadow;
  private final ShadowName name;
  private boolean dropped;

  private DemoShadow(Endpoint production, Endpoint shadow) {
    this.production = production;
    this.shadow = shadow;
    this.name = ShadowName.ofDatabase(shadow.url().database());
  }

  /**
   * Makes the empty database {@code database} of {@code shadowServer} a shadow of that of {@code
   * productionServer} and waits for its initial copy.
   *
   * @param say one short line per part: the replication objects, the copy
   */
  static DemoShadow init(
      LocalPostgres productionServer,
      LocalPostgres shadowServer,
      String database,
      Consumer<String> say) {
    DemoShadow demo =
        new DemoShadow(
            Endpoint.source(url(productionServer, database), "the demo's production"),
            Endpoint.shadow(url(shadowServer, database), "the demo's shadow"));
    String[] copy = {""};
    String[] replication = {""};
    ShadowInit.run(
        new ShadowInit.Request(demo.production, demo.shadow, demo.name, List.of(), false),
        line -> {
          // Progress comes every two seconds; the story tells the last of it.
          if (line.startsWith("copy:")) {
            copy[0] = line;
          } else if (line.startsWith("replication:")) {
            replication[0] = line;
          }
        });
    say.accept("shadow init: " + replication[0].substring("replication: ".length()));
    say.accept(
        "shadow init: initial "
            + copy[0].replaceFirst("copy: ", "copy of ")
            + "; the shadow now streams production's changes");
    return demo;
  }

  /** Freezes the shadow as production is now, for the gate to clone. */
  ShadowCheckpoint checkpoint() {
    return ShadowCheckpoints.create(
        shadow, Optional.of(name), Optional.of(production), CHECKPOINT, CATCH_UP, line -> {});
  }

  /**
   * Drops the subscription on the shadow, its slot and the publication on production, and the
   * checkpoint's database; {@link ShadowDrop} checks that production has no slot of it left.
   */
  void drop() {
    if (dropped) {
      return;
    }
    dropped = true;
    ShadowDrop.run(shadow, Optional.of(name), Optional.of(production), line -> {});
  }

  /** When the story ends early: the same drop, before the servers stop. */
  @Override
  public void close() {
    drop();
  }

  @Override
  public String toString() {
    return "the shadow " + name + " (subscription, slot, publication)";
  }

  private static DatabaseUrl url(LocalPostgres server, String database) {
    return DatabaseUrl.parse(
        "postgres://"
            + LocalPostgres.USER
            + ":"
            + LocalPostgres.PASSWORD
            + "@127.0.0.1:"
            + server.port()
            + "/"
            + database);
  }
}
