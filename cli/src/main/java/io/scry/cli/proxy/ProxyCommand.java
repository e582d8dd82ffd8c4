package io.scry.cli.proxy;

import io.scry.cli.ScryCli;
import io.scry.cli.console.AddressText;
import io.scry.cli.failure.AddressInUse;
import io.scry.cli.failure.Failures;
import io.scry.cli.failure.UserFailure;
import io.scry.cli.node.UntilStopped;
import io.scry.cli.security.IngestSecretOptions;
import io.scry.coordinator.store.StoreNames;
import io.scry.proxy.ProxyConfig;
import io.scry.proxy.ProxyServer;
import io.scry.proxy.capture.PseudonymKey;
import io.scry.proxy.ship.CaptureShipper;
import io.scry.proxy.ship.ShipperSettings;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scry-cluster proxy}: a transparent PostgreSQL proxy that captures every statement into
 * segment files. Runs until SIGTERM or SIGINT, then closes sessions and seals the segments.
 */
@Command(
    name = "proxy",
    mixinStandardHelpOptions = true,
    description = {
      "Forward PostgreSQL clients to an upstream server and capture every statement.",
      "Runs until SIGTERM/SIGINT, then seals the capture segments."
    })
public class ProxyCommand implements Callable<Integer> {

  /** How long a stopping proxy waits for its last segments to reach the coordinator. */
  private static final Duration SHIP_ON_EXIT = Duration.ofSeconds(10);

  @Spec CommandSpec spec;

  @Option(
      names = "--listen",
      required = true,
      paramLabel = "HOST:PORT",
      description = "Address clients connect to (port 0: any free port).")
  String listen;

  @Option(
      names = "--upstream",
      required = true,
      paramLabel = "postgres://HOST:PORT/DB",
      description = {
        "The PostgreSQL server to forward to (user and database come from clients).",
        "Its ?sslmode= is the default of --upstream-sslmode."
      })
  String upstream;

  @Option(
      names = "--upstream-sslmode",
      paramLabel = "MODE",
      description = {
        "TLS to the upstream, as libpq's sslmode: disable, prefer, require, verify-ca or",
        "verify-full (default: the --upstream URL's sslmode, else verify-full: the proxy carries",
        "every client's password, so it checks whom it hands them to unless told not to)."
      })
  String upstreamSslMode;

  @Option(
      names = "--upstream-sslrootcert",
      paramLabel = "FILE",
      description =
          "PEM root certificates the upstream's certificate must chain to (default: the JVM's"
              + " trusted roots).")
  Path upstreamRootCertificate;

  @Option(
      names = "--capture-dir",
      required = true,
      paramLabel = "DIR",
      description = "Directory for capture segment files (created if missing).")
  Path captureDir;

  @Option(
      names = "--capture",
      paramLabel = "NAME",
      description = "Capture name: segments go to DIR/NAME instead of DIR.")
  String captureName;

  @Option(
      names = "--proxy-id",
      paramLabel = "ID",
      defaultValue = ProxyConfig.DEFAULT_PROXY_ID,
      description = "Names this proxy's segment files and events (default: ${DEFAULT-VALUE}).")
  String proxyId;

  @Option(
      names = "--tls-cert",
      paramLabel = "FILE",
      description = "PEM certificate chain: clients may use TLS, terminated at the proxy.")
  Path tlsCertificate;

  @Option(names = "--tls-key", paramLabel = "FILE", description = "PEM (PKCS#8) private key.")
  Path tlsKey;

  @Option(
      names = "--redact",
      description = {
        "Replace parameter values and SQL literals by placeholders before writing (the capture",
        "shows patterns and timings but cannot be replayed)."
      })
  boolean redact;

  @Option(
      names = "--pseudonymize-key-file",
      paramLabel = "FILE",
      defaultValue = "${env:SCRY_PSEUDONYM_KEY_FILE}",
      description = {
        "Replace parameter values and SQL literals by keyed deterministic pseudonyms of the same",
        "type and length before writing: the capture still replays, equal values stay equal.",
        "FILE holds the secret key (at least 16 bytes, e.g. openssl rand -hex 32); it stays here",
        "(default: $SCRY_PSEUDONYM_KEY_FILE). Not with --redact."
      })
  Path pseudonymizeKeyFile;

