package io.scry.proxy.wire;

/** The SQLSTATEs the proxy itself reports, named as in PostgreSQL's errcodes.txt. */
public final class SqlStates {

  private SqlStates() {}

  /** 08006: the upstream could not be reached or its TLS failed. */
  public static final String CONNECTION_FAILURE = "08006";

  /** 08P01: a message that breaks the protocol. */
  public static final String PROTOCOL_VIOLATION = "08P01";

  /** 0A000: e.g. an unsupported frontend protocol version. */
  public static final String FEATURE_NOT_SUPPORTED = "0A000";

  /** 53300: "sorry, too many clients already". */
  public static final String TOO_MANY_CONNECTIONS = "53300";

  /** 54000: a message larger than the proxy's limit. */
  public static final String PROGRAM_LIMIT_EXCEEDED = "54000";
}
