package io.scry.coordinator.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LockModeUnitTests {

  @Test
  void conflictsAreSymmetric() {
    for (LockMode a : LockMode.values()) {
      for (LockMode b : LockMode.values()) {
        assertEquals(a.conflictsWith(b), b.conflictsWith(a), a + " vs " + b);
      }
    }
  }

  @Test
  void onlyAccessExclusiveBlocksReadsAndShareAndStrongerBlockWrites() {
    assertEquals(
        List.of(LockMode.ACCESS_EXCLUSIVE),
        Arrays.stream(LockMode.values()).filter(LockMode::blocksReads).toList());
    assertEquals(
        List.of(
            LockMode.SHARE,
            LockMode.SHARE_ROW_EXCLUSIVE,
            LockMode.EXCLUSIVE,
            LockMode.ACCESS_EXCLUSIVE),
        Arrays.stream(LockMode.values()).filter(LockMode::blocksWrites).toList());
  }

  @Test
  void namesAreThoseOfPgLocks() {
    assertEquals(LockMode.SHARE_UPDATE_EXCLUSIVE, LockMode.fromPgName("ShareUpdateExclusiveLock"));
    assertNull(LockMode.fromPgName("SIReadLock"));
  }
}
