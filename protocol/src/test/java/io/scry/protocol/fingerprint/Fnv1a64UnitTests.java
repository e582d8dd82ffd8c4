package io.scry.protocol.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Fnv1a64UnitTests {

  @ParameterizedTest
  @CsvSource({"'', cbf29ce484222325", "a, af63dc4c8601ec8c", "foobar, 85944171f73967e8"})
  void matchesThePublishedTestVectors(String text, String hex) {
    assertEquals(Long.parseUnsignedLong(hex, 16), Fnv1a64.hashUtf8(text));
  }

  @Test
  void hashesTheUtf8BytesOfAnyText() {
    SplittableRandom random = new SplittableRandom(7);
    char[] chars = {'a', 'Z', '$', 'é', 'ß', '€', '\u0800', '\uffff', '\ud83d', '\ude00', '\udc00'};
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(chars[random.nextInt(chars.length)]);
      }
      String s = text.toString();
      assertEquals(
          FingerprinterUnitTests.ReferenceFnv.hash(s.getBytes(StandardCharsets.UTF_8)),
          Fnv1a64.hashUtf8(s),
          s);
    }
  }
}
