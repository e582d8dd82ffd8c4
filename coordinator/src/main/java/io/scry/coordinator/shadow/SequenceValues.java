package io.scry.coordinator.shadow;

import io.scry.coordinator.explain.BlockingSql;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Copies the sequences' current values from the source to the shadow: logical replication carries
 * rows, not sequences, so without this a replayed INSERT on a clone would draw ids the source has
 * given out already. Read after the rows they must cover, a value is never behind them.
 */
final class SequenceValues {
  private SequenceValues() {}

  /**
   * @param tables the replicated tables: the sequences of their schemas are copied
   * @return how many were set
   */
  static int sync(BlockingSql source, BlockingSql shadow, List<String> tables) {
    List<List<String>> values =
        source.query(
            "SELECT format('%I.%I', schemaname, sequencename), last_value::text FROM pg_sequences"
                + " WHERE last_value IS NOT NULL AND schemaname IN (SELECT n.nspname"
                + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid IN ("
                + tables.stream()
                    .map(t -> "to_regclass(" + BlockingSql.literal(t) + ")")
                    .collect(Collectors.joining(", "))
                + "))");
    int set = 0;
    for (List<String> sequence : values) {
      String name = BlockingSql.literal(sequence.get(0));
      if (shadow.queryValue("SELECT to_regclass(" + name + ")::text") != null) {
        shadow.execute("SELECT setval(" + name + ", " + sequence.get(1) + ", true)");
        set++;
      }
    }
    return set;
  }
}
