package io.scry.protocol.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FingerprinterUnitTests {

  static Stream<Arguments> normalizations() {
    return Stream.of(
        // literals and parameters
        arguments("SELECT 1", "select $?"),
        arguments("select 'abc'", "select $?"),
        arguments("select 'it''s'", "select $?"),
        arguments("select E'it\\'s \\\\ ok'", "select $?"),
        arguments("select e'a\\'b' , 1", "select $?, $?"),
        arguments("select U&'d\\0061t\\+000061'", "select $?"),
        arguments("select U&'d!0061t' UESCAPE '!' from t", "select $? from t"),
        arguments("select B'1010', X'1F', N'nat'", "select $?, $?, $?"),
        arguments("select $$it's; \"here\"$$", "select $?"),
        arguments("select $fn$ body $$ inner $$ $fn$ as x", "select $? as x"),
        arguments("select $1, $2, $10", "select $?, $?, $?"),
        arguments("select 1e5, .5, 1., 1.5e-3, 2E+10", "select $?, $?, $?, $?, $?"),
        arguments("select 0x1F, 0o17, 0b101, 1_000_000", "select $?, $?, $?, $?"),
        arguments("select 'a'\n'b' from t", "select $? from t"),
        arguments("select date '2024-01-01', interval '1 day'", "select date $?, interval $?"),
        // keywords kept
        arguments("SELECT TRUE, false, NULL", "select true, false, null"),
        arguments("select * from t where a is not null", "select * from t where a is not null"),
        // case, whitespace, comments
        arguments("SELECT  A,\n\tB FROM   T", "select a, b from t"),
        arguments("select a -- the a\nfrom t", "select a from t"),
        arguments("select /* a /* nested */ comment */ a from t", "select a from t"),
        arguments("/* leading */ select a from t /* trailing */", "select a from t"),
        arguments("select \"MyCol\", \"x y\" from \"T\"", "select \"MyCol\", \"x y\" from \"T\""),
        arguments(
            "select U&\"d!0061t\" UESCAPE '!' from t", "select u&\"d!0061t\" uescape '!' from t"),
        arguments("select café from tâble", "select café from tâble"),
        // casts keep their type, literals still become placeholders
        arguments("select $1::int, 'x'::text", "select $?::int, $?::text"),
        arguments(
            "select '1'::varchar(10), 2::numeric(12, 2)",
            "select $?::varchar(10), $?::numeric(12, 2)"),
        arguments("select x::double precision, y::int[]", "select x::double precision, y::int[]"),
        arguments(
            "select '2024-01-01'::timestamp with time zone", "select $?::timestamp with time zone"),
        arguments("select 'x'::pg_catalog.\"text\"", "select $?::pg_catalog.\"text\""),
        arguments("select cast(5 as bigint)", "select cast($? as bigint)"),
        // operators
        arguments(
            "select a<>b, a!=b, a>=b, a<=b, a||b", "select a <> b, a != b, a >= b, a <= b, a || b"),
        arguments(
            "select j->>'k', j#>'{a}', j@>'{}', j ? 'k'",
            "select j ->> $?, j #> $?, j @> $?, j ? $?"),
        arguments("select a::int<=-1", "select a::int <= $?"),
        arguments("select count(*), t.* from s.t", "select count(*), t.* from s.t"),
        arguments("select a[1], a[1:2] from t", "select a[$?], a[$? : $?] from t"),
        arguments("select f(x => 1, y := 2)", "select f(x => $?, y := $?)"),
        // signs
        arguments("select -5, +5, - 5", "select $?, $?, $?"),
        arguments("select a - 5, a-5, a+-5", "select a - $?, a - $?, a + $?"),
        arguments("select * from t where a = -$1", "select * from t where a = $?"),
        arguments("select - - 5, -a", "select $?, - a"),
        arguments("select current_date - 1", "select current_date - $?"),
        arguments(
            "select x from t where x between -1 and -2",
            "select x from t where x between $? and $?"),
        // lists
        arguments("select * from t where a in (1, 2, 3)", "select * from t where a in ($?...)"),
        arguments("select * from t where a in ($1)", "select * from t where a in ($?...)"),
        arguments(
            "select * from t where a in ('a'::text, 'b'::text)",
            "select * from t where a in ($?::text...)"),
        arguments(
            "select * from t where a in (1, b, 2, 3)",
            "select * from t where a in ($?..., b, $?...)"),
        arguments(
            "select * from t where (a, b) in ((1, 2), (3, 4))",
            "select * from t where (a, b) in (($?, $?)...)"),
        arguments(
            "select * from t where a in (select b from u)",
            "select * from t where a in (select b from u)"),
        arguments(
            "select * from t where a NOT IN (-1, -2)", "select * from t where a not in ($?...)"),
        arguments(
            "select * from t where a = ANY(ARRAY[1, 2, 3])",
            "select * from t where a = any(array[$?...])"),
        arguments("select * from t where a = any($1)", "select * from t where a = any($?)"),
        arguments("select f(1, 2, 3)", "select f($?, $?, $?)"),
        arguments(
            "insert into t (a, b) values (1, 'x'), (2, 'y')",
            "insert into t (a, b) values ($?, $?)..."),
        arguments(
            "insert into t values (1, now()), (2, now())", "insert into t values ($?, now())..."),
        arguments(
            "insert into t values (1, default), (2, 3)",
            "insert into t values ($?, default)..., ($?, $?)..."),
        arguments(
            "insert into t values (1) on conflict (id) do nothing returning id",
            "insert into t values ($?)... on conflict (id) do nothing returning id"),
        arguments(
            "select * from (values (1, 'a'), (2, 'b')) as v(id, name)",
            "select * from (values ($?, $?)...) as v(id, name)"),
        // ORDER BY / GROUP BY positions are columns, not values
        arguments(
            "select a, b, count(*) from t group by 1, 2 order by 3 desc, 1 limit 5",
            "select a, b, count(*) from t group by 1, 2 order by 3 desc, 1 limit $?"),
        arguments("select a from t order by a + 1, -1", "select a from t order by a + $?, $?"),
        arguments(
            "select rank() over (partition by 1 order by x) from t order by 1",
            "select rank() over (partition by $? order by x) from t order by 1"),
        // a column list after a relation name is not a call
        arguments(
            "INSERT INTO s.\"T\"(a) SELECT f(x) FROM u",
            "insert into s.\"T\" (a) select f(x) from u"),
        arguments(
            "create table t(id int references u(id), v varchar(10))",
            "create table t (id int references u (id), v varchar($?))"),
        // statements, semicolons
        arguments("select 1;", "select $?"),
        arguments("select 1; select 'a';;", "select $?; select $?"),
        arguments("  ", ""),
        // garbage is fingerprinted, not rejected
        arguments("select 'unterminated", "select $?"),
        arguments("select a /* unterminated", "select a"),
        arguments("select $tag$ unterminated", "select $?"),
        arguments("select \"unterminated", "select \"unterminated"),
        arguments("))( [ ]", ")) ([]"),
        arguments("select { \\ }", "select { \\ }"));
  }

  @ParameterizedTest
  @MethodSource("normalizations")
  void normalizesByTheDocumentedRules(String sql, String expected) {
    assertEquals(expected, Fingerprinter.fingerprint(sql).normalized());
  }

  @ParameterizedTest
  @MethodSource("normalizations")
  void normalizedTextIsAFixedPoint(String sql, String expected) {
    assertEquals(expected, Fingerprinter.fingerprint(expected).normalized());
  }

  static Stream<Arguments> samePattern() {
    return Stream.of(
        arguments("select * from t where a = 5", "select * from t where a = $1"),
        arguments("select * from t where a = 'x'", "select * from t where a = $1"),
        arguments("select * from t where a = -5", "select * from t where a = 5"),
        arguments("select * from t where a = 1.5e3", "select * from t where a = $$x$$"),
        arguments(
            "SELECT * FROM t WHERE a = 5 AND b IN (1,2,3)",
            "select *  from t where a=$1 and b in (7)"),
        arguments(
            "select * from t where b in (1)", "select * from t where b in (1,2,3,4,5,6,7,8,9,10)"),
        arguments(
            "select * from t where b in ($1, $2)", "select * from t where b in ('a', 'b', 'c')"),
        arguments(
            "select * from t where b = any(array[1])",
            "select * from t where b = any(array[$1,$2,$3])"),
        arguments("insert into t values (1, 2)", "insert into t values (1, 2), (3, 4), ($1, $2)"),
        arguments("insert into t values ($1, 'a')", "insert into t values (-1, 'b'), (2, 'c')"),
        arguments("SELECT A FROM T", "select a from t"),
        arguments("select a\n  from t\n where x = 1", "select a from t where x = 1"),
        arguments("select a from t -- comment", "select a /* other */ from t"),
        arguments("select a from t;", "select a from t"),
        arguments("select count ( * ) from t", "select count(*) from t"),
        arguments("select * from t where a=$1", "select * from t where a = $1"),
        arguments("select $1::int", "select 42::int"),
        arguments("select x from t limit 10 offset 20", "select x from t limit $1 offset $2"),
        arguments("select 'a' || 'b'", "select E'a' || $x$b$x$"),
        arguments("select * from t where a<=5", "select * from t where a <= -5"),
        arguments("select 0x1F", "select 31"),
        arguments("update t set a = 1 where id = 2", "update t set a = $1 where id = $2"),
        arguments(
            "select * from t where ts > now() - interval '1 day'",
            "select * from t where ts > now() - interval '2 hours'"));
  }

  @ParameterizedTest
  @MethodSource("samePattern")
  void samePatternSharesAFingerprint(String a, String b) {
    QueryFingerprint first = Fingerprinter.fingerprint(a);
    QueryFingerprint second = Fingerprinter.fingerprint(b);
    assertEquals(first.normalized(), second.normalized());
    assertEquals(first.id(), second.id());
  }

  static Stream<Arguments> differentPatterns() {
    return Stream.of(
        arguments("select * from t where a = 1", "select * from u where a = 1"),
        arguments("select * from t where a = 1", "select * from t where b = 1"),
        arguments("select a from t", "select b from t"),
        arguments("select * from t where a < 1", "select * from t where a <= 1"),
        arguments("select * from t where a = 1", "select * from t where a <> 1"),
        arguments("select * from t order by a asc", "select * from t order by a desc"),
        arguments("select * from t order by a", "select * from t order by a desc"),
        arguments("select $1::int", "select $1::bigint"),
        arguments("select $1::int", "select 'x'::text"),
        arguments("select $1::varchar(10)", "select $1::varchar(20)"),
        arguments("select * from t", "select * from t limit 10"),
        arguments("select * from t limit 10", "select * from t limit 10 offset 5"),
        arguments("select \"Col\" from t", "select \"col\" from t"),
        arguments("select \"Col\" from t", "select col from t"),
        arguments(
            "select * from t where a in (1, 2)", "select * from t where a = any(array[1, 2])"),
        arguments("select * from t where a in (1, 2)", "select * from t where a not in (1, 2)"),
        arguments("select * from t where a in (1)", "select * from t where a in (select 1)"),
        arguments("insert into t values (1, 2)", "insert into t values (1, 2, 3)"),
        arguments("select * from t where a is null", "select * from t where a = 1"),
        arguments("select * from t where a = true", "select * from t where a = false"),
        arguments("select f(1, 2)", "select f(1, 2, 3)"),
        arguments("select a - 1 from t", "select a + 1 from t"),
        arguments("select a - 1 from t", "select a, -1 from t"),
        arguments("select * from t join u using (id)", "select * from t left join u using (id)"),
        arguments("select * from t for update", "select * from t"),
        arguments("select * from s1.t", "select * from s2.t"),
        arguments("select 1; select 2", "select 1"),
        arguments("select j->'a'", "select j->>'a'"),
        arguments("select a, b from t order by 1", "select a, b from t order by 2"),
        arguments("select a, b from t group by 1, 2", "select a, b from t group by 1"));
  }

  @ParameterizedTest
  @MethodSource("differentPatterns")
  void differentPatternsGetDifferentFingerprints(String a, String b) {
    QueryFingerprint first = Fingerprinter.fingerprint(a);
    QueryFingerprint second = Fingerprinter.fingerprint(b);
    assertNotEquals(first.normalized(), second.normalized());
    assertNotEquals(first.id(), second.id());
  }

  @Test
  void idIsTheFnv1a64OfTheNormalizedText() {
    QueryFingerprint fingerprint = Fingerprinter.fingerprint("SELECT 1");
    assertEquals(Fnv1a64.hashUtf8("select $?"), fingerprint.id());
    // Reference value computed independently: FNV-1a 64 of the UTF-8 bytes of "select $?".
    assertEquals(
        ReferenceFnv.hash("select $?".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        fingerprint.id());
  }

  @Test
  void hexIdIsSixteenLowercaseHexDigits() {
    assertEquals("0000000000000001", new QueryFingerprint("x", 1L).hexId());
    assertEquals("ffffffffffffffff", new QueryFingerprint("x", -1L).hexId());
    assertEquals("cbf29ce484222325", Fingerprinter.fingerprint("").hexId());
    assertTrue(Fingerprinter.fingerprint("select 1").hexId().matches("[0-9a-f]{16}"));
  }

  @Test
  void nullIsTheEmptyQuery() {
    assertEquals(Fingerprinter.fingerprint(""), Fingerprinter.fingerprint(null));
  }

  /** Byte-array FNV-1a 64, written straight from the specification, to check the streaming one. */
  static final class ReferenceFnv {
    static long hash(byte[] bytes) {
      long hash = 0xcbf29ce484222325L;
      for (byte b : bytes) {
        hash ^= b & 0xff;
        hash *= 0x100000001b3L;
      }
      return hash;
    }
  }
}
