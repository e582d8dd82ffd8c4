package io.scry.coordinator.config;

import io.scry.coordinator.compare.Thresholds;
import io.scry.coordinator.migration.RehearsalSettings;
import io.scry.coordinator.rehearsal.LockThresholds;
import io.scry.coordinator.report.ReportFormat;
import io.scry.protocol.replay.ReplayMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The settings of a migration check, resolved from {@code scry.yaml}, {@code SCRY_*} environment
 * variables and command-line flags (in that order of precedence, last wins). See {@link
 * ConfigLoader} and docs/CI.md.
 *
 * @param captureWindow the newest part of the capture to replay; null means all of it
 * @param shadowUrl the shadow database to clone, empty when not configured
 * @param shadowCheckpoint the checkpoint of the shadow to clone instead, empty when none
 * @param migrationCommand the migration as a shell command line, empty when not configured
 * @param samplePct percent of sessions to replay, in (0, 100]
 * @param minCaptureCompleteness percent of the forwarded statements a capture must hold, in [0,
 *     100]
 * @param replayPastGaps replay a session's statements after a gap in its capture too
 * @param replayRole the role the replayed traffic acts as, empty for the shadow URL's user
 * @param mode how the replays pace statements
 * @param calibrate whether to replay an untouched clone too (A/A noise calibration)
 * @param rehearsal whether and how to rehearse the migration under the replayed traffic
 * @param lockThresholds what the rehearsal's measurements may reach before they fail the verdict
 * @param proveAdvice whether to build and replay the indexes the report suggests
 */
public record ScryConfig(
    Duration captureWindow,
    String shadowUrl,
    String shadowCheckpoint,
    String migrationCommand,
    Thresholds thresholds,
    List<ReportFormat> reportFormats,
    Path reportOutput,
    int rounds,
    double samplePct,
    double minCaptureCompleteness,
    boolean replayPastGaps,
    String replayRole,
    ReplayMode mode,
    boolean calibrate,
    RehearsalSettings rehearsal,
    LockThresholds lockThresholds,
    boolean proveAdvice) {}
