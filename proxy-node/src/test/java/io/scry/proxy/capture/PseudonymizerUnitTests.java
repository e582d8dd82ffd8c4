package io.scry.proxy.capture;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.ByteString;
import io.scry.protocol.fingerprint.Fingerprinter;
import io.scry.protocol.v1.CaptureEvent;
import io.scry.protocol.v1.Parameter;
import io.scry.protocol.v1.Redaction;
import io.scry.protocol.v1.Statement;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PseudonymizerUnitTests {

  private static final PseudonymKey KEY =
      PseudonymKey.of("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
  private static final PseudonymKey OTHER_KEY =
      PseudonymKey.of("fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8));

  private final Pseudonymizer pseudonymizer = new Pseudonymizer(KEY);
  private final Pseudonyms pseudonyms = new Pseudonyms(KEY);

  private static Parameter text(int type, String value) {
    return Parameter.newBuilder()
        .setFormat(0)
        .setTypeOid(type)
        .setValue(ByteString.copyFromUtf8(value))
        .build();
  }

  private static Parameter binary(int type, byte[] value) {
    return Parameter.newBuilder()
        .setFormat(1)
        .setTypeOid(type)
        .setValue(ByteString.copyFrom(value))
        .build();
  }

  private String textValue(int type, String value) {
    return pseudonymizer.parameter(text(type, value)).getValue().toStringUtf8();
  }

  private byte[] binaryValue(int type, byte[] value) {
    return pseudonymizer.parameter(binary(type, value)).getValue().toByteArray();
  }

  // ------------------------------------------------------------------ keys and determinism

  @Test
  void theSameValueGetsTheSamePseudonymAcrossInstancesAndDifferentKeysDiffer() {
    Pseudonymizer again = new Pseudonymizer(KEY);
    Pseudonymizer other = new Pseudonymizer(OTHER_KEY);
    String sql = "SELECT * FROM users WHERE email = 'alice@example.com' AND id = 123456";
    assertEquals(pseudonymizer.sql(sql), again.sql(sql));
    assertNotEquals(pseudonymizer.sql(sql), other.sql(sql));
    assertNotEquals(sql, pseudonymizer.sql(sql));
    assertEquals(textValue(25, "alice@example.com"), textValue(25, "alice@example.com"));
    assertNotEquals(
        textValue(25, "alice@example.com"),
        other.parameter(text(25, "alice@example.com")).getValue().toStringUtf8());
  }

  @Test
  void keysAreAtLeast16BytesAndNeverShown() {
    assertThrows(IllegalArgumentException.class, () -> PseudonymKey.of(new byte[15]));
    assertFalse(KEY.toString().contains("0123456789abcdef"));
  }

  @Test
  void oneValueHasOnePseudonymWhetherLiteralTextParameterOrBinaryParameter() {
    String literal = pseudonymizer.sql("SELECT 4711");
    String fromText = textValue(23, "4711");
    int fromBinary =
        ByteBuffer.wrap(binaryValue(23, ByteBuffer.allocate(4).putInt(4711).array())).getInt();
    String fromString = pseudonymizer.sql("SELECT '4711'");
    assertEquals("SELECT " + fromText, literal);
    assertEquals(fromText, String.valueOf(fromBinary));
    assertEquals("SELECT '" + fromText + "'", fromString);
    // int8 and int2 too: the width comes from the value, not from the declared type
    long fromInt8 =
        ByteBuffer.wrap(binaryValue(20, ByteBuffer.allocate(8).putLong(4711).array())).getLong();
    short fromInt2 =
        ByteBuffer.wrap(binaryValue(21, ByteBuffer.allocate(2).putShort((short) 4711).array()))
            .getShort();
    assertEquals(fromText, String.valueOf(fromInt8));
    assertEquals(fromText, String.valueOf(fromInt2));
  }

  // ------------------------------------------------------------------ integers

  @Test
  void integersKeepTheirDigitsSignAndWidthAndStayDistinct() {
    Set<String> seen = new HashSet<>();
    for (int i = 100; i <= 999; i++) {
      String p = textValue(23, String.valueOf(i));
      assertTrue(p.matches("[1-9][0-9]{2}"), p);
      assertTrue(seen.add(p), "collision at " + i);
    }
    for (int i = 0; i <= 9; i++) {
      assertTrue(seen.add("d" + textValue(23, String.valueOf(i))));
    }
    // -x is minus the pseudonym of x, so "-3" lexed as "-" and "3" agrees with a parameter -3
    assertEquals("-" + textValue(23, "3"), textValue(23, "-3"));
    assertEquals("WHERE a = -" + textValue(23, "3"), pseudonymizer.sql("WHERE a = -3"));
  }

  @Test
  void integersStayInTheRangeOfTheirSmallestType() {
    for (int v : new int[] {32767, 30000, 10000, -32767}) {
      int p = Integer.parseInt(textValue(21, String.valueOf(v)));
      assertTrue(Math.abs(p) >= 10000 && Math.abs(p) <= 32767, v + " -> " + p);
    }
    for (long v : new long[] {Integer.MAX_VALUE, 2_000_000_000L, -2_147_483_647L}) {
      long p = Long.parseLong(textValue(23, String.valueOf(v)));
      assertTrue(Math.abs(p) >= 1_000_000_000L && Math.abs(p) <= Integer.MAX_VALUE, v + " -> " + p);
    }
    String max = textValue(20, String.valueOf(Long.MAX_VALUE));
    assertEquals(19, max.length());
    Long.parseLong(max); // still an int8
    // a 5-digit value above int2 stays above int2 (and so never collides with one below)
    int above = Integer.parseInt(textValue(23, "54321"));
    assertTrue(above > 32767 && above <= 99999, "" + above);
    // binary widths
    for (short s : new short[] {Short.MAX_VALUE, 1, -1, 0, Short.MIN_VALUE + 1}) {
      byte[] out = binaryValue(21, ByteBuffer.allocate(2).putShort(s).array());
      assertEquals(2, out.length);
      short p = ByteBuffer.wrap(out).getShort();
      assertEquals(
          String.valueOf(Math.abs((int) s)).length(), String.valueOf(Math.abs((int) p)).length());
    }
    byte[] int8 = binaryValue(20, ByteBuffer.allocate(8).putLong(Long.MAX_VALUE).array());
    assertEquals(8, int8.length);
    assertTrue(ByteBuffer.wrap(int8).getLong() > 999_999_999_999_999_999L);
  }

  // ------------------------------------------------------------------ numerics

  @Test
  void decimalsKeepTheirDigitsBeforeAndAfterThePoint() {
    assertTrue(textValue(1700, "123.45").matches("[1-9][0-9]{2}\\.[0-9]{2}"));
    assertTrue(textValue(1700, "-0.5").matches("-[0-9]\\.[0-9]"));
    assertNotEquals("123.45", textValue(1700, "123.45"));
    assertTrue(pseudonymizer.sql("SELECT .5").matches("SELECT \\.[0-9]"));
    assertTrue(pseudonymizer.sql("SELECT 1e5").matches("SELECT [0-9]e5"));
    assertTrue(pseudonymizer.sql("SELECT 12.5E-3").matches("SELECT [1-9][0-9]\\.[0-9]E-3"));
    assertTrue(pseudonymizer.sql("SELECT 7.").matches("SELECT [0-9]\\."));
    assertEquals("NaN", textValue(1700, "NaN"));
  }

  @Test
  void binaryNumericsKeepTheirScaleAndDigits() {
    for (String v :
        new String[] {"123.45", "-98765.4321", "0.001", "100000", "12345678901234567890.5"}) {
      BigDecimal value = new BigDecimal(v);
      byte[] encoded = Pseudonymizer.BinaryNumeric.encode(value);
      assertEquals(0, value.compareTo(Pseudonymizer.BinaryNumeric.decode(encoded)), v);
      BigDecimal p = Pseudonymizer.BinaryNumeric.decode(binaryValue(1700, encoded));
      assertEquals(value.scale(), p.scale(), v);
      assertEquals(value.signum(), p.signum(), v);
      assertEquals(value.toPlainString().length(), p.toPlainString().length(), v + " -> " + p);
      assertNotEquals(value, p);
    }
  }

  @Test
  void floatsStayFloats() {
    byte[] out = binaryValue(701, ByteBuffer.allocate(8).putDouble(3.25).array());
    double p = ByteBuffer.wrap(out).getDouble();
    assertTrue(String.valueOf(p).matches("[0-9]\\.[0-9]{1,2}"), "" + p);
  }

  // ------------------------------------------------------------------ text

  @Test
  void textKeepsItsLengthItsCharacterClassesAndItsPunctuation() {
    String p = textValue(1043, "Alice Smith-Jones, 42 Main St.");
    assertEquals("Alice Smith-Jones, 42 Main St.".length(), p.length());
    assertTrue(
        p.matches(
            "[A-Z][a-z]{4} [A-Z][a-z]{4}-[A-Z][a-z]{4}, [0-9]{2} [A-Z][a-z]{3} [A-Z][a-z]\\."),
        p);
    String email = textValue(25, "alice@example.com");
    assertTrue(email.matches("[a-z]{5}@[a-z]{7}\\.[a-z]{3}"), email);
    assertNotEquals("alice@example.com", email);
    // short values stay distinct: a keyed permutation, not a hash
    Set<String> seen = new HashSet<>();
    for (char a = 'a'; a <= 'z'; a++) {
      for (char b = 'a'; b <= 'z'; b++) {
        String v = "" + a + b;
        if (Pseudonyms.kind(v) == Pseudonyms.Kind.TEXT) {
          String q = textValue(25, v);
          assertEquals(Pseudonyms.Kind.TEXT, Pseudonyms.kind(q), v + " -> " + q);
          assertTrue(seen.add(q), "collision at " + v);
        }
      }
    }
  }

  @Test
  void nonAsciiLettersBecomeAsciiLettersAndTheCharacterCountStays() {
    String p = textValue(25, "Zoë Łukasz 東京 😀");
    assertEquals(
        "Zoë Łukasz 東京 😀".codePointCount(0, "Zoë Łukasz 東京 😀".length()),
        p.codePointCount(0, p.length()));
    assertTrue(p.matches("[A-Z][a-z]{2} [a-z][a-z]{5} [a-z]{2} 😀"), p);
  }

  @Test
  void uuidsStayValidUuidsInTheirLayoutAndVersion() {
    UUID uuid = UUID.fromString("3f2b8a4e-1c2d-4e5f-9a8b-7c6d5e4f3a2b");
    String p = textValue(2950, uuid.toString());
    UUID mapped = UUID.fromString(p);
    assertNotEquals(uuid, mapped);
    assertEquals(4, mapped.version());
    assertEquals(p, textValue(25, uuid.toString()));
    assertEquals(p.toUpperCase(), textValue(2950, uuid.toString().toUpperCase()));
    ByteBuffer bytes =
        ByteBuffer.allocate(16)
            .putLong(uuid.getMostSignificantBits())
            .putLong(uuid.getLeastSignificantBits());
    ByteBuffer out = ByteBuffer.wrap(binaryValue(2950, bytes.array()));
    assertEquals(mapped, new UUID(out.getLong(), out.getLong()));
  }

  @Test
  void byteaKeepsItsLength() {
    byte[] short8 = "secret!!".getBytes(StandardCharsets.UTF_8);
    byte[] p = binaryValue(17, short8);
    assertEquals(8, p.length);
    assertFalse(java.util.Arrays.equals(short8, p));
    byte[] long100 = new byte[100];
    assertEquals(100, binaryValue(17, long100).length);
    assertArrayEquals(new byte[] {'a', 0, '\\', 'b'}, Pseudonymizer.byteaEscaped("a\\000\\\\b"));
    assertTrue(textValue(17, "a\\000\\\\b").matches("\\\\x[0-9a-f]{8}"));
    String hex = textValue(17, "\\xdeadbeef");
    assertTrue(hex.matches("\\\\x[0-9a-f]{8}"), hex);
    assertEquals(hex, pseudonymizer.sql("SELECT '\\xdeadbeef'").replaceAll("SELECT '(.*)'", "$1"));
  }

  @Test
  void unknownBinaryTypesBecomeHashedBytesOfTheSameLength() {
    byte[] inet = {2, 32, 0, 4, 10, 1, 2, 3};
    byte[] p = binaryValue(869, inet);
    assertEquals(inet.length, p.length);
    assertFalse(java.util.Arrays.equals(inet, p));
  }

  @Test
  void nullsBooleansDatesTimesAndIntervalsAreKept() {
    Parameter nul = Parameter.newBuilder().setFormat(0).setTypeOid(25).setIsNull(true).build();
    assertEquals(nul, pseudonymizer.parameter(nul));
    assertEquals("t", textValue(16, "t"));
    assertEquals("true", textValue(0, "true"));
    assertEquals("2024-03-01", textValue(1082, "2024-03-01"));
    assertEquals("2024-03-01 12:34:56.789+01", textValue(0, "2024-03-01 12:34:56.789+01"));
    assertEquals("2024-03-01T12:34:56Z", textValue(25, "2024-03-01T12:34:56Z"));
    byte[] timestamp = ByteBuffer.allocate(8).putLong(771_000_000_000L).array();
    assertArrayEquals(timestamp, binaryValue(1114, timestamp));
    assertEquals(
        "SELECT now() - interval '3 days', DATE '2024-01-01', NULL, true",
        pseudonymizer.sql("SELECT now() - interval '3 days', DATE '2024-01-01', NULL, true"));
  }

  // ------------------------------------------------------------------ SQL literals

  @Test
  void identifiersKeywordsPlaceholdersTypeModifiersAndPositionsAreUntouched() {
    String sql =
        "SELECT \"Name\", t.total::numeric(10,2) FROM shop.orders t"
            + " WHERE t.customer = $1 AND t.note = $2 ORDER BY 2 DESC LIMIT $3";
    assertEquals(sql, pseudonymizer.sql(sql));
  }

  @Test
  void rowCountsAreKept() {
    String sql = "SELECT * FROM t WHERE a = 12 LIMIT 10 OFFSET 20";
    assertEquals(
        "SELECT * FROM t WHERE a = " + textValue(23, "12") + " LIMIT 10 OFFSET 20",
        pseudonymizer.sql(sql));
    assertEquals(
        "SELECT 1 FROM t FETCH FIRST 5 ROWS ONLY"
            .replace("SELECT 1", pseudonymizer.sql("SELECT 1")),
        pseudonymizer.sql("SELECT 1 FROM t FETCH FIRST 5 ROWS ONLY"));
    // a column named like the keyword is not one
    assertNotEquals("SELECT my_limit 10", pseudonymizer.sql("SELECT my_limit 10"));
  }

  @Test
  void stringsWithEscapedQuotesAreReplacedWholeAndStillParse() {
    String p = pseudonymizer.sql("SELECT 'O''Brien'");
    assertTrue(p.matches("SELECT '[A-Z]''[A-Z][a-z]{4}'"), p);
    assertEquals("SELECT '" + textValue(25, "O'Brien").replace("'", "''") + "'", p);
    String e = pseudonymizer.sql("SELECT E'It\\'s\\n fine'");
    assertTrue(e.matches("SELECT E'[A-Z][a-z]\\\\'[a-z]\\\\n [a-z]{4}'"), e);
    String plainE = pseudonymizer.sql("SELECT e'bob'");
    assertEquals("SELECT e'" + textValue(25, "bob") + "'", plainE);
    String n = pseudonymizer.sql("SELECT N'bob'");
    assertEquals("SELECT N'" + textValue(25, "bob") + "'", n);
  }

  @Test
  void dollarQuotedStringsAreReplacedAndStayDelimited() {
    String p = pseudonymizer.sql("SELECT $$it's secret$$, $tag$a $$ b$tag$");
    assertTrue(
        p.matches(
            "SELECT \\$\\$[a-z]{2}'[a-z] [a-z]{6}\\$\\$, \\$tag\\$[a-z] \\$\\$ [a-z]\\$tag\\$"),
        p);
    assertEquals(
        Fingerprinter.fingerprint("SELECT $$it's secret$$, $tag$a $$ b$tag$").id(),
        Fingerprinter.fingerprint(p).id());
  }

  @Test
  void commentsLoseTheirLettersAndDigits() {
    String p = pseudonymizer.sql("SELECT 1 /* user alice */ -- id 42\n");
    assertFalse(p.contains("alice"));
    assertFalse(p.contains("42"));
    assertTrue(p.matches("SELECT [0-9] /\\* [a-z]{4} [a-z]{5} \\*/ -- [a-z]{2} [0-9]{2}\n"), p);
  }

  @Test
  void theFingerprintOfAPseudonymizedStatementIsTheOriginalsOne() {
    String[] statements = {
      "INSERT INTO t (id, name, amount, created) VALUES (123, 'Bob', 12.50, '2024-01-01')",
      "SELECT * FROM t WHERE id IN (1, 2, 3) AND name LIKE 'B%' ORDER BY 1",
      "UPDATE t SET amount = amount * 1.1 WHERE id = -7 AND tag = E'a\\tb'",
    };
    for (String sql : statements) {
      assertEquals(
          Fingerprinter.fingerprint(sql).normalized(),
          Fingerprinter.fingerprint(pseudonymizer.sql(sql)).normalized(),
          sql);
    }
  }

  // ------------------------------------------------------------------ events

  @Test
  void statementsAreMarkedPseudonymizedAndStayReplayable() {
    CaptureEvent event =
        CaptureEvent.newBuilder()
            .setStatement(
                Statement.newBuilder()
                    .setSql("SELECT * FROM users WHERE name = 'alice' AND id = $1")
                    .addParameters(text(23, "98765"))
                    .setErrorMessage("invalid input syntax for type integer: \"alice\""))
            .build();
    Statement out = pseudonymizer.pseudonymize(event).getStatement();
    assertEquals(Redaction.REDACTION_PSEUDONYMS, out.getRedaction());
    assertFalse(out.getRedacted());
    assertFalse(out.getSql().contains("alice"));
    assertTrue(out.getSql().endsWith("AND id = $1"));
    assertNotEquals("98765", out.getParameters(0).getValue().toStringUtf8());
    assertFalse(out.getErrorMessage().contains("alice"));
    CaptureEvent session = CaptureEvent.newBuilder().setSessionId(1).build();
    assertEquals(session, pseudonymizer.pseudonymize(session));
    assertEquals(
        Redaction.REDACTION_PLACEHOLDERS, Redactor.redact(event).getStatement().getRedaction());
  }

  @Test
  void kindsAreTakenFromTheTextAlone() {
    assertEquals(Pseudonyms.Kind.INTEGER, Pseudonyms.kind("-42"));
    assertEquals(Pseudonyms.Kind.TEXT, Pseudonyms.kind("0042"));
    assertEquals(Pseudonyms.Kind.DECIMAL, Pseudonyms.kind("1e5"));
    assertEquals(Pseudonyms.Kind.KEPT, Pseudonyms.kind("12:30:00"));
    assertEquals(Pseudonyms.Kind.KEPT, Pseudonyms.kind("1 day 2 hours"));
    assertEquals(Pseudonyms.Kind.UUID, Pseudonyms.kind("{3F2B8A4E1C2D4E5F9A8B7C6D5E4F3A2B}"));
    assertEquals(Pseudonyms.Kind.TEXT, Pseudonyms.kind("."));
    assertTrue(Pattern.matches("0[0-9]{3}", textValue(25, "0042")));
  }

  @Test
  void pseudonymsNeverChangeAFingerprintOfTheSqlsmithCorpus() throws Exception {
    String corpus;
    try (var in = getClass().getResourceAsStream("/fingerprint/sqlsmith-corpus.sql")) {
      corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    int changed = 0;
    for (String query : Fingerprinter.splitStatements(corpus)) {
      String pseudonymized = pseudonymizer.sql(query);
      assertEquals(
          Fingerprinter.fingerprint(query).normalized(),
          Fingerprinter.fingerprint(pseudonymized).normalized(),
          query);
      assertEquals(pseudonymized, new Pseudonymizer(KEY).sql(query));
      if (!pseudonymized.equals(query)) {
        changed++;
      }
    }
    assertTrue(changed > 900, "" + changed);
  }

  @Test
  void aValueWithoutPseudonymRedactsItsStatementInstead() {
    // -32768 is an int2, 32768 not: the pseudonym of -32768 would not fit
    CaptureEvent event =
        CaptureEvent.newBuilder()
            .setStatement(
                Statement.newBuilder()
                    .setSql("SELECT $1::int2, 'alice'")
                    .addParameters(
                        binary(21, ByteBuffer.allocate(2).putShort(Short.MIN_VALUE).array())))
            .build();
    Statement out = pseudonymizer.pseudonymize(event).getStatement();
    assertTrue(out.getRedacted());
    assertEquals(Redaction.REDACTION_PLACEHOLDERS, out.getRedaction());
    assertEquals(0, out.getParameters(0).getValue().size());
    assertFalse(out.getSql().contains("alice"));
  }
}
