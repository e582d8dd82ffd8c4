package io.scry.protocol.security;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A self-signed X.509 certificate for an EC P-256 key pair, built by BouncyCastle's certificate
 * builder (the JDK has no public API for one) and signed by the JDK's own EC implementation: no
 * security provider is registered. It carries a name and the public key; nobody checks its dates or
 * extensions, since a cluster node trusts exactly this certificate and nothing else.
 */
final class SelfSignedCertificate {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** RFC 5280 4.1.2.5: 99991231235959Z means no well-defined expiration date. */
  private static final Instant NO_EXPIRY = Instant.parse("9999-12-31T23:59:59Z");

  private SelfSignedCertificate() {}

  /** A certificate named {@code CN=commonName} for {@code keys}, signed by its own private key. */
  static X509Certificate create(KeyPair keys, String commonName) throws GeneralSecurityException {
    X500Name name = new X500Name("CN=" + commonName);
    try {
      X509Certificate certificate =
          new JcaX509CertificateConverter()
              .getCertificate(
                  new JcaX509v3CertificateBuilder(
                          name,
                          new BigInteger(127, RANDOM).setBit(0), // positive, never zero
                          Date.from(Instant.now().minus(Duration.ofDays(1))),
                          Date.from(NO_EXPIRY),
                          name,
                          keys.getPublic())
                      .build(
                          new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
      certificate.verify(keys.getPublic());
      return certificate;
    } catch (OperatorCreationException e) {
      throw new GeneralSecurityException("cannot sign the certificate: " + e.getMessage(), e);
    }
  }
}
