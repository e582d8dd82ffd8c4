package io.scry.cli.console;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * Whether {@code --verbose} was given, before or after the subcommand's name: it is an option of
 * the root command inherited by every subcommand, so it may be matched at any level.
 */
public final class Verbose {
  public static final String OPTION = "--verbose";

  private Verbose() {}

  public static boolean of(CommandSpec spec) {
    return of(spec.root().commandLine().getParseResult());
  }

  public static boolean of(ParseResult parsed) {
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption(OPTION)) {
        return true;
      }
    }
    return false;
  }
}
