package io.scry.coordinator.jobs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.InvalidProtocolBufferException;
import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import io.r2dbc.spi.Row;
import io.r2dbc.spi.Statement;
import io.scry.protocol.security.ConnectionStrings;
import io.scry.protocol.security.PgPass;
import io.scry.protocol.v1.ReplayResult;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Jobs and their phase results in the control PostgreSQL, through R2DBC. The schema is created on
 * {@link #open}; specs are stored as JSON, results as the protobuf bytes of {@link ReplayResult}.
 *
 * <p>On start-up, {@link #recover()} queues again every job that was planning, running or merging,
 * to resume after its last stored phase ({@link JobRun} records in the interrupted phase's result
 * that it ran twice); a job interrupted {@link #MAX_RESTARTS} times is failed with {@link
 * #RESTARTED} instead, since something in it may be what brings the coordinator down. Queued jobs
 * stay queued and run.
 */
public final class JobStore implements AutoCloseable {

  /** Interruptions by a coordinator restart a job survives; the next one fails it. */
  public static final int MAX_RESTARTS = 2;

  public static final String RESTARTED =
      "the coordinator restarted during this job "
          + (MAX_RESTARTS + 1)
          + " times; submit it again once the coordinator's log says why it stopped";

  /** The phase of a job queued again after a coordinator restart. */
  public static final String RESUMING = "resuming after a coordinator restart";

  private static final String SCHEMA =
      """
      CREATE TABLE IF NOT EXISTS scry_job (
        id text PRIMARY KEY,
        seq bigserial,
        spec text NOT NULL,
        state text NOT NULL,
        phase text NOT NULL DEFAULT '',
        progress double precision NOT NULL DEFAULT 0,
        reason text,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL
      );
      CREATE TABLE IF NOT EXISTS scry_job_result (
        job_id text NOT NULL REFERENCES scry_job(id) ON DELETE CASCADE,
        round int NOT NULL,
        target_index int NOT NULL,
        target text NOT NULL,
        result bytea NOT NULL,
        PRIMARY KEY (job_id, round, target_index)
      );
      ALTER TABLE scry_job ADD COLUMN IF NOT EXISTS restarts int NOT NULL DEFAULT 0
      """;

  private final ConnectionPool pool;
  private final ObjectMapper json = new ObjectMapper();

  private JobStore(ConnectionPool pool) {
    this.pool = pool;
  }

  /**
   * Connects to the control database ({@code postgres://user:pass@host:port/db} or an {@code
   * r2dbc:postgresql://} URL) and creates the schema if needed.
   */
  public static CompletionStage<JobStore> open(String controlDbUrl) {
    ConnectionPool pool =
        new ConnectionPool(
            ConnectionPoolConfiguration.builder(
                    ConnectionFactories.get(
                        withPassword(ConnectionFactoryOptions.parse(r2dbcUrl(controlDbUrl)))))
                .maxSize(4)
                .build());
    JobStore store = new JobStore(pool);
    return store
        .withConnection(c -> c.createBatch().add(SCHEMA).execute())
        .flatMap(r -> Mono.from(r.getRowsUpdated()))
        .then(Mono.just(store))
        .toFuture();
  }

  /** The options with the password PGPASSWORD or the password file has, if the URL gives none. */
  private static ConnectionFactoryOptions withPassword(ConnectionFactoryOptions options) {
    if (options.hasOption(ConnectionFactoryOptions.PASSWORD)) {
      return options;
    }
    Object port = options.getValue(ConnectionFactoryOptions.PORT);
    return PgPass.system()
        .password(
            null,
            String.valueOf(options.getValue(ConnectionFactoryOptions.HOST)),
            port == null ? 5432 : Integer.parseInt(port.toString()),
            String.valueOf(options.getValue(ConnectionFactoryOptions.DATABASE)),
            String.valueOf(options.getValue(ConnectionFactoryOptions.USER)))
        .map(
            password ->
                options.mutate().option(ConnectionFactoryOptions.PASSWORD, password).build())
        .orElse(options);
  }

  static String r2dbcUrl(String url) {
    if (url.startsWith("r2dbc:")) {
      return url;
    }
    for (String scheme : List.of("postgres://", "postgresql://")) {
      if (url.startsWith(scheme)) {
        return "r2dbc:postgresql://" + url.substring(scheme.length());
      }
    }
    throw new IllegalArgumentException(
        "control database URL must be postgres://user:pass@host:port/db, got '"
            + ConnectionStrings.mask(url)
            + "'");
  }

  /**
   * Queues again the jobs a previous coordinator left mid-run (or fails those interrupted too
   * often) and returns all jobs, oldest first.
   */
  public CompletionStage<List<JobStatus>> recover() {
    String interrupted = " WHERE state IN ('planning', 'running', 'merging')";
    return withConnection(
            c ->
                c.createStatement(
                        "UPDATE scry_job SET state = 'failed', reason = $1, restarts = restarts"
                            + " + 1, updated_at = now()"
                            + interrupted
                            + " AND restarts >= $2")
                    .bind("$1", RESTARTED)
                    .bind("$2", MAX_RESTARTS)
                    .execute())
        .flatMap(r -> Mono.from(r.getRowsUpdated()))
        .thenMany(
            withConnection(
                c ->
                    c.createStatement(
                            "UPDATE scry_job SET state = 'queued', phase = $1, restarts ="
                                + " restarts + 1, updated_at = now()"
                                + interrupted)
                        .bind("$1", RESUMING)
                        .execute()))
        .flatMap(r -> Mono.from(r.getRowsUpdated()))
        .then(all())
        .toFuture();
  }

  private Mono<List<JobStatus>> all() {
    return withConnection(c -> c.createStatement("SELECT * FROM scry_job ORDER BY seq").execute())
        .flatMap(r -> r.map((row, meta) -> toStatus(row)))
        .collectList();
  }

  public CompletionStage<Void> insert(JobStatus job) {
    return withConnection(
            c ->
                c.createStatement(
                        "INSERT INTO scry_job (id, spec, state, phase, progress, created_at,"
                            + " updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)")
                    .bind("$1", job.id())
                    .bind("$2", toJson(withoutPasswords(job.spec())))
                    .bind("$3", job.state().label())
                    .bind("$4", job.phase())
                    .bind("$5", job.progressPct())
                    .bind("$6", utc(job.createdAt()))
                    .bind("$7", utc(job.updatedAt()))
                    .execute())
        .flatMap(r -> Mono.from(r.getRowsUpdated()))
        .then()
        .toFuture();
  }

  public CompletionStage<Void> update(JobStatus job) {
    return withConnection(
            c -> {
              Statement s =
                  c.createStatement(
                          "UPDATE scry_job SET state = $2, phase = $3, progress = $4, reason = $5,"
                              + " updated_at = $6 WHERE id = $1")
                      .bind("$1", job.id())
                      .bind("$2", job.state().label())
                      .bind("$3", job.phase())
                      .bind("$4", job.progressPct())
                      .bind("$6", utc(job.updatedAt()));
              if (job.reason() == null) {
                s.bindNull("$5", String.class);
              } else {
                s.bind("$5", job.reason());
              }
              return s.execute();
            })
        .flatMap(r -> Mono.from(r.getRowsUpdated()))
        .then()
        .toFuture();
  }

  public CompletionStage<Void> saveResult(String jobId, PhaseResult phase) {
    return withConnection(
            c ->
                c.createStatement(
                        "INSERT INTO scry_job_result (job_id, round, target_index, target, result)"
                            + " VALUES ($1, $2, $3, $4, $5) ON CONFLICT (job_id, round,"
                            + " target_index) DO UPDATE SET result = EXCLUDED.result")
                    .bind("$1", jobId)
                    .bind("$2", phase.round())
                    .bind("$3", phase.targetIndex())
                    .bind("$4", ConnectionStrings.mask(phase.target()))
                    .bind("$5", ByteBuffer.wrap(phase.result().toByteArray()))
                    .execute())
        .flatMap(r -> Mono.from(r.getRowsUpdated()))
        .then()
        .toFuture();
  }

  /** The merged results of a job's finished phases, by round then target. */
  public CompletionStage<List<PhaseResult>> results(String jobId) {
    return withConnection(
            c ->
                c.createStatement(
                        "SELECT round, target_index, target, result FROM scry_job_result"
                            + " WHERE job_id = $1 ORDER BY round, target_index")
                    .bind("$1", jobId)
                    .execute())
        .flatMap(
            r ->
                r.map(
                    (row, meta) ->
                        new PhaseResult(
                            row.get("round", Integer.class),
                            row.get("target_index", Integer.class),
                            row.get("target", String.class),
                            parseResult(row.get("result", ByteBuffer.class)))))
        .collectList()
        .toFuture();
  }

  @Override
  public void close() {
    pool.dispose();
  }

  private <T> Flux<T> withConnection(Function<Connection, Publisher<T>> work) {
    return Flux.usingWhen(pool.create(), work, Connection::close);
  }

  private JobStatus toStatus(Row row) {
    return new JobStatus(
        row.get("id", String.class),
        fromJson(row.get("spec", String.class)),
        JobState.ofLabel(row.get("state", String.class)),
        row.get("phase", String.class),
        row.get("progress", Double.class),
        null,
        row.get("reason", String.class),
        row.get("restarts", Integer.class),
        row.get("created_at", OffsetDateTime.class).toInstant(),
        row.get("updated_at", OffsetDateTime.class).toInstant());
  }

  /**
   * The spec as the control database keeps it: target URLs without their passwords, so that a copy
   * or backup of that database holds none. Workers find the password of a job read back from it
   * (after a coordinator restart) in PGPASSWORD or their password file.
   */
  private static JobSpec withoutPasswords(JobSpec spec) {
    return spec.withTargets(
        spec.targets().stream().map(ConnectionStrings::withoutPassword).toList());
  }

  private String toJson(JobSpec spec) {
    try {
      return json.writeValueAsString(spec);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write job spec as JSON", e);
    }
  }

  private JobSpec fromJson(String text) {
    try {
      return json.readValue(text, JobSpec.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored job spec is not readable: " + e.getMessage(), e);
    }
  }

  private static ReplayResult parseResult(ByteBuffer bytes) {
    try {
      return ReplayResult.parseFrom(bytes);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException("stored replay result is corrupt", e);
    }
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
