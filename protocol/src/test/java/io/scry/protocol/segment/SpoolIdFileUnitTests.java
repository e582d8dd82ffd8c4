package io.scry.protocol.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolIdFileUnitTests {

  @TempDir Path dir;

  @Test
  void aDirectoryGetsItsIdOnceAndKeepsIt() throws IOException {
    Path spool = dir.resolve("capture");
    assertEquals(Optional.empty(), SpoolIdFile.read(spool));
    SpoolId created = SpoolIdFile.loadOrCreate(spool);
    assertFalse(created.isLegacy());
    assertEquals(created, SpoolIdFile.loadOrCreate(spool));
    assertEquals(Optional.of(created), SpoolIdFile.read(spool));
    try (Stream<Path> files = Files.list(spool)) {
      assertEquals(
          List.of(SpoolIdFile.FILE_NAME), files.map(f -> f.getFileName().toString()).toList());
    }
  }

  @Test
  void writerAndShipperRacingToCreateItGetTheSameId() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 20; round++) {
        Path spool = dir.resolve("race-" + round);
        List<Callable<SpoolId>> racers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
          racers.add(() -> SpoolIdFile.loadOrCreate(spool));
        }
        Set<SpoolId> ids = new HashSet<>();
        for (Future<SpoolId> id : pool.invokeAll(racers)) {
          ids.add(id.get());
        }
        assertEquals(1, ids.size(), "ids of " + spool + ": " + ids);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aDamagedIdFileStopsWithTheFileNamed() throws IOException {
    Files.writeString(dir.resolve(SpoolIdFile.FILE_NAME), "not-a-uuid\n");
    IOException error = assertThrows(IOException.class, () -> SpoolIdFile.loadOrCreate(dir));
    assertTrue(error.getMessage().contains(dir.resolve(SpoolIdFile.FILE_NAME).toString()));
  }

  @Test
  void spoolIdsAreCanonicalUuidsOrLegacy() {
    SpoolId random = SpoolId.random();
    assertEquals(random, SpoolId.parse(random.text()));
    assertTrue(SpoolId.parse("legacy").isLegacy());
    assertThrows(IllegalArgumentException.class, () -> SpoolId.parse("../x"));
    assertThrows(
        IllegalArgumentException.class,
        () -> SpoolId.parse(random.text().toUpperCase(java.util.Locale.ROOT)));
  }
}
