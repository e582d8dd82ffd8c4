package io.scry.protocol.security;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cluster key: one private key and its self-signed certificate that every node of a cluster
 * shares, and the only certificate a node trusts. A node proves it holds the key in the TLS
 * handshake of every cluster connection, in both directions ({@link ClusterTls}), so a process
 * without it can neither join nor send a message.
 *
 * <p>Its file is PEM: a {@code PRIVATE KEY} (PKCS #8, unencrypted) and a {@code CERTIFICATE} block,
 * what {@code scry-cluster cluster-key FILE} writes (an EC P-256 key) and what {@code openssl req
 * -x509 -newkey ... -nodes} can make too. Kept 0600, like any secret.
 */
public final class ClusterKey {

  private static final String NAME = "scry-cluster";
  private static final Pattern BLOCK =
      Pattern.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]*)-----END \\1-----");

  private final PrivateKey privateKey;
  private final X509Certificate certificate;

  private ClusterKey(PrivateKey privateKey, X509Certificate certificate) {
    this.privateKey = privateKey;
    this.certificate = certificate;
  }

  /** A new key: EC P-256, quick to make (a few milliseconds) and to handshake with. */
  public static ClusterKey generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
      generator.initialize(new ECGenParameterSpec("secp256r1"));
      KeyPair keys = generator.generateKeyPair();
      return new ClusterKey(keys.getPrivate(), SelfSignedCertificate.create(keys, NAME));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("this JDK cannot make an EC P-256 key: " + e.getMessage(), e);
    }
  }

  /**
   * The key in {@code file}.
   *
   * @throws IOException if it cannot be read or holds no usable key and certificate
   */
  public static ClusterKey read(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.US_ASCII), file.toString());
  }

  /**
   * The key in PEM text.
   *
   * @param source what the text is, for the error message
   * @throws IOException if it holds no usable key and certificate
   */
  public static ClusterKey parse(String pem, String source) throws IOException {
    byte[] key = null;
    byte[] certificate = null;
    Matcher block = BLOCK.matcher(pem);
    while (block.find()) {
      byte[] der = Base64.getMimeDecoder().decode(block.group(2));
      switch (block.group(1)) {
        case "PRIVATE KEY" -> key = der;
        case "CERTIFICATE" -> certificate = certificate == null ? der : certificate;
        default -> {
          // e.g. EC PARAMETERS, written by some openssl commands: not needed
        }
      }
    }
    if (key == null || certificate == null) {
      throw new IOException(
          source
              + " is not a cluster key: it needs a PEM PRIVATE KEY (PKCS #8, unencrypted) and a"
              + " CERTIFICATE block");
    }
    try {
      X509Certificate cert =
          (X509Certificate)
              CertificateFactory.getInstance("X.509")
                  .generateCertificate(new ByteArrayInputStream(certificate));
      PrivateKey privateKey =
          KeyFactory.getInstance(cert.getPublicKey().getAlgorithm())
              .generatePrivate(new PKCS8EncodedKeySpec(key));
      ClusterKey parsed = new ClusterKey(privateKey, cert);
      parsed.requireMatchingPair(source);
      return parsed;
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IOException(source + " is not a usable cluster key: " + e.getMessage(), e);
    }
  }

  private void requireMatchingPair(String source) throws GeneralSecurityException, IOException {
    String algorithm =
        switch (privateKey.getAlgorithm()) {
          case "EC" -> "SHA256withECDSA";
          case "RSA" -> "SHA256withRSA";
          default -> privateKey.getAlgorithm(); // Ed25519, Ed448
        };
    byte[] probe = NAME.getBytes(StandardCharsets.US_ASCII);
    Signature signer = Signature.getInstance(algorithm);
    signer.initSign(privateKey);
    signer.update(probe);
    byte[] signature = signer.sign();
    Signature verifier = Signature.getInstance(algorithm);
    verifier.initVerify(certificate.getPublicKey());
    verifier.update(probe);
    if (!verifier.verify(signature)) {
      throw new IOException(source + " holds a private key that does not match its certificate");
    }
  }

  /**
   * Writes the key to a new {@code file} readable and writable by its owner only (0600).
   *
   * @throws java.nio.file.FileAlreadyExistsException if it exists: a cluster's key is replaced on
   *     purpose, on every node at once, never by accident
   */
  public void write(Path file) throws IOException {
    Path absolute = file.toAbsolutePath();
    Files.createFile(absolute, OwnerOnly.file(absolute.getParent()));
    Files.writeString(absolute, pem(), StandardCharsets.US_ASCII);
  }

  /** The PEM text of the key and its certificate. */
  public String pem() {
    try {
      return "# Scry cluster key: every node of one cluster uses this same file. Keep it secret.\n"
          + block("PRIVATE KEY", privateKey.getEncoded())
          + block("CERTIFICATE", certificate.getEncoded());
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String block(String type, byte[] der) {
    Base64.Encoder base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII));
    return "-----BEGIN "
        + type
        + "-----\n"
        + base64.encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  /**
   * The SHA-256 fingerprint of the certificate, {@code SHA256:} and unpadded base64 as OpenSSH
   * prints them: what to compare between two nodes that do not connect. It reveals nothing of the
   * private key.
   */
  public String fingerprint() {
    try {
      return fingerprint(certificate);
    } catch (CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  static String fingerprint(X509Certificate certificate) throws CertificateEncodingException {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
      return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  PrivateKey privateKey() {
    return privateKey;
  }

  X509Certificate certificate() {
    return certificate;
  }

  /** Never the key itself: a key that ends up in a log or an exception is a key given away. */
  @Override
  public String toString() {
    return "ClusterKey[" + fingerprint() + "]";
  }
}
