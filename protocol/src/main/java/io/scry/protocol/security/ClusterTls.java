package io.scry.protocol.security;

import java.net.Socket;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedKeyManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The TLS of the cluster transport (Pekko Artery's {@code tls-tcp}), made of the {@link ClusterKey}
 * alone: TLS 1.3, each side presents the cluster certificate, and each side accepts no certificate
 * but that one (a server requires the client's). A node that does not hold the key fails every
 * handshake, inbound and outbound, so it can neither join the cluster nor send it a message, and
 * nothing (target URLs with their passwords among it) crosses the network in clear.
 *
 * <p>No host name is verified: every node presents the same self-signed certificate, so a name in
 * it would prove nothing. Holding the shared private key is what authenticates a node.
 *
 * <p>Failed handshakes are reported to a listener (the node's log), at most one report per {@link
 * #REPORT_INTERVAL_NANOS}, since a node with the wrong key retries every few seconds.
 */
public final class ClusterTls {

  public static final String PROTOCOL = "TLSv1.3";
  static final long REPORT_INTERVAL_NANOS = 10_000_000_000L;
  private static final String ALIAS = "cluster-key";

  private final ClusterKey key;
  private final byte[] trusted;
  private final Consumer<String> warnings;
  private volatile SSLContext context;
  private long lastReport;
  private boolean reported;
  private int unreported;

  private ClusterTls(ClusterKey key, Consumer<String> warnings) {
    this.key = key;
    this.warnings = warnings;
    try {
      this.trusted = key.certificate().getEncoded();
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The TLS of a node holding {@code key}.
   *
   * @param warnings where a failed handshake is told, one line each: the node's log
   */
  public static ClusterTls of(ClusterKey key, Consumer<String> warnings) {
    return new ClusterTls(key, warnings);
  }

  public String fingerprint() {
    return key.fingerprint();
  }

  /** The engine of an accepted connection: it requires the client's certificate. */
  public SSLEngine serverEngine(String host, int port) {
    return engine(false, host, port);
  }

  /** The engine of a connection to the node at {@code host:port}. */
  public SSLEngine clientEngine(String host, int port) {
    return engine(true, host, port);
  }

  /**
   * After a handshake: empty if the peer presented the cluster certificate (the trust manager
   * already refused any other; checked again here, as Pekko asks).
   */
  public Optional<Throwable> verify(SSLSession session) {
    try {
      var certificates = session.getPeerCertificates();
      if (certificates.length > 0
          && certificates[0] instanceof X509Certificate peer
          && isClusterCertificate(peer)) {
        return Optional.empty();
      }
      return Optional.of(
          new SSLPeerUnverifiedException("the peer did not present the cluster key"));
    } catch (SSLPeerUnverifiedException e) {
      return Optional.of(e);
    }
  }

  private SSLEngine engine(boolean client, String host, int port) {
    SSLEngine engine = context().createSSLEngine(host, port);
    engine.setUseClientMode(client);
    SSLParameters parameters = engine.getSSLParameters();
    parameters.setProtocols(new String[] {PROTOCOL});
    if (!client) {
      parameters.setNeedClientAuth(true);
    }
    // No endpoint identification algorithm: see the class comment.
    engine.setSSLParameters(parameters);
    return new ReportingEngine(
        engine,
        (client
                ? "connecting to cluster node " + host + ":" + port
                : "an inbound cluster connection")
            + " failed its TLS handshake");
  }

  private SSLContext context() {
    SSLContext built = context;
    if (built == null) {
      synchronized (this) {
        built = context;
        if (built == null) {
          try {
            built = SSLContext.getInstance(PROTOCOL);
            built.init(
                new KeyManager[] {new ClusterKeyManager()},
                new TrustManager[] {new ClusterTrustManager()},
                null);
          } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot do " + PROTOCOL + ": " + e, e);
          }
          context = built;
        }
      }
    }
    return built;
  }

  private boolean isClusterCertificate(X509Certificate certificate) {
    try {
      return MessageDigest.isEqual(certificate.getEncoded(), trusted);
    } catch (CertificateEncodingException e) {
      return false;
    }
  }

  private void report(String what, Throwable cause) {
    String message;
    synchronized (this) {
      long now = System.nanoTime();
      if (reported && now - lastReport < REPORT_INTERVAL_NANOS) {
        unreported++;
        return;
      }
      message =
          what
              + ": "
              + cause.getMessage()
              + (unreported > 0 ? " (and " + unreported + " more since the last report)" : "")
              + ". Every node of a cluster needs the same cluster key (--cluster-key-file); this"
              + " node's is "
              + fingerprint();
      reported = true;
      lastReport = now;
      unreported = 0;
    }
    warnings.accept(message);
  }

  /** Presents the cluster certificate, whatever the peer asks for. */
  private final class ClusterKeyManager extends X509ExtendedKeyManager {

    private boolean fits(String keyType) {
      return keyType != null && keyType.equals(key.privateKey().getAlgorithm());
    }

    private String alias(String[] keyTypes) {
      if (keyTypes != null) {
        for (String keyType : keyTypes) {
          if (fits(keyType)) {
            return ALIAS;
          }
        }
      }
      return null;
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
      return fits(keyType) ? new String[] {ALIAS} : null;
    }

    @Override
    public String chooseClientAlias(String[] keyTypes, Principal[] issuers, Socket socket) {
      return alias(keyTypes);
    }

    @Override
    public String chooseEngineClientAlias(
        String[] keyTypes, Principal[] issuers, SSLEngine engine) {
      return alias(keyTypes);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
      return getClientAliases(keyType, issuers);
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
      return fits(keyType) ? ALIAS : null;
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
      return fits(keyType) ? ALIAS : null;
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
      return ALIAS.equals(alias) ? new X509Certificate[] {key.certificate()} : null;
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
      return ALIAS.equals(alias) ? key.privateKey() : null;
    }
  }

  /** Trusts the cluster certificate and nothing else: no CA, no dates, no names. */
  private final class ClusterTrustManager extends X509ExtendedTrustManager {

    private void check(X509Certificate[] chain) throws CertificateException {
      if (chain == null || chain.length == 0) {
        throw new CertificateException("the peer presented no certificate");
      }
      if (!isClusterCertificate(chain[0])) {
        throw new CertificateException(
            "the peer's certificate "
                + ClusterKey.fingerprint(chain[0])
                + " is not this cluster's key");
      }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      check(chain);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[] {key.certificate()};
    }
  }

  /**
   * The JDK's engine, telling the first failure of its handshake: neither JSSE nor Pekko says why
   * an inbound cluster connection was dropped.
   */
  private final class ReportingEngine extends SSLEngine {

    private final SSLEngine engine;
    private final String what;
    private boolean failed;

    ReportingEngine(SSLEngine engine, String what) {
      super(engine.getPeerHost(), engine.getPeerPort());
      this.engine = engine;
      this.what = what;
    }

    private SSLException failed(SSLException e) {
      if (!failed) {
        failed = true;
        report(what, e);
      }
      return e;
    }

    @Override
    public SSLEngineResult wrap(ByteBuffer[] sources, int offset, int length, ByteBuffer target)
        throws SSLException {
      try {
        return engine.wrap(sources, offset, length, target);
      } catch (SSLException e) {
        throw failed(e);
      }
    }

    @Override
    public SSLEngineResult unwrap(ByteBuffer source, ByteBuffer[] targets, int offset, int length)
        throws SSLException {
      try {
        return engine.unwrap(source, targets, offset, length);
      } catch (SSLException e) {
        throw failed(e);
      }
    }

    @Override
    public Runnable getDelegatedTask() {
      return engine.getDelegatedTask();
    }

    @Override
    public void closeInbound() throws SSLException {
      engine.closeInbound();
    }

    @Override
    public boolean isInboundDone() {
      return engine.isInboundDone();
    }

    @Override
    public void closeOutbound() {
      engine.closeOutbound();
    }

    @Override
    public boolean isOutboundDone() {
      return engine.isOutboundDone();
    }

    @Override
    public String[] getSupportedCipherSuites() {
      return engine.getSupportedCipherSuites();
    }

    @Override
    public String[] getEnabledCipherSuites() {
      return engine.getEnabledCipherSuites();
    }

    @Override
    public void setEnabledCipherSuites(String[] suites) {
      engine.setEnabledCipherSuites(suites);
    }

    @Override
    public String[] getSupportedProtocols() {
      return engine.getSupportedProtocols();
    }

    @Override
    public String[] getEnabledProtocols() {
      return engine.getEnabledProtocols();
    }

    @Override
    public void setEnabledProtocols(String[] protocols) {
      engine.setEnabledProtocols(protocols);
    }

    @Override
    public SSLSession getSession() {
      return engine.getSession();
    }

    @Override
    public SSLSession getHandshakeSession() {
      return engine.getHandshakeSession();
    }

    @Override
    public void beginHandshake() throws SSLException {
      try {
        engine.beginHandshake();
      } catch (SSLException e) {
        throw failed(e);
      }
    }

    @Override
    public SSLEngineResult.HandshakeStatus getHandshakeStatus() {
      return engine.getHandshakeStatus();
    }

    @Override
    public void setUseClientMode(boolean mode) {
      engine.setUseClientMode(mode);
    }

    @Override
    public boolean getUseClientMode() {
      return engine.getUseClientMode();
    }

    @Override
    public void setNeedClientAuth(boolean need) {
      engine.setNeedClientAuth(need);
    }

    @Override
    public boolean getNeedClientAuth() {
      return engine.getNeedClientAuth();
    }

    @Override
    public void setWantClientAuth(boolean want) {
      engine.setWantClientAuth(want);
    }

    @Override
    public boolean getWantClientAuth() {
      return engine.getWantClientAuth();
    }

    @Override
    public void setEnableSessionCreation(boolean flag) {
      engine.setEnableSessionCreation(flag);
    }

    @Override
    public boolean getEnableSessionCreation() {
      return engine.getEnableSessionCreation();
    }

    @Override
    public SSLParameters getSSLParameters() {
      return engine.getSSLParameters();
    }

    @Override
    public void setSSLParameters(SSLParameters parameters) {
      engine.setSSLParameters(parameters);
    }

    @Override
    public String getApplicationProtocol() {
      return engine.getApplicationProtocol();
    }

    @Override
    public String getHandshakeApplicationProtocol() {
      return engine.getHandshakeApplicationProtocol();
    }

    @Override
    public void setHandshakeApplicationProtocolSelector(
        BiFunction<SSLEngine, java.util.List<String>, String> selector) {
      engine.setHandshakeApplicationProtocolSelector(selector);
    }

    @Override
    public BiFunction<SSLEngine, java.util.List<String>, String>
        getHandshakeApplicationProtocolSelector() {
      return engine.getHandshakeApplicationProtocolSelector();
    }
  }
}