  @Option(
      names = "--metrics",
      paramLabel = "HOST:PORT",
      description = "Serve Prometheus metrics at http://HOST:PORT/metrics.")
  String metrics;

  @Option(
      names = "--max-message-size",
      paramLabel = "SIZE",
      defaultValue = "256MB",
      converter = Units.Size.class,
      description = {
        "Largest protocol message accepted from either side (default: ${DEFAULT-VALUE}); each is",
        "held whole before it is forwarded. A client sending a larger one gets FATAL 54000 and",
        "only its session is closed."
      })
  int maxMessageSize;

  @Option(
      names = "--capture-buffer",
      paramLabel = "SIZE",
      defaultValue = "256MB",
      converter = Units.Size.class,
      description = {
        "Memory for captured events waiting to be written (default: ${DEFAULT-VALUE}). Beyond it",
        "events are dropped and recorded as a gap in the capture; clients never wait."
      })
  int captureBuffer;

  @Option(
      names = "--startup-timeout",
      paramLabel = "TIME",
      defaultValue = "60s",
      converter = Units.Time.class,
      description = {
        "Time a new connection has to send its startup packet, TLS included (default:",
        "${DEFAULT-VALUE}, like authentication_timeout); then it is closed without a reply."
      })
  Duration startupTimeout;

  @Option(
      names = "--max-connections",
      paramLabel = "N",
      defaultValue = "" + ProxyConfig.DEFAULT_MAX_CONNECTIONS,
      description = {
        "Client connections accepted at once (default: ${DEFAULT-VALUE}); beyond it a client",
        "gets FATAL 53300 \"sorry, too many clients already\", like PostgreSQL's max_connections."
      })
  int maxConnections;

  @Option(
      names = "--coordinator",
      paramLabel = "HOST:PORT",
      description =
          "Ship the capture to this coordinator's ingest port, filed under --capture (default: the"
              + " upstream database). Outages are caught up later; capturing never waits.")
  String coordinator;

  @Mixin IngestSecretOptions ingestSecret;

  @Option(
      names = "--insecure",
      description = "Ship to a coordinator without an ingest secret (it must be --insecure too).")
  boolean insecure;

  @Option(
      names = "--ship-delete-acked",
      description = "Delete local sealed segments once the coordinator holds them durably.")
  boolean shipDeleteAcked;

  /** The configuration these options describe. */
  public ProxyConfig config() {
    InetSocketAddress listenAddress = Endpoints.hostPort("--listen", listen);
    InetSocketAddress upstreamAddress = Endpoints.upstream(upstream);
    ProxyConfig.Builder builder =
        ProxyConfig.builder()
            .listen(listenAddress.getHostString(), listenAddress.getPort())
            .upstream(upstreamAddress.getHostString(), upstreamAddress.getPort())
            .captureDir(captureName == null ? captureDir : captureDir.resolve(captureName))
            .proxyId(proxyId)
            .redact(redact)
            .pseudonymize(pseudonymKey())
            .upstreamTls(Endpoints.upstreamTls(upstream, upstreamSslMode))
            .upstreamRootCertificate(upstreamRootCertificate)
            .maxMessageLength(maxMessageSize)
            .captureQueueBytes(captureBuffer)
            .startupTimeout(startupTimeout)
            .maxConnections(maxConnections);
    if (tlsCertificate != null || tlsKey != null) {
      builder.tls(tlsCertificate, tlsKey);
    }
    if (metrics != null) {
      InetSocketAddress address = Endpoints.hostPort("--metrics", metrics);
      builder.metrics(new InetSocketAddress(address.getHostString(), address.getPort()));
    }
    return builder.build();
  }

  /** The key of --pseudonymize-key-file (or $SCRY_PSEUDONYM_KEY_FILE), or null. */
  private PseudonymKey pseudonymKey() {
    if (pseudonymizeKeyFile == null || pseudonymizeKeyFile.toString().isBlank()) {
      return null;
    }
    if (redact) {
      boolean fromEnvironment =
          spec == null
              || !spec.commandLine().getParseResult().hasMatchedOption("--pseudonymize-key-file");
      throw new IllegalArgumentException(
          "--redact and --pseudonymize-key-file"
              + (fromEnvironment ? " (from $SCRY_PSEUDONYM_KEY_FILE)" : "")
              + " are mutually exclusive: --redact stores placeholders (no replay), pseudonyms"
              + " keep the capture replayable; choose one");
    }
    try {
      return PseudonymKey.read(pseudonymizeKeyFile);
    } catch (IOException e) {
      throw new IllegalArgumentException(
          "--pseudonymize-key-file: cannot read " + pseudonymizeKeyFile + ": " + e.getMessage(), e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "--pseudonymize-key-file " + pseudonymizeKeyFile + ": " + e.getMessage(), e);
    }
  }

