package io.scry.cli.shadow;

import io.scry.cli.config.DatabaseUrls;
import io.scry.coordinator.shadow.Endpoint;
import io.scry.coordinator.shadow.ShadowInit;
import io.scry.coordinator.shadow.ShadowName;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code scry-cluster shadow init}: copies the source's schema into an empty shadow database and
 * subscribes it to the source, printing the initial copy's progress as plain lines.
 */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    description =
        "Copy the source's schema into an empty shadow database, publish the tables on the source"
            + " and subscribe the shadow to them; prints the initial copy's progress.")
public final class ShadowInitCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--source",
      required = true,
      paramLabel = "URL",
      description = "The source database (production), with wal_level = logical.")
  String source;

  @Option(
      names = "--shadow",
      required = true,
      paramLabel = "URL",
      description = "An empty database to make the shadow.")
  String shadow;

  @Option(
      names = "--tables",
      split = ",",
      paramLabel = "TABLE",
      description = "The tables to replicate, schema.table or table (default: all).")
  List<String> tables;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The shadow's name (default: the shadow database's name).")
  String name;

  @Option(
      names = "--replica-identity-full",
      description =
          "Give the tables that have no primary key REPLICA IDENTITY FULL on the source, instead"
              + " of refusing them.")
  boolean replicaIdentityFull;

  @Override
  public Integer call() {
    Endpoint sourceEndpoint =
        Endpoint.source(DatabaseUrls.parse(source, "source", "--source"), "--source");
    Endpoint shadowEndpoint =
        Endpoint.shadow(DatabaseUrls.parse(shadow, "shadow", "--shadow"), "--shadow");
    ShadowName shadowName =
        name != null
            ? new ShadowName(name)
            : ShadowName.ofDatabase(shadowEndpoint.url().database());
    PrintWriter out = spec.commandLine().getOut();
    ShadowInit.run(
        new ShadowInit.Request(
            sourceEndpoint,
            shadowEndpoint,
            shadowName,
            tables == null ? List.of() : tables,
            replicaIdentityFull),
        ProgressLines.printedTo(out));
    return 0;
  }
}
