package io.scry.cli.node;

import io.scry.cli.security.IngestSecretOptions;
import io.scry.cli.security.TokenOptions;
import io.scry.protocol.security.OwnerOnly;
import io.scry.protocol.security.Secrets;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of what a coordinator serves — job API, capture ingest, store, control database,
 * token — shared by {@code coordinator} and {@code local} so both read them the same way.
 */
final class CoordinatorServiceOptions {

  /** Where {@code local} keeps the token it generated, under the store. */
  static final String API_TOKEN_FILE = "api-token";

  /** Where {@code local} keeps the ingest secret it generated, under the store. */
  static final String INGEST_SECRET_FILE = "ingest-secret";

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

  @Mixin TokenOptions tokens;

  @Mixin IngestSecretOptions ingestSecret;

  @Option(
      names = "--insecure",
      description = {
        "Serve the job API without a token and the ingest port without a secret when none is",
        "given: anyone who reaches them can submit jobs or add statements to captures. For",
        "'coordinator', also run the cluster traffic in clear when no --cluster-key-file is given."
      })
  boolean insecure;

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
    return tokens.token();
  }

  /**
   * The token and ingest secret the coordinator serves with, as configured.
   *
   * @throws IllegalArgumentException if one is missing and {@code --insecure} was not given
   */
  ServiceAccess requiredAccess() {
    ServiceAccess access = new ServiceAccess(bearerToken(), ingestSecret.secret(), insecure);
    if (!insecure && access.token() == null) {
      throw new IllegalArgumentException(
          "the job API needs a bearer token: --token-file FILE, $SCRY_TOKEN_FILE, $SCRY_TOKEN or"
              + " --token (or --insecure to serve it to anyone)");
    }
    if (!insecure && ingest != null && access.ingestSecret() == null) {
      throw new IllegalArgumentException(
          "--ingest needs a secret the proxies share: --ingest-secret-file FILE,"
              + " $SCRY_INGEST_SECRET_FILE, $SCRY_INGEST_SECRET or --ingest-secret (or --insecure"
              + " to accept any shipper)");
    }
    return access;
  }

  /**
   * The token and ingest secret, a random one generated for each that is missing (unless {@code
   * --insecure}) and written, readable by this user only, to {@code STORE/api-token} and {@code
   * STORE/ingest-secret} for the local clients to read.
   *
   * @param out where to say which files were written
   */
  ServiceAccess generatedAccess(PrintWriter out) throws IOException {
    String token = bearerToken();
    String secret = ingestSecret.secret();
    if (!insecure && token == null) {
      token = generate(API_TOKEN_FILE, "job API token", "--token-file", out);
    }
    if (!insecure && ingest != null && secret == null) {
      secret = generate(INGEST_SECRET_FILE, "ingest secret", "--ingest-secret-file", out);
    }
    return new ServiceAccess(token, secret, insecure);
  }

  private String generate(String fileName, String what, String option, PrintWriter out)
      throws IOException {
    OwnerOnly.createDirectories(store);
    Path file = store.resolve(fileName);
    String secret = Secrets.random();
    Secrets.write(file, secret);
    out.printf("%s generated: clients pass %s %s%n", what, option, file);
    return secret;
  }
}
