package io.scry.cli.node;

import io.scry.cli.ScryCli;
import io.scry.cli.security.ClusterKeyOptions;
import io.scry.protocol.security.ClusterKey;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code scry-cluster cluster-key FILE}: makes a new cluster key (EC P-256 and its self-signed
 * certificate) into a new file that only its owner reads. Every node of the cluster is then started
 * with {@code --cluster-key-file FILE}.
 */
@Command(
    name = "cluster-key",
    mixinStandardHelpOptions = true,
    description = {
      "Make a new cluster key into FILE (0600): give the same file to the coordinator and every",
      "worker with --cluster-key-file. An existing file is never overwritten."
    })
public class ClusterKeyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "Where to write the new key.")
  Path file;

  @Override
  public Integer call() throws IOException {
    ClusterKey key = ClusterKey.generate();
    try {
      key.write(file);
    } catch (FileAlreadyExistsException e) {
      throw new IllegalArgumentException(
          file
              + " already exists: a cluster key is never overwritten, since the nodes holding it"
              + " would no longer join; remove it first or choose another FILE");
    }
    spec.commandLine()
        .getOut()
        .printf(
            "cluster key %s written to %s: start the coordinator and every worker with %s %s%n",
            key.fingerprint(), file, ClusterKeyOptions.OPTION, file);
    return ScryCli.EXIT_OK;
  }
}
