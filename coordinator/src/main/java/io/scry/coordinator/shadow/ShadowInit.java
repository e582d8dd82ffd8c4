package io.scry.coordinator.shadow;

import io.scry.coordinator.explain.BlockingSql;
import io.scry.coordinator.shadow.schema.SchemaCopy;
import io.scry.coordinator.shadow.schema.SchemaScope;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Makes a database a shadow of a source: checks the prerequisites on both, copies the schema,
 * records the shadow, publishes the tables on the source, subscribes the shadow to them and follows
 * the initial copy until the shadow streams the source's changes.
 *
 * <pre>{@code
 * ShadowRecord shadow = ShadowInit.run(request, System.out::println);
 * }</pre>
 */
public final class ShadowInit {
  private ShadowInit() {}

  /**
   * @param tables {@code table} or {@code schema.table}; empty for every table of the source
   * @param replicaIdentityFull give the tables without a replica identity {@code REPLICA IDENTITY
   *     FULL} on the source, instead of refusing them
   */
  public record Request(
      Endpoint source,
      Endpoint shadow,
      ShadowName name,
      List<String> tables,
      boolean replicaIdentityFull) {

    public Request {
      tables = List.copyOf(tables);
    }
  }

  /**
   * @param out plain lines of what is done, the copy's progress among them
   */
  public static ShadowRecord run(Request request, Consumer<String> out) {
    try (BlockingSql source = request.source().connect();
        BlockingSql shadow = request.shadow().connect()) {
      source.execute("SELECT pg_catalog.set_config('search_path', '', false)");
      SourcePrerequisites.check(source, request.source(), request.name());
      List<SourceTable> tables = TableSelection.resolve(source, request.tables());
      if (tables.isEmpty()) {
        throw new ShadowException(
            "the source database has no tables to replicate (" + request.source().described() + ")",
            "correct the database in --source");
      }
      ShadowPrerequisites.check(shadow, request.shadow(), request.name(), tables);
      giveReplicaIdentity(source, request, tables, out);

      List<String> names = tables.stream().map(SourceTable::qualified).toList();
      SchemaCopy schema =
          SchemaCopy.read(
              source,
              new SchemaScope(names, tables.stream().map(SourceTable::schema).distinct().toList()));
      schema.createBeforeData(shadow);
      out.accept("schema: " + schema.summary());

      ShadowMetadata.create(shadow);
      // DatabaseUrl prints without its password.
      ShadowMetadata.insert(shadow, request.name(), request.source().url().toString(), names);
      try {
        Publication.create(source, request.source(), request.name(), names);
        ReplicationSlot.create(source, request.source(), request.name());
        new Subscription(shadow, request.name())
            .create(ConnInfo.of(request.source().url()), request.source());
        out.accept(
            "replication: publication "
                + request.name().publication()
                + " and slot "
                + request.name().slot()
                + " on the source, subscription "
                + request.name().subscription()
                + " on the shadow");
        long totalBytes = TableList.bytes(source, names);
        InitialCopy.await(
            shadow, request.shadow(), request.name(), totalBytes, p -> out.accept(p.line()));
        schema.createAfterData(request.shadow()::connect);
        int sequences = SequenceValues.sync(source, shadow, names);
        out.accept(
            "shadow "
                + request.name()
                + " streams "
                + names.size()
                + " table(s) from the source; "
                + sequences
                + " sequence value(s) copied (shadow checkpoint copies them again)");
      } catch (ShadowException e) {
        throw new ShadowException(
            e.getMessage(), e.remedy() + "; " + undo(request), e.details(), e);
      } catch (BlockingSql.SqlException e) {
        throw new ShadowException(
            "shadow init failed after the shadow was recorded: " + e.getMessage(),
            "fix the cause; " + undo(request),
            "",
            e);
      }
      return ShadowMetadata.find(shadow, request.shadow(), Optional.of(request.name()));
    }
  }

  private static String undo(Request request) {
    return "shadow drop --shadow URL --name " + request.name() + " removes what init made";
  }

  private static void giveReplicaIdentity(
      BlockingSql source, Request request, List<SourceTable> tables, Consumer<String> out) {
    List<SourceTable> without = TableSelection.withoutReplicaIdentity(tables);
    if (without.isEmpty()) {
      return;
    }
    String fix = TableSelection.replicaIdentityFull(without);
    if (!request.replicaIdentityFull()) {
      throw new ShadowException(
          "tables without a replica identity on "
              + request.source().described()
              + ": "
              + String.join(", ", without.stream().map(SourceTable::qualified).toList())
              + " (no primary key, and REPLICA IDENTITY DEFAULT), so their UPDATEs and DELETEs"
              + " cannot be replicated",
          "give them a primary key, or run "
              + fix
              + " on the source, or pass"
              + " --replica-identity-full to have shadow init run it");
    }
    request
        .source()
        .execute(
            source,
            fix,
            "set REPLICA IDENTITY FULL",
            "run " + fix + " on the source as the tables' owner");
    out.accept("replica identity: " + fix);
  }
}
