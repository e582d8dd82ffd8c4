package io.scry.coordinator.shadow;

import java.time.Instant;
import java.util.List;

/**
 * A shadow as {@code shadow init} recorded it in the shadow database.
 *
 * @param sourceUrl the source's URL without its password
 * @param tables the replicated tables, schema-qualified
 * @param createdAt when {@code shadow init} recorded it
 */
public record ShadowRecord(
    ShadowName name, String sourceUrl, List<String> tables, Instant createdAt) {

  public ShadowRecord {
    tables = List.copyOf(tables);
  }
}
