package io.scry.cli.ci;

import picocli.CommandLine.Command;

/** {@code scry-cluster ci ...}: commands meant for CI pipelines. */
@Command(
    name = "ci",
    mixinStandardHelpOptions = true,
    description = "Commands for CI pipelines.",
    subcommands = {TestMigrationCommand.class})
public final class CiCommand {}
