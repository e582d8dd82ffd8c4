package io.scry.protocol.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The normalizer's contract on arbitrary input: it never throws, it is deterministic, and its
 * output is a fixed point (normalizing a normalized text changes nothing). It is called without the
 * safety net of {@link Fingerprinter}, so a lexer bug fails here instead of being absorbed.
 */
class SqlNormalizerPropertyUnitTests {

  private static final long SEED = 20261122L;

  /** Characters that drive the lexer into every state, plus a few that should be inert. */
  private static final String ALPHABET =
      "'''\"\"$$$$--//**(())[[]];;::..,,eEuUbBxXnN&& \n\t01234567899_+-<>=!@#%^|`?~\\{}aAtTiInN"
          + "é\u00a0\u2028\ud83d\ude00\ud83d\u0000";

  private static final List<String> SEEDS =
      List.of(
          "SELECT * FROM t WHERE a = 5 AND b IN (1,2,3) ORDER BY a DESC LIMIT 10",
          "insert into t (a, b) values ($1, 'x'), ($2, E'y\\'z') returning id",
          "select U&'d!0061t' UESCAPE '!', $tag$ x $$ y $tag$, B'101', X'ff', 1.5e-3, .5, 0x1f",
          "select \"Q\"\"uoted\", a::varchar(10)[], b::timestamp with time zone -- c\nfrom t",
          "select /* a /* b */ c */ x from t where y = any(array[1, -2, +3]) and z not in (1)",
          "update t set a = a - -1, j = j || '{\"k\": 1}'::jsonb where id = $1; select 1;",
          "select * from (values (1, 'a'), (2, 'b')) v(id, n) where n ~~ 'a%' and n ?| array['x']",
          "with x as (select 1) select f(a => 1, b := 2), c[1:2] from x, lateral g(-5) as q");

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void randomTextNeverBreaksTheContract() {
    SplittableRandom random = new SplittableRandom(SEED);
    StringBuilder text = new StringBuilder();
    for (int round = 0; round < 125_000; round++) {
      text.setLength(0);
      int length = random.nextInt(40);
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      checkContract(text.toString());
    }
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void mutatedQueriesNeverBreakTheContract() {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    for (int round = 0; round < 125_000; round++) {
      StringBuilder query = new StringBuilder(SEEDS.get(random.nextInt(SEEDS.size())));
      int mutations = 1 + random.nextInt(4);
      for (int m = 0; m < mutations && query.length() > 0; m++) {
        mutate(query, random);
      }
      checkContract(query.toString());
    }
  }

  @Test
  void deepNestingIsWrittenWithoutInterpretingItAll() {
    int levels = 100_000;
    String sql = "select " + "(".repeat(levels) + "1" + ")".repeat(levels) + " in (1, 2)";
    checkContract(sql);
    String normalized = Fingerprinter.fingerprint(sql).normalized();
    assertEquals(
        "select " + "(".repeat(levels) + "$?" + ")".repeat(levels) + " in ($?...)", normalized);
  }

  private static void mutate(StringBuilder query, SplittableRandom random) {
    int at = random.nextInt(query.length());
    switch (random.nextInt(5)) {
      case 0 -> query.insert(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      case 1 -> query.deleteCharAt(at);
      case 2 -> query.setCharAt(at, ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      case 3 -> query.setLength(at); // truncation: unterminated strings, comments, lists
      default -> {
        int from = random.nextInt(query.length());
        int to = Math.min(query.length(), from + random.nextInt(12));
        query.insert(at, query.substring(from, to)); // duplicated fragments
      }
    }
  }

  private static void checkContract(String sql) {
    String normalized;
    try {
      normalized = new SqlNormalizer(sql).normalize();
    } catch (RuntimeException e) {
      throw new AssertionError("normalizer threw on: " + escape(sql), e);
    }
    assertEquals(
        normalized, new SqlNormalizer(sql).normalize(), () -> "not deterministic: " + escape(sql));
    String again = new SqlNormalizer(normalized).normalize();
    if (!again.equals(normalized)) {
      fail(
          "not a fixed point: "
              + escape(sql)
              + "\n first:  "
              + escape(normalized)
              + "\n second: "
              + escape(again));
    }
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    s.chars()
        .forEach(
            c ->
                out.append(
                    c < 0x20 || c > 0x7e ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return out.toString();
  }
}
