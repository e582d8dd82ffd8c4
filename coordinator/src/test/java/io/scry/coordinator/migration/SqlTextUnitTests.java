package io.scry.coordinator.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SqlTextUnitTests {

  @Test
  void splitsAtSemicolonsThatAreCodeOnly() {
    String sql =
        "DO $body$ BEGIN PERFORM 1; END $body$;\n"
            + "SELECT ';', \"a;b\", E'it\\'s;' FROM t; -- a comment; not a statement\n"
            + "/* block; /* nested; */ still */ CREATE INDEX i ON t ((x || $$;$$));\n"
            + "  ;  -- only a comment\n";

    assertEquals(
        List.of(
            "DO $body$ BEGIN PERFORM 1; END $body$",
            "SELECT ';', \"a;b\", E'it\\'s;' FROM t",
            "-- a comment; not a statement\n/* block; /* nested; */ still */ CREATE INDEX i ON t"
                + " ((x || $$;$$))"),
        SqlText.split(sql));
  }

  @Test
  void maskKeepsLengthAndHidesLiteralsCommentsAndQuotedIdentifiers() {
    String sql = "ALTER TABLE \"My Table\" ADD CHECK (x <> 'a,b') -- c, d";
    String masked = SqlText.mask(sql);

    assertEquals(sql.length(), masked.length());
    assertEquals("ALTER TABLE \"________\" ADD CHECK (x <> '   ')" + " ".repeat(8), masked);
  }

  @Test
  void parametersAreTheOnesOutsideLiterals() {
    assertTrue(SqlText.hasParameters("UPDATE t SET x = $1 WHERE id = $2"));
    assertFalse(SqlText.hasParameters("UPDATE t SET x = '$1' WHERE y = $$ $2 $$"));
  }

  @Test
  void topLevelCommasSeparateActionsNotColumns() {
    assertFalse(SqlText.hasTopLevelComma("ALTER TABLE t ADD CONSTRAINT c CHECK (f(a, b))"));
    assertTrue(SqlText.hasTopLevelComma("ALTER TABLE t ADD COLUMN a int, ADD COLUMN b int"));
  }

  @Test
  void identifiersQuoteAndUnquote() {
    assertEquals("Say \"hi\"", SqlText.unquote("\"Say \"\"hi\"\"\""));
    assertEquals("orders", SqlText.unquote("Orders"));
    assertEquals("\"Say \"\"hi\"\"\"", SqlText.quote("Say \"hi\""));
  }
}
