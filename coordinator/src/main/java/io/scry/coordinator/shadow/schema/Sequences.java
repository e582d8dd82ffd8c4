package io.scry.coordinator.shadow.schema;

import io.scry.coordinator.explain.BlockingSql;
import java.util.List;

/**
 * The sequences of the copied schemas that an identity column does not create itself. Their values
 * are set apart ({@code SequenceValues}): logical replication does not carry them.
 */
final class Sequences implements SchemaPart {
  @Override
  public String kind() {
    return "sequences";
  }

  @Override
  public List<String> statements(BlockingSql source, SchemaScope scope) {
    return SchemaPart.firstColumn(
        source,
        "SELECT 'CREATE SEQUENCE ' || s.seqrelid::regclass::text"
            + " || ' AS ' || format_type(s.seqtypid, NULL)"
            + " || ' INCREMENT ' || s.seqincrement || ' MINVALUE ' || s.seqmin"
            + " || ' MAXVALUE ' || s.seqmax || ' START ' || s.seqstart || ' CACHE ' || s.seqcache"
            + " || CASE WHEN s.seqcycle THEN ' CYCLE' ELSE '' END"
            + " FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid"
            + " WHERE c.relnamespace IN "
            + scope.schemaOids()
            + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass"
            + " AND d.objid = s.seqrelid AND d.deptype IN ('i', 'e'))"
            + " ORDER BY s.seqrelid");
  }
}
