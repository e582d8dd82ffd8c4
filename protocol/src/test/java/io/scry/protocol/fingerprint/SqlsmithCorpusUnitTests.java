package io.scry.protocol.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Torture corpus: 1,999 random queries sqlsmith generated against a PostgreSQL 15 database (catalog
 * tables, odd types, deep nesting, every kind of literal). How the file was made is in {@code
 * docs/FINGERPRINTS.md}.
 */
class SqlsmithCorpusUnitTests {

  private static List<String> queries;

  @BeforeAll
  static void loadCorpus() throws IOException {
    try (InputStream in =
        SqlsmithCorpusUnitTests.class.getResourceAsStream("/fingerprint/sqlsmith-corpus.sql")) {
      queries =
          Fingerprinter.splitStatements(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void splitsIntoEveryGeneratedQuery() {
    assertEquals(1999, queries.size());
    assertTrue(queries.stream().noneMatch(q -> q.isBlank() || q.endsWith(";")));
  }

  @Test
  void everyQueryNormalizesDeterministicallyToAFixedPoint() {
    for (String query : queries) {
      String normalized = new SqlNormalizer(query).normalize();
      assertEquals(normalized, new SqlNormalizer(query).normalize(), query);
      assertEquals(Fingerprinter.fingerprint(query), Fingerprinter.fingerprint(normalized), query);
    }
  }

  @Test
  void noStringLiteralSurvives() {
    for (String query : queries) {
      String normalized = Fingerprinter.fingerprint(query).normalized();
      assertFalse(normalized.contains("'"), () -> query + "\n=> " + normalized);
    }
  }

  @Test
  void differentQueriesMostlyKeepDifferentFingerprints() {
    Set<Long> ids = new HashSet<>();
    queries.forEach(q -> ids.add(Fingerprinter.fingerprint(q).id()));
    // sqlsmith queries differ in structure far more often than only in their literals
    assertTrue(ids.size() > queries.size() * 9 / 10, "distinct fingerprints: " + ids.size());
  }
}
