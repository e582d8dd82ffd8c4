package io.scry.cli.security;

import io.scry.protocol.security.ClusterKey;
import io.scry.protocol.security.OwnerOnly;
import java.io.IOException;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/**
 * The cluster key, read alike by {@code coordinator} and {@code worker}: a file only (what a Docker
 * secret is), since it is a private key and a certificate rather than a word to type.
 */
public final class ClusterKeyOptions {

  private static final Logger log = LoggerFactory.getLogger(ClusterKeyOptions.class);

  public static final String OPTION = "--cluster-key-file";

  @Option(
      names = OPTION,
      paramLabel = "FILE",
      defaultValue = "${env:SCRY_CLUSTER_KEY_FILE}",
      description = {
        "The cluster key that every node of the cluster shares (default: $SCRY_CLUSTER_KEY_FILE):",
        "cluster traffic is TLS and no node without it joins. Make one with 'scry-cluster"
            + " cluster-key FILE'."
      })
  Path keyFile;

  /**
   * The key, or null when none is configured (and {@code insecure}).
   *
   * @throws IllegalArgumentException naming the option if the file cannot be read or is not a key,
   *     or if there is none and {@code insecure} was not given
   */
  public ClusterKey required(boolean insecure) {
    ClusterKey key = key();
    if (key == null && !insecure) {
      throw new IllegalArgumentException(
          "the cluster needs a key that every node shares: "
              + OPTION
              + " FILE or $SCRY_CLUSTER_KEY_FILE, made once by 'scry-cluster cluster-key FILE'"
              + " (or --insecure to send the cluster traffic in clear)");
    }
    return key;
  }

  /** The key in the file given, or null when none is. */
  ClusterKey key() {
    if (keyFile == null || keyFile.toString().isBlank()) {
      return null;
    }
    try {
      ClusterKey key = ClusterKey.read(keyFile);
      if (OwnerOnly.readableByOthers(keyFile)) {
        log.warn(
            "the cluster key file {} is readable by its group or others: anyone who reads it can"
                + " join the cluster (chmod 600 it)",
            keyFile);
      }
      return key;
    } catch (IOException e) {
      String reason =
          e instanceof java.nio.file.NoSuchFileException
              ? "no such file"
              : e instanceof java.nio.file.AccessDeniedException
                  ? "permission denied"
                  : e.getMessage();
      // No cause: the message names the option, which a file error found in the cause would not.
      throw new IllegalArgumentException(OPTION + ": cannot read " + keyFile + ": " + reason);
    }
  }
}
