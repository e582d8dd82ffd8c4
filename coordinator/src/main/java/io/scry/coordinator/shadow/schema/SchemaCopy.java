package io.scry.coordinator.shadow.schema;

import io.scry.coordinator.explain.BlockingSql;
import io.scry.coordinator.shadow.ShadowException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The schema of the replicated tables, generated from the source's catalogs (no {@code pg_dump}:
 * nothing may come from the host), and created on the shadow in two steps: everything the initial
 * copy needs {@link #createBeforeData before it}, the indexes {@link #createAfterData after it}.
 *
 * <pre>{@code
 * SchemaCopy copy = SchemaCopy.read(source, scope);
 * copy.createBeforeData(shadow);
 * // ... the subscription copies the rows ...
 * copy.createAfterData(shadowEndpoint::connect);
 * }</pre>
 *
 * docs/SHADOW.md lists what is copied and what is not.
 */
public final class SchemaCopy {
  /** Undefined table, object, function: an object created before one it refers to. */
  private static final Set<String> CREATED_TOO_EARLY = Set.of("42P01", "42704", "42883");

  private static final List<SchemaPart> BEFORE_DATA =
      List.of(
          new Schemas(),
          CatalogQueries.EXTENSIONS,
          new Types(),
          CatalogQueries.SEQUENCES,
          CatalogQueries.FUNCTIONS,
          CatalogQueries.TABLES,
          Constraints.ofTables(),
          CatalogQueries.SEQUENCE_OWNERSHIP,
          Constraints.foreignKeys(),
          CatalogQueries.VIEWS,
          CatalogQueries.TRIGGERS);
  private static final List<SchemaPart> AFTER_DATA = List.of(CatalogQueries.INDEXES);

  private final Map<String, List<String>> beforeData;
  private final Map<String, List<String>> afterData;

  private SchemaCopy(Map<String, List<String>> beforeData, Map<String, List<String>> afterData) {
    this.beforeData = beforeData;
    this.afterData = afterData;
  }

  /**
   * Reads the statements from the source; {@code source} gets an empty search path, so that every
   * name in them is schema-qualified.
   */
  public static SchemaCopy read(BlockingSql source, SchemaScope scope) {
    source.execute("SELECT pg_catalog.set_config('search_path', '', false)");
    return new SchemaCopy(
        statements(source, scope, BEFORE_DATA), statements(source, scope, AFTER_DATA));
  }

  /** Creates everything but the indexes on the shadow. */
  public void createBeforeData(BlockingSql shadow) {
    create(shadow, beforeData);
  }

  /**
   * Builds the indexes on the shadow, several at a time ({@link IndexBuilds}).
   *
   * @param sessions opens a new session on the shadow database
   */
  public void createAfterData(Supplier<BlockingSql> sessions) {
    for (Map.Entry<String, List<String>> part : afterData.entrySet()) {
      IndexBuilds.Failure failure = IndexBuilds.run(part.getValue(), sessions);
      if (failure != null && failure.cause() instanceof BlockingSql.SqlException sql) {
        throw failed(part.getKey(), failure.statement(), sql);
      }
      if (failure != null) {
        throw failure.cause();
      }
    }
  }

  /** How many objects of each kind the copy creates, such as "3 tables, 2 sequences". */
  public String summary() {
    Map<String, List<String>> all = new LinkedHashMap<>(beforeData);
    all.putAll(afterData);
    return all.entrySet().stream()
        .filter(e -> !e.getValue().isEmpty())
        .map(e -> e.getValue().size() + " " + e.getKey())
        .collect(Collectors.joining(", "));
  }

  private static Map<String, List<String>> statements(
      BlockingSql source, SchemaScope scope, List<SchemaPart> parts) {
    Map<String, List<String>> statements = new LinkedHashMap<>();
    for (SchemaPart part : parts) {
      statements.put(part.kind(), part.statements(source, scope));
    }
    return statements;
  }

  /**
   * Runs the statements in order, in one transaction, so that a failure leaves the shadow database
   * as it was; one that refers to an object created later (a function whose signature names a
   * table's row type, a view on a view made after it) is tried once more at the end.
   */
  private static void create(BlockingSql shadow, Map<String, List<String>> statements) {
    shadow.execute(
        "SELECT pg_catalog.set_config('search_path', '', false),"
            + " pg_catalog.set_config('check_function_bodies', 'false', false)");
    shadow.execute("BEGIN");
    try {
      List<String[]> deferred = new ArrayList<>();
      for (Map.Entry<String, List<String>> part : statements.entrySet()) {
        for (String statement : part.getValue()) {
          BlockingSql.SqlException failure = tryStatement(shadow, statement);
          if (failure != null && !CREATED_TOO_EARLY.contains(failure.sqlstate())) {
            throw failed(part.getKey(), statement, failure);
          }
          if (failure != null) {
            deferred.add(new String[] {part.getKey(), statement});
          }
        }
      }
      for (String[] retry : deferred) {
        BlockingSql.SqlException failure = tryStatement(shadow, retry[1]);
        if (failure != null) {
          throw failed(retry[0], retry[1], failure);
        }
      }
      shadow.execute("COMMIT");
    } catch (RuntimeException e) {
      shadow.execute("ROLLBACK");
      throw e;
    }
  }

  /**
   * Runs one statement in a savepoint; returns its failure, after which the transaction goes on.
   */
  private static BlockingSql.SqlException tryStatement(BlockingSql shadow, String statement) {
    shadow.execute("SAVEPOINT scry_schema_copy");
    try {
      shadow.execute(statement);
      shadow.execute("RELEASE SAVEPOINT scry_schema_copy");
      return null;
    } catch (BlockingSql.SqlException e) {
      shadow.execute("ROLLBACK TO SAVEPOINT scry_schema_copy");
      return e;
    }
  }

  private static ShadowException failed(String kind, String statement, BlockingSql.SqlException e) {
    boolean extension = kind.equals("extensions");
    return new ShadowException(
        "cannot copy the source's " + kind + " to the shadow (--shadow): " + e.getMessage(),
        extension
            ? "install the extension's package on the shadow server, then run shadow init again"
            : "create that object on the shadow by hand, or leave its table out with --tables;"
                + " docs/SHADOW.md lists what the schema copy covers",
        statement,
        e);
  }
}
