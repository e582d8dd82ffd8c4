package io.scry.proxy.wire;

/**
 * The type bytes of PostgreSQL protocol 3 messages, named as in the protocol documentation
 * ("Message Formats"), in one place for every switch over message types. The same letter means
 * different messages in the two directions ('E' is Execute from the client, ErrorResponse from the
 * server), hence the two holders.
 */
public final class MessageTypes {

  private MessageTypes() {}

  /** Client to server. */
  public static final class Frontend {
    private Frontend() {}

    public static final byte BIND = 'B';
    public static final byte CLOSE = 'C';
    public static final byte COPY_DATA = 'd';
    public static final byte COPY_DONE = 'c';
    public static final byte COPY_FAIL = 'f';
    public static final byte DESCRIBE = 'D';
    public static final byte EXECUTE = 'E';
    public static final byte FLUSH = 'H';
    public static final byte FUNCTION_CALL = 'F';
    public static final byte PARSE = 'P';

    /** PasswordMessage, SASLInitialResponse, SASLResponse, GSSResponse: never read. */
    public static final byte PASSWORD = 'p';

    public static final byte QUERY = 'Q';
    public static final byte SYNC = 'S';
    public static final byte TERMINATE = 'X';
  }

  /** Server to client. */
  public static final class Backend {
    private Backend() {}

    public static final byte AUTHENTICATION = 'R';
    public static final byte BACKEND_KEY_DATA = 'K';
    public static final byte BIND_COMPLETE = '2';
    public static final byte CLOSE_COMPLETE = '3';
    public static final byte COMMAND_COMPLETE = 'C';
    public static final byte DATA_ROW = 'D';
    public static final byte EMPTY_QUERY_RESPONSE = 'I';
    public static final byte ERROR_RESPONSE = 'E';
    public static final byte NO_DATA = 'n';
    public static final byte PARAMETER_DESCRIPTION = 't';
    public static final byte PARSE_COMPLETE = '1';
    public static final byte PORTAL_SUSPENDED = 's';
    public static final byte READY_FOR_QUERY = 'Z';
    public static final byte ROW_DESCRIPTION = 'T';
  }
}
