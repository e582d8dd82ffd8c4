package io.scry.protocol.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A self-signed X.509 certificate for an EC P-256 key pair, DER-encoded by hand: the JDK has no
 * public API to make one, and a certificate library would be a large dependency for the few bytes
 * that the cluster key needs. The certificate carries a name and the public key; nobody checks its
 * dates or extensions, since a cluster node trusts exactly this certificate and nothing else.
 */
final class SelfSignedCertificate {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** ecdsa-with-SHA256, RFC 5758. */
  private static final int[] ECDSA_WITH_SHA256 = {1, 2, 840, 10045, 4, 3, 2};

  /** id-at-commonName. */
  private static final int[] COMMON_NAME = {2, 5, 4, 3};

  private SelfSignedCertificate() {}

  /** A certificate named {@code CN=commonName} for {@code keys}, signed by its own private key. */
  static X509Certificate create(KeyPair keys, String commonName) throws GeneralSecurityException {
    byte[] serial = new byte[16];
    RANDOM.nextBytes(serial);
    serial[0] &= 0x7f; // positive
    serial[0] |= 0x01; // and not zero
    byte[] algorithm = sequence(oid(ECDSA_WITH_SHA256));
    byte[] name = sequence(set(sequence(oid(COMMON_NAME), utf8String(commonName))));
    ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC).withNano(0);
    byte[] validity =
        sequence(
            utcTime(now.minusDays(1)),
            // RFC 5280 4.1.2.5: 99991231235959Z means no well-defined expiration date.
            tlv(0x18, "99991231235959Z".getBytes(StandardCharsets.US_ASCII)));
    byte[] tbs =
        sequence(
            tlv(0xa0, integer(BigInteger.TWO)), // version v3
            integer(new BigInteger(serial)),
            algorithm,
            name,
            validity,
            name,
            keys.getPublic().getEncoded()); // SubjectPublicKeyInfo, DER already
    Signature signer = Signature.getInstance("SHA256withECDSA");
    signer.initSign(keys.getPrivate());
    signer.update(tbs);
    byte[] signature = signer.sign(); // the DER Ecdsa-Sig-Value that X.509 wants
    byte[] bits = new byte[signature.length + 1]; // no unused bits
    System.arraycopy(signature, 0, bits, 1, signature.length);
    byte[] certificate = sequence(tbs, algorithm, tlv(0x03, bits));
    X509Certificate parsed =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(certificate));
    parsed.verify(keys.getPublic());
    return parsed;
  }

  private static byte[] utcTime(ZonedDateTime time) {
    return tlv(
        0x17,
        time.format(DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'"))
            .getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] utf8String(String value) {
    return tlv(0x0c, value.getBytes(StandardCharsets.UTF_8));
  }

  private static byte[] integer(BigInteger value) {
    return tlv(0x02, value.toByteArray());
  }

  private static byte[] oid(int[] arcs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(arcs[0] * 40 + arcs[1]);
    for (int i = 2; i < arcs.length; i++) {
      int arc = arcs[i];
      int groups = 1;
      for (int rest = arc >>> 7; rest != 0; rest >>>= 7) {
        groups++;
      }
      for (int g = groups - 1; g >= 0; g--) {
        int bits = (arc >>> (7 * g)) & 0x7f;
        out.write(g == 0 ? bits : bits | 0x80);
      }
    }
    return tlv(0x06, out.toByteArray());
  }

  private static byte[] sequence(byte[]... parts) {
    return tlv(0x30, concat(parts));
  }

  private static byte[] set(byte[]... parts) {
    return tlv(0x31, concat(parts));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  /** Tag, definite length, content. */
  private static byte[] tlv(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int length = content.length;
    if (length < 0x80) {
      out.write(length);
    } else {
      int bytes = length < 0x100 ? 1 : length < 0x10000 ? 2 : 3;
      out.write(0x80 | bytes);
      for (int i = bytes - 1; i >= 0; i--) {
        out.write(length >>> (8 * i));
      }
    }
    out.writeBytes(content);
    return out.toByteArray();
  }
}
