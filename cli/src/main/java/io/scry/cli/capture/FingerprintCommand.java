package io.scry.cli.capture;

import io.scry.cli.ScryCli;
import io.scry.protocol.fingerprint.Fingerprinter;
import io.scry.protocol.fingerprint.QueryFingerprint;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scry-cluster capture fingerprint SQL}: the query pattern a statement is grouped under in
 * captures and reports. Prints the normalized text and the 16-hex-digit id; exit 0 for any text.
 */
@Command(
    name = "fingerprint",
    mixinStandardHelpOptions = true,
    description =
        "Print the normalized text and id of the query pattern of SQL: literals and parameters "
            + "become $?, IN lists and VALUES rows collapse, case, whitespace and comments fold.")
public final class FingerprintCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SQL", description = "The query text; - reads it from standard input.")
  String sql;

  @Override
  public Integer call() throws IOException {
    String text =
        "-".equals(sql) ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8) : sql;
    QueryFingerprint fingerprint = Fingerprinter.fingerprint(text);
    PrintWriter out = spec.commandLine().getOut();
    out.println("normalized: " + fingerprint.normalized());
    out.println("id:         " + fingerprint.hexId());
    out.flush();
    return ScryCli.EXIT_OK;
  }
}
