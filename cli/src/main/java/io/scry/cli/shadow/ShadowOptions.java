package io.scry.cli.shadow;

import io.scry.cli.config.DatabaseUrls;
import io.scry.coordinator.shadow.Endpoint;
import io.scry.coordinator.shadow.ShadowName;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that find a recorded shadow: its database ({@code --shadow}), its name when the
 * database holds several ({@code --name}), and the source when the URL {@code shadow init} recorded
 * is not the one to use from here ({@code --source}).
 */
final class ShadowOptions {
  @Mixin ShadowServerOption server;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "The shadow's name, when its database holds several.")
  String name;

  @Option(
      names = "--source",
      paramLabel = "URL",
      description =
          "The source database (default: the URL shadow init recorded, without its password:"
              + " PGPASSWORD or ~/.pgpass give it).")
  String source;

  Endpoint shadow() {
    return server.endpoint();
  }

  Optional<ShadowName> name() {
    return Optional.ofNullable(name).map(ShadowName::new);
  }

  Optional<Endpoint> source() {
    return Optional.ofNullable(source)
        .map(url -> Endpoint.source(DatabaseUrls.parse(url, "source", "--source"), "--source"));
  }
}
