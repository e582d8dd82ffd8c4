package io.scry.cli.jobs;

import picocli.CommandLine.Option;

/** Where the coordinator's job API is and how to authenticate: shared by the job commands. */
public class ApiOptions {

  @Option(
      names = "--coordinator",
      paramLabel = "URL",
      defaultValue = "http://127.0.0.1:8080",
      description = "The coordinator's job API (default: ${DEFAULT-VALUE}).")
  String coordinator;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      defaultValue = "${env:SCRY_TOKEN}",
      description = "Bearer token of the job API (default: $SCRY_TOKEN).")
  String token;

  JobApi api() {
    return new JobApi(coordinator, token == null || token.isBlank() ? null : token);
  }
}