  @Override
  public Integer call() throws Exception {
    ShipTarget shipTarget = shipTarget();
    ProxyServer proxy = start(config());
    CaptureShipper shipper = shipTarget == null ? null : shipTarget.start(proxy.config());
    UntilStopped stopped =
        UntilStopped.onSignal(
            "scry-proxy-shutdown",
            () -> {
              try {
                proxy.close();
                if (shipper != null && !shipper.awaitShipped(SHIP_ON_EXIT)) {
                  System.err.println(
                      "warning: not every segment reached the coordinator; the next start"
                          + " ships the rest");
                }
              } catch (Exception e) {
                System.err.println("error: could not seal the capture: " + e.getMessage());
              } finally {
                if (shipper != null) {
                  shipper.close();
                }
              }
            });
    spec.commandLine()
        .getOut()
        .printf(
            "proxy %s listening on %s:%d, forwarding to %s, capturing into %s%s%n",
            proxy.config().proxyId(),
            proxy.localAddress().getHostString(),
            proxy.localAddress().getPort(),
            upstream,
            proxy.config().captureDir(),
            proxy.metricsAddress() == null
                ? ""
                : ", metrics at http://"
                    + AddressText.hostPort(proxy.metricsAddress())
                    + "/metrics");
    spec.commandLine().getOut().flush();
    stopped.await();
    return ScryCli.EXIT_OK;
  }

  /**
   * Starts the proxy, telling the two ways that usually fails in the words of the flags involved:
   * an address in use, and a capture directory that cannot be created.
   */
  private ProxyServer start(ProxyConfig config) throws IOException {
    try {
      return ProxyServer.start(config);
    } catch (IOException e) {
      if (Failures.isBindFailure(e)) {
        Map<String, InetSocketAddress> addresses = new LinkedHashMap<>();
        addresses.put("--listen", Endpoints.hostPort("--listen", listen));
        addresses.put(
            "--metrics", metrics == null ? null : Endpoints.hostPort("--metrics", metrics));
        throw AddressInUse.of(addresses, e);
      }
      FileSystemException file = Failures.find(e, FileSystemException.class);
      if (file != null && config.captureDir() != null) {
        throw new UserFailure(
            "cannot create the capture directory "
                + config.captureDir()
                + " (--capture-dir): "
                + Failures.fileProblem(file),
            "choose a directory this user can write, e.g. --capture-dir ./capture",
            "",
            e);
      }
      throw e;
    }
  }

  /** Where and under which name the capture is shipped: {@code --coordinator}, or null. */
  private ShipTarget shipTarget() {
    if (coordinator == null) {
      if (shipDeleteAcked) {
        throw new IllegalArgumentException("--ship-delete-acked needs --coordinator");
      }
      return null;
    }
    String name = captureName;
    if (name == null) {
      String path = URI.create(upstream).getPath();
      name = path == null ? "" : path.replaceFirst("^/", "");
      if (name.isEmpty()) {
        throw new IllegalArgumentException(
            "--coordinator needs --capture NAME when --upstream names no database");
      }
    }
    String secret = ingestSecret.secret();
    if (secret == null && !insecure) {
      throw new IllegalArgumentException(
          "--coordinator needs the ingest secret: --ingest-secret-file FILE,"
              + " $SCRY_INGEST_SECRET_FILE, $SCRY_INGEST_SECRET or --ingest-secret (or --insecure"
              + " for a coordinator that accepts any shipper)");
    }
    return new ShipTarget(
        Endpoints.hostPort("--coordinator", coordinator),
        StoreNames.requireCaptureName(name),
        secret,
        ShipperSettings.defaults().withDeleteAcked(shipDeleteAcked));
  }

  private record ShipTarget(
      InetSocketAddress coordinator, String captureName, String secret, ShipperSettings settings) {
    CaptureShipper start(ProxyConfig config) {
      return CaptureShipper.start(
          config.captureDir(), config.proxyId(), captureName, coordinator, secret, settings);
    }
  }
}
