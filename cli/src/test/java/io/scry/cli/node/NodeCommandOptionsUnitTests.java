package io.scry.cli.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.cli.CliRun;
import io.scry.protocol.security.ClusterKey;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class NodeCommandOptionsUnitTests {

  @Test
  void coordinatorAndLocalReadTheServiceOptionsAlike() {
    for (Object command : new Object[] {new CoordinatorCommand(), new LocalCommand()}) {
      CommandLine cli = new CommandLine(command);
      cli.parseArgs(
          "--http",
          "127.0.0.1:18080",
          "--ingest",
          "127.0.0.1:17070",
          "--store",
          "s",
          "--token",
          "t");
      CoordinatorServiceOptions service =
          command instanceof CoordinatorCommand c ? c.service : ((LocalCommand) command).service;

      assertEquals(new InetSocketAddress("127.0.0.1", 18080), service.httpAddress());
      assertEquals(new InetSocketAddress("127.0.0.1", 17070), service.ingestAddress());
      assertEquals(Path.of("s"), service.store);
      assertEquals("t", service.bearerToken());
      assertNull(service.controlDb);
    }
  }

  @Test
  void aBlankTokenMeansNone() {
    LocalCommand local = new LocalCommand();
    new CommandLine(local).parseArgs("--token", " ");
    assertNull(local.service.bearerToken());
    assertNull(local.service.ingestAddress());
  }

  @Test
  void aCoordinatorWithoutTokenOrIngestSecretDoesNotStartUnlessInsecure() {
    CoordinatorCommand noToken = new CoordinatorCommand();
    new CommandLine(noToken).parseArgs("--token", "");
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, noToken.service::requiredAccess);
    assertTrue(error.getMessage().contains("--insecure"), error.getMessage());

    CoordinatorCommand noSecret = new CoordinatorCommand();
    new CommandLine(noSecret).parseArgs("--token", "t", "--ingest", "127.0.0.1:17070");
    assertThrows(IllegalArgumentException.class, noSecret.service::requiredAccess);

    CoordinatorCommand insecure = new CoordinatorCommand();
    new CommandLine(insecure).parseArgs("--token", "", "--ingest", "127.0.0.1:17070", "--insecure");
    ServiceAccess access = insecure.service.requiredAccess();
    assertNull(access.token());
    assertNull(access.ingestSecret());
    assertTrue(access.insecure());
  }

  @Test
  void secretsFromFilesWinOverValuesAndLoseTheirNewline(@TempDir Path tmp) throws Exception {
    Path token = Files.writeString(tmp.resolve("token"), "from-file\n");
    Path secret = Files.writeString(tmp.resolve("secret"), "ingest-from-file\n");
    CoordinatorCommand coordinator = new CoordinatorCommand();
    new CommandLine(coordinator)
        .parseArgs(
            "--token",
            "from-flag",
            "--token-file",
            token.toString(),
            "--ingest",
            "127.0.0.1:17070",
            "--ingest-secret-file",
            secret.toString());
    ServiceAccess access = coordinator.service.requiredAccess();
    assertEquals("from-file", access.token());
    assertEquals("ingest-from-file", access.ingestSecret());
    assertFalse(access.insecure());
  }

  @Test
  void anUnreadableTokenFileIsAnErrorNamingTheOption(@TempDir Path tmp) {
    CoordinatorCommand coordinator = new CoordinatorCommand();
    new CommandLine(coordinator).parseArgs("--token-file", tmp.resolve("missing").toString());
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, coordinator.service::requiredAccess);
    assertTrue(error.getMessage().startsWith("--token-file"), error.getMessage());
  }

  @Test
  void localGeneratesWhatIsMissingIntoFilesOnlyItsUserReads(@TempDir Path tmp) throws Exception {
    LocalCommand local = new LocalCommand();
    Path store = tmp.resolve("store");
    new CommandLine(local)
        .parseArgs("--token", "", "--ingest", "127.0.0.1:17070", "--store", store.toString());
    StringWriter out = new StringWriter();
    ServiceAccess access = local.service.generatedAccess(new PrintWriter(out, true));

    Path tokenFile = store.resolve(CoordinatorServiceOptions.API_TOKEN_FILE);
    Path secretFile = store.resolve(CoordinatorServiceOptions.INGEST_SECRET_FILE);
    assertEquals(access.token(), Files.readString(tokenFile).strip());
    assertEquals(access.ingestSecret(), Files.readString(secretFile).strip());
    assertTrue(access.token().length() >= 32, access.token());
    assertNotEquals(access.token(), access.ingestSecret());
    assertFalse(access.insecure());
    for (Path file : new Path[] {tokenFile, secretFile}) {
      assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
    assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(store)));
    assertTrue(out.toString().contains("--token-file " + tokenFile), out.toString());
    assertFalse(out.toString().contains(access.token()), "the token itself is never printed");
  }

  @Test
  void theClusterKeyCommandWritesAKeyOnlyItsUserReadsThatTheNodesRead(@TempDir Path tmp)
      throws Exception {
    Path file = tmp.resolve("cluster-key");
    CliRun made = CliRun.of("cluster-key", file.toString());
    assertEquals(0, made.exit(), made.output());
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    ClusterKey key = ClusterKey.read(file);
    assertEquals(
        "cluster key "
            + key.fingerprint()
            + " written to "
            + file
            + ": start the coordinator and every worker with --cluster-key-file "
            + file,
        made.stdout().strip());

    CoordinatorCommand coordinator = new CoordinatorCommand();
    new CommandLine(coordinator).parseArgs("--cluster-key-file", file.toString());
    WorkerCommand worker = new WorkerCommand();
    new CommandLine(worker)
        .parseArgs("--seed", "127.0.0.1:25520", "--cluster-key-file", file.toString());
    assertEquals(key.fingerprint(), coordinator.clusterKey.required(false).fingerprint());
    assertEquals(key.fingerprint(), worker.clusterKey.required(false).fingerprint());
  }

  @Test
  void withoutAClusterKeyOnlyInsecureNodesStartAndInClear() {
    WorkerCommand worker = new WorkerCommand();
    new CommandLine(worker).parseArgs("--seed", "127.0.0.1:25520", "--insecure");
    assertTrue(worker.insecure);
    assertNull(worker.clusterKey.required(worker.insecure));

    WorkerCommand refused = new WorkerCommand();
    new CommandLine(refused).parseArgs("--seed", "127.0.0.1:25520");
    assertThrows(IllegalArgumentException.class, () -> refused.clusterKey.required(false));
  }

  @Test
  void localWithInsecureGeneratesNothing(@TempDir Path tmp) throws Exception {
    LocalCommand local = new LocalCommand();
    Path store = tmp.resolve("store");
    new CommandLine(local).parseArgs("--token", "", "--insecure", "--store", store.toString());
    ServiceAccess access = local.service.generatedAccess(new PrintWriter(new StringWriter()));
    assertNull(access.token());
    assertFalse(Files.exists(store.resolve(CoordinatorServiceOptions.API_TOKEN_FILE)));
  }
}
