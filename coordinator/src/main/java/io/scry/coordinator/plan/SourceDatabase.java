package io.scry.coordinator.plan;

/**
 * A database a capture was taken from, as its proxy saw it.
 *
 * @param server the upstream {@code host:port} the proxy forwarded to
 * @param database the database the captured session connected to
 */
public record SourceDatabase(String server, String database) {}
