package io.scry.coordinator.rehearsal;

/**
 * One PostgreSQL backend (server process of one client connection) as {@code pg_stat_activity}
 * showed it when the monitor first saw it. A pid is reused by later connections, so a backend is
 * the pair of pid and start time.
 *
 * @param clientPort the client's TCP port, -1 for a Unix socket or when unknown
 * @param applicationName as first seen; a session may change it later with {@code SET}
 */
public record Backend(int pid, long backendStartMicros, String applicationName, int clientPort) {}
