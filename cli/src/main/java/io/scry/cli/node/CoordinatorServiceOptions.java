package io.scry.cli.node;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options of what a coordinator serves — job API, capture ingest, store, control database,
 * token — shared by {@code coordinator} and {@code local} so both read them the same way.
 */
final class CoordinatorServiceOptions {

  @Option(
      names = "--http",
      paramLabel = "HOST:PORT",
      defaultValue = "127.0.0.1:8080",
      description = "Where to serve the HTTP job API (default: ${DEFAULT-VALUE}).")
  String http;

  @Option(
      names = "--ingest",
      paramLabel = "HOST:PORT",
      description = "Where to accept capture shippers (proxies); none if omitted.")
  String ingest;

  @Option(
      names = "--control-db",
      paramLabel = "URL",
      description =
          "postgres://user:pass@host:port/db keeping jobs and results (default: embedded).")
  String controlDb;

  @Option(
      names = "--store",
      paramLabel = "DIR",
      defaultValue = "scry-store",
      description =
          "Capture store and embedded control database directory (default: ${DEFAULT-VALUE}).")
  Path store;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      defaultValue = "${env:SCRY_TOKEN}",
      description = "Bearer token the job API requires (default: $SCRY_TOKEN, none if unset).")
  String token;

  InetSocketAddress httpAddress() {
    return Addresses.socket("--http", http);
  }

  InetSocketAddress ingestAddress() {
    return Addresses.socket("--ingest", ingest);
  }

  /** The addresses the coordinator listens on by flag, for a failure to name the one in use. */
  Map<String, InetSocketAddress> listeningAddresses() {
    Map<String, InetSocketAddress> addresses = new LinkedHashMap<>();
    addresses.put("--http", httpAddress());
    addresses.put("--ingest", ingestAddress());
    return addresses;
  }

  /** The configured token, or null when none is (an empty one means none too). */
  String bearerToken() {
    return token == null || token.isBlank() ? null : token;
  }
}
