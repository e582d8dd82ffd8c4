package io.scry.cli.jobs;

import io.scry.cli.security.TokenOptions;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the coordinator's job API is and how to authenticate: shared by the job commands. */
public class ApiOptions {

  @Option(
      names = "--coordinator",
      paramLabel = "URL",
      defaultValue = "http://127.0.0.1:8080",
      description = "The coordinator's job API (default: ${DEFAULT-VALUE}).")
  String coordinator;

  @Mixin TokenOptions tokens;

  JobApi api() {
    return new JobApi(coordinator, tokens.token());
  }
}
