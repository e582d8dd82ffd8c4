package io.scry.coordinator.rehearsal;

import java.util.EnumSet;
import java.util.Set;

/**
 * PostgreSQL's table-level lock modes, weakest first, with the conflict table of the manual
 * ("Explicit Locking"). The order is the order of strength the manual uses, so {@code compareTo}
 * says which of two modes is stronger.
 */
public enum LockMode {
  ACCESS_SHARE("AccessShareLock"),
  ROW_SHARE("RowShareLock"),
  ROW_EXCLUSIVE("RowExclusiveLock"),
  SHARE_UPDATE_EXCLUSIVE("ShareUpdateExclusiveLock"),
  SHARE("ShareLock"),
  SHARE_ROW_EXCLUSIVE("ShareRowExclusiveLock"),
  EXCLUSIVE("ExclusiveLock"),
  ACCESS_EXCLUSIVE("AccessExclusiveLock");

  private final String pgName;

  LockMode(String pgName) {
    this.pgName = pgName;
  }

  /** The mode as {@code pg_locks.mode} spells it, e.g. {@code AccessExclusiveLock}. */
  public String pgName() {
    return pgName;
  }

  /** The mode as the manual and the reports write it, e.g. {@code ACCESS EXCLUSIVE}. */
  public String label() {
    return name().replace('_', ' ');
  }

  /** The mode {@code pg_locks.mode} names, or null for one that is not a table lock mode. */
  static LockMode fromPgName(String name) {
    for (LockMode mode : values()) {
      if (mode.pgName.equals(name)) {
        return mode;
      }
    }
    return null;
  }

  /** Whether a lock held in this mode makes a request in {@code other} wait. */
  public boolean conflictsWith(LockMode other) {
    return conflicts().contains(other);
  }

  /** Whether holding it stops plain reads ({@code SELECT} takes ACCESS SHARE). */
  public boolean blocksReads() {
    return conflictsWith(ACCESS_SHARE);
  }

  /** Whether holding it stops {@code INSERT}, {@code UPDATE} and {@code DELETE} (ROW EXCLUSIVE). */
  public boolean blocksWrites() {
    return conflictsWith(ROW_EXCLUSIVE);
  }

  private Set<LockMode> conflicts() {
    return switch (this) {
      case ACCESS_SHARE -> EnumSet.of(ACCESS_EXCLUSIVE);
      case ROW_SHARE -> EnumSet.of(EXCLUSIVE, ACCESS_EXCLUSIVE);
      case ROW_EXCLUSIVE -> EnumSet.of(SHARE, SHARE_ROW_EXCLUSIVE, EXCLUSIVE, ACCESS_EXCLUSIVE);
      case SHARE_UPDATE_EXCLUSIVE -> EnumSet.range(SHARE_UPDATE_EXCLUSIVE, ACCESS_EXCLUSIVE);
      case SHARE ->
          EnumSet.of(
              ROW_EXCLUSIVE,
              SHARE_UPDATE_EXCLUSIVE,
              SHARE_ROW_EXCLUSIVE,
              EXCLUSIVE,
              ACCESS_EXCLUSIVE);
      case SHARE_ROW_EXCLUSIVE -> EnumSet.range(ROW_EXCLUSIVE, ACCESS_EXCLUSIVE);
      case EXCLUSIVE -> EnumSet.range(ROW_SHARE, ACCESS_EXCLUSIVE);
      case ACCESS_EXCLUSIVE -> EnumSet.allOf(LockMode.class);
    };
  }
}
