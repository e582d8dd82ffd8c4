package io.scry.proxy.capture;

import com.google.protobuf.ByteString;
import io.scry.protocol.fingerprint.Fingerprinter;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.Parameter;
import io.scry.protocol.v1.Redaction;
import io.scry.protocol.v1.Statement;
import java.util.regex.Pattern;

/**
 * Removes data values from capture events before they reach disk ({@code --redact}): SQL becomes
 * its normalized fingerprint text (literals replaced by placeholders), parameter values are emptied
 * (format, type and null-ness are kept), and quoted values in error messages become {@code "?"}.
 * Redacted statements are marked {@link Statement#getRedacted()} (not replayable) and {@link
 * Redaction#REDACTION_PLACEHOLDERS}; {@link Pseudonymizer} is the mode that still replays.
 */
public final class Redactor {

  private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|'[^']*'");

  private Redactor() {}

  /** The event with data values removed; events without a statement are returned as they are. */
  public static CaptureEvent redact(CaptureEvent event) {
    if (!event.hasStatement()) {
      return event;
    }
    Statement statement = event.getStatement();
    Statement.Builder redacted =
        statement.toBuilder()
            .setSql(Fingerprinter.fingerprint(statement.getSql()).normalized())
            .setErrorMessage(QUOTED.matcher(statement.getErrorMessage()).replaceAll("\"?\""))
            .setRedacted(true)
            .setRedaction(Redaction.REDACTION_PLACEHOLDERS)
            .clearParameters();
    for (Parameter parameter : statement.getParametersList()) {
      redacted.addParameters(parameter.toBuilder().setValue(ByteString.EMPTY));
    }
    return event.toBuilder().setStatement(redacted).build();
  }
}
