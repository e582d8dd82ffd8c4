package io.scry.proxy;

import io.scry.protocol.segment.SegmentWriter;
import io.scry.proxy.capture.PseudonymKey;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything a {@link ProxyServer} needs. Build one with {@link #builder()}:
 *
 * <pre>{@code
 * ProxyConfig config = ProxyConfig.builder()
 *     .upstream("127.0.0.1", 5432)
 *     .captureDir(Path.of("captures"))
 *     .build();                       // listens on 127.0.0.1, any free port
 * }</pre>
 *
 * @param listenHost address to accept clients on
 * @param listenPort port to accept clients on; 0 picks a free one (see {@link
 *     ProxyServer#localAddress()})
 * @param upstreamHost the PostgreSQL server every session is forwarded to
 * @param upstreamPort its port
 * @param captureDir where segment files are written; {@code null} forwards without capturing
 * @param proxyId names this proxy's segment files and events; unique per capture
 * @param tlsCertificate PEM certificate chain for TLS terminated at the proxy, or {@code null}
 * @param tlsKey PEM PKCS#8 private key of that certificate, or {@code null}
 * @param redact replace parameter values and SQL literals by placeholders before writing (the
 *     capture cannot be replayed)
 * @param pseudonymKey replace parameter values and SQL literals by keyed deterministic pseudonyms
 *     before writing (the capture still replays), or {@code null}; exclusive with {@code redact}
 * @param captureQueueCapacity events buffered between the event loops and the writer thread; beyond
 *     it events are dropped (and counted), never waited for
 * @param captureQueueBytes the most bytes those buffered events may hold together (the proxy's
 *     memory for captured events not yet written); beyond it events are dropped and counted too
 * @param segmentOptions segment rolling and fsync
 * @param flushInterval longest time a captured event waits in memory before being written out
 * @param maxMessageLength largest protocol message (length field) accepted from either side; a
 *     client that sends a larger one gets FATAL 54000 and only its session is closed
 * @param startupTimeout how long a new connection may take to send its StartupMessage (or
 *     CancelRequest), TLS negotiation included; then it is closed without a reply, like
 *     PostgreSQL's {@code authentication_timeout} does
 * @param maxConnections client connections accepted at once; a client beyond it is answered FATAL
 *     53300 "sorry, too many clients already" after its StartupMessage, like PostgreSQL's {@code
 *     max_connections}
 * @param ioThreads event loop threads (one upstream connection per client shares its thread)
 * @param metricsAddress where to serve Prometheus {@code /metrics}, or {@code null} for none
 * @param upstreamTls whether to ask the upstream for TLS and what to verify of its certificate
 * @param upstreamRootCertificate PEM root certificates the upstream's certificate must chain to
 *     ({@link UpstreamTls#VERIFY_CA} and {@link UpstreamTls#VERIFY_FULL}), or {@code null} for the
 *     JVM's trusted roots
 */
public record ProxyConfig(
    String listenHost,
    int listenPort,
    String upstreamHost,
    int upstreamPort,
    Path captureDir,
    String proxyId,
    Path tlsCertificate,
    Path tlsKey,
    boolean redact,
    PseudonymKey pseudonymKey,
    int captureQueueCapacity,
    long captureQueueBytes,
    SegmentWriter.Options segmentOptions,
    Duration flushInterval,
    int maxMessageLength,
    int ioThreads,
    InetSocketAddress metricsAddress,
    UpstreamTls upstreamTls,
    Path upstreamRootCertificate,
    Duration startupTimeout,
    int maxConnections) {

  public static final String DEFAULT_PROXY_ID = "proxy-1";
  public static final int DEFAULT_CAPTURE_QUEUE_CAPACITY = 65_536;
  public static final long DEFAULT_CAPTURE_QUEUE_BYTES = 256L * 1024 * 1024;
  public static final Duration DEFAULT_FLUSH_INTERVAL = Duration.ofMillis(100);
  public static final int DEFAULT_MAX_MESSAGE_LENGTH = 256 * 1024 * 1024;
  public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(60);
  public static final int DEFAULT_MAX_CONNECTIONS = 1000;

  public ProxyConfig {
    Objects.requireNonNull(listenHost, "listenHost");
    Objects.requireNonNull(upstreamHost, "upstreamHost");
    Objects.requireNonNull(proxyId, "proxyId");
    Objects.requireNonNull(segmentOptions, "segmentOptions");
    Objects.requireNonNull(flushInterval, "flushInterval");
    Objects.requireNonNull(upstreamTls, "upstreamTls");
    Objects.requireNonNull(startupTimeout, "startupTimeout");
    checkPort("listenPort", listenPort, true);
    checkPort("upstreamPort", upstreamPort, false);
    if (!proxyId.matches("[A-Za-z0-9_.-]+")) {
      throw new IllegalArgumentException(
          "proxyId may only contain letters, digits, '.', '_' and '-': " + proxyId);
    }
    if ((tlsCertificate == null) != (tlsKey == null)) {
      throw new IllegalArgumentException("TLS needs both a certificate and a key");
    }
    if (redact && pseudonymKey != null) {
      throw new IllegalArgumentException(
          "redact and pseudonymize are exclusive: a statement is either replaced by placeholders"
              + " or by pseudonyms");
    }
    if (captureQueueCapacity < 1) {
      throw new IllegalArgumentException("captureQueueCapacity must be positive");
    }
    if (captureQueueBytes < 1024 * 1024) {
      throw new IllegalArgumentException("captureQueueBytes must be at least 1 MiB");
    }
    if (flushInterval.isNegative() || flushInterval.isZero()) {
      throw new IllegalArgumentException("flushInterval must be positive");
    }
    if (maxMessageLength < 1024) {
      throw new IllegalArgumentException("maxMessageLength must be at least 1024");
    }
    if (ioThreads < 1) {
      throw new IllegalArgumentException("ioThreads must be positive");
    }
    if (startupTimeout.isNegative() || startupTimeout.isZero()) {
      throw new IllegalArgumentException("startupTimeout must be positive");
    }
    if (maxConnections < 1) {
      throw new IllegalArgumentException("maxConnections must be positive");
    }
  }

  private static void checkPort(String name, int port, boolean zeroAllowed) {
    if (port < (zeroAllowed ? 0 : 1) || port > 65_535) {
      throw new IllegalArgumentException(name + " out of range: " + port);
    }
  }

  /** Whether the proxy terminates TLS from clients. */
  public boolean tls() {
    return tlsCertificate != null;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Defaults: listen on 127.0.0.1 port 0, no capture, no TLS either side, no metrics endpoint. */
  public static final class Builder {
    private String listenHost = "127.0.0.1";
    private int listenPort;
    private String upstreamHost;
    private int upstreamPort = 5432;
    private Path captureDir;
    private String proxyId = DEFAULT_PROXY_ID;
    private Path tlsCertificate;
    private Path tlsKey;
    private boolean redact;
    private PseudonymKey pseudonymKey;
    private int captureQueueCapacity = DEFAULT_CAPTURE_QUEUE_CAPACITY;
    private long captureQueueBytes = DEFAULT_CAPTURE_QUEUE_BYTES;
    private SegmentWriter.Options segmentOptions = SegmentWriter.Options.defaults();
    private Duration flushInterval = DEFAULT_FLUSH_INTERVAL;
    private int maxMessageLength = DEFAULT_MAX_MESSAGE_LENGTH;
    private int ioThreads = Runtime.getRuntime().availableProcessors();
    private InetSocketAddress metricsAddress;
    private UpstreamTls upstreamTls = UpstreamTls.DISABLE;
    private Path upstreamRootCertificate;
    private Duration startupTimeout = DEFAULT_STARTUP_TIMEOUT;
    private int maxConnections = DEFAULT_MAX_CONNECTIONS;

    private Builder() {}

    public Builder listen(String host, int port) {
      this.listenHost = host;
      this.listenPort = port;
      return this;
    }

    public Builder upstream(String host, int port) {
      this.upstreamHost = host;
      this.upstreamPort = port;
      return this;
    }

    public Builder captureDir(Path captureDir) {
      this.captureDir = captureDir;
      return this;
    }

    public Builder proxyId(String proxyId) {
      this.proxyId = proxyId;
      return this;
    }

    public Builder tls(Path certificate, Path key) {
      this.tlsCertificate = certificate;
      this.tlsKey = key;
      return this;
    }

    public Builder redact(boolean redact) {
      this.redact = redact;
      return this;
    }

    /** Pseudonymize values with {@code key} before writing; {@code null}: do not. */
    public Builder pseudonymize(PseudonymKey key) {
      this.pseudonymKey = key;
      return this;
    }

    public Builder captureQueueCapacity(int capacity) {
      this.captureQueueCapacity = capacity;
      return this;
    }

    public Builder captureQueueBytes(long bytes) {
      this.captureQueueBytes = bytes;
      return this;
    }

    public Builder segmentOptions(SegmentWriter.Options options) {
      this.segmentOptions = options;
      return this;
    }

    public Builder flushInterval(Duration flushInterval) {
      this.flushInterval = flushInterval;
      return this;
    }

    public Builder maxMessageLength(int maxMessageLength) {
      this.maxMessageLength = maxMessageLength;
      return this;
    }

    public Builder ioThreads(int ioThreads) {
      this.ioThreads = ioThreads;
      return this;
    }

    public Builder metrics(InetSocketAddress address) {
      this.metricsAddress = address;
      return this;
    }

    public Builder upstreamTls(UpstreamTls upstreamTls) {
      this.upstreamTls = upstreamTls;
      return this;
    }

    /** Root certificates (PEM) the upstream's certificate must chain to; null: the JVM's. */
    public Builder upstreamRootCertificate(Path rootCertificate) {
      this.upstreamRootCertificate = rootCertificate;
      return this;
    }

    public Builder startupTimeout(Duration startupTimeout) {
      this.startupTimeout = startupTimeout;
      return this;
    }

    public Builder maxConnections(int maxConnections) {
      this.maxConnections = maxConnections;
      return this;
    }

    public ProxyConfig build() {
      return new ProxyConfig(
          listenHost,
          listenPort,
          upstreamHost,
          upstreamPort,
          captureDir,
          proxyId,
          tlsCertificate,
          tlsKey,
          redact,
          pseudonymKey,
          captureQueueCapacity,
          captureQueueBytes,
          segmentOptions,
          flushInterval,
          maxMessageLength,
          ioThreads,
          metricsAddress,
          upstreamTls,
          upstreamRootCertificate,
          startupTimeout,
          maxConnections);
    }
  }
}
