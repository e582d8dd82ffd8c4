package io.scry.coordinator.shadow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.migration.DatabaseCloner;
import io.scry.testsupport.LogicalReplicationServers;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class CloneSweepIntegrationTests {
  @RegisterExtension static final LogicalReplicationServers PG = new LogicalReplicationServers();

  @Test
  void dropsOnlyAbandonedIdleClonesOlderThanTheLimit() throws Exception {
    for (String database :
        List.of("scry_a1b2_baseline", "scry_c3d4_candidate", "scry_ckpt_monday", "orders")) {
      PG.shadow().createDatabase(database);
    }
    Endpoint server = Endpoint.shadow(DatabaseUrl.parse(PG.shadow().url("orders")), "--shadow");

    CloneSweep.Result young = CloneSweep.run(server, Duration.ofHours(6));
    assertEquals(List.of(), young.dropped());
    assertEquals(
        Map.of(
            "scry_a1b2_baseline", "younger than 360 min",
            "scry_c3d4_candidate", "younger than 360 min"),
        young.kept());

    PG.shadow().createDatabase("scry_e5f6_baseline");
    CloneSweep.Result old;
    try (Connection busy = PG.shadow().connect("scry_c3d4_candidate");
        DatabaseCloner liveGate = new DatabaseCloner(server.url(), Duration.ZERO)) {
      liveGate.claim("scry_e5f6");
      old = CloneSweep.run(server, Duration.ZERO);
    }
    assertEquals(List.of("scry_a1b2_baseline"), old.dropped());
    assertEquals(
        Map.of(
            "scry_c3d4_candidate", "1 session(s) connected",
            "scry_e5f6_baseline", "a running gate claims it"),
        old.kept());
    assertEquals(
        "scry_c3d4_candidate,scry_ckpt_monday,scry_e5f6_baseline",
        ShadowReplicationIntegrationTests.value(
            PG.shadow(),
            "postgres",
            "SELECT string_agg(datname, ',' ORDER BY datname) FROM pg_database"
                + " WHERE datname LIKE 'scry%'"));
  }
}
