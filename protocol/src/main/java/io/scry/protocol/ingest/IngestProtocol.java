package io.scry.protocol.ingest;

/**
 * Versions of the ingest conversation ({@code scry/v1/ingest.proto}) that follows the
 * authentication handshake ({@link io.scry.protocol.security.IngestHandshake}, whose own context
 * string {@code scry-ingest-v2} is unchanged by later conversation versions).
 */
public final class IngestProtocol {

  /**
   * The version a shipper states in its Hello: segments and the Hello carry spool ids, and the
   * coordinator stores by (capture, proxy id, spool id, segment name).
   */
  public static final int VERSION = 3;

  /**
   * The version before spools, still accepted from older shippers: no spool ids anywhere, every
   * segment belongs to the legacy spool. A newer shipper never speaks it, so it can never have its
   * segments filed by proxy id alone (where a re-created spool's segment 1 looked like one the
   * store already held).
   */
  public static final int SPOOLLESS_VERSION = 2;

  private IngestProtocol() {}
}
