package io.scry.coordinator.shadow.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.coordinator.config.DatabaseUrl;
import io.scry.coordinator.explain.BlockingSql;
import io.scry.testsupport.PostgresExtension;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class IndexBuildsIntegrationTests {
  @RegisterExtension static final PostgresExtension PG = new PostgresExtension();

  private static Supplier<BlockingSql> sessionsOn(String database) throws Exception {
    PG.createDatabase(database);
    PG.execute(
        database,
        "CREATE TABLE public.t (a int, b int, c int, d int)",
        "INSERT INTO public.t SELECT i, i % 7, i % 11, i % 13 FROM generate_series(1, 20000) i");
    DatabaseUrl url = DatabaseUrl.parse(PG.url(database));
    return () -> BlockingSql.connect(url);
  }

  @Test
  void buildsEveryIndexWithTheLargerSortMemory() throws Exception {
    Supplier<BlockingSql> sessions = sessionsOn("every_index");
    // Fails unless the session that runs it raised maintenance_work_mem (the server's is 64MB).
    String memoryCheck =
        "DO $$ BEGIN IF pg_size_bytes(current_setting('maintenance_work_mem'))"
            + " < pg_size_bytes('256MB') THEN RAISE EXCEPTION 'maintenance_work_mem is %',"
            + " current_setting('maintenance_work_mem'); END IF; END $$";

    IndexBuilds.Failure failure =
        IndexBuilds.run(
            List.of(
                "CREATE INDEX t_a ON public.t (a)",
                memoryCheck,
                "CREATE INDEX t_b ON public.t (b)",
                "CREATE INDEX t_c ON public.t (c)",
                memoryCheck,
                "CREATE INDEX t_d ON public.t (d)"),
            sessions);

    assertNull(failure, () -> failure.statement() + ": " + failure.cause().getMessage());
    try (BlockingSql check = sessions.get()) {
      assertEquals(
          "t_a,t_b,t_c,t_d",
          check.queryValue(
              "SELECT string_agg(indexrelid::regclass::text, ','"
                  + " ORDER BY indexrelid::regclass::text) FROM pg_index"
                  + " WHERE indrelid = 'public.t'::regclass"));
    }
  }

  @Test
  void reportsTheStatementThatFailedAndBuildsNothingAfterIt() throws Exception {
    Supplier<BlockingSql> sessions = sessionsOn("failing_index");

    IndexBuilds.Failure failure =
        IndexBuilds.run(
            List.of(
                "CREATE INDEX t_a ON public.t (a)",
                "CREATE INDEX t_x ON public.t (no_such_column)",
                "SELECT pg_sleep(0.5)",
                "SELECT pg_sleep(0.5)",
                "CREATE INDEX t_late ON public.t (d)"),
            sessions);

    assertNotNull(failure);
    assertEquals("CREATE INDEX t_x ON public.t (no_such_column)", failure.statement());
    assertTrue(
        failure.cause().getMessage().contains("no_such_column"), failure.cause()::getMessage);
    try (BlockingSql check = sessions.get()) {
      assertEquals(
          "0",
          check.queryValue("SELECT count(*) FROM pg_class WHERE relname = 't_late'"),
          "a session goes on to no new statement once one failed");
    }
  }
}
