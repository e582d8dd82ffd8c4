package io.scry.protocol.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class StatementSplitterUnitTests {

  static Stream<Arguments> splits() {
    return Stream.of(
        arguments("select 1", List.of("select 1")),
        arguments("select 1;", List.of("select 1")),
        arguments(" select 1 ;\n select 2 ; ", List.of("select 1", "select 2")),
        arguments("select ';'; select 2", List.of("select ';'", "select 2")),
        arguments("select 'it''s;'; x", List.of("select 'it''s;'", "x")),
        arguments("select E'\\';'; x", List.of("select E'\\';'", "x")),
        arguments("select e'\\\\'; x", List.of("select e'\\\\'", "x")),
        arguments("select '\\'; x", List.of("select '\\'", "x")),
        arguments("select \"a;b\" from t; x", List.of("select \"a;b\" from t", "x")),
        arguments("select U&\"a;\" ; x", List.of("select U&\"a;\"", "x")),
        arguments("select $$;$$; x", List.of("select $$;$$", "x")),
        arguments("select $f$ $$; $f$; x", List.of("select $f$ $$; $f$", "x")),
        arguments("select a$b$c; x", List.of("select a$b$c", "x")),
        arguments("select $1; select $2", List.of("select $1", "select $2")),
        arguments("select 1 -- ; not here\n; x", List.of("select 1 -- ; not here", "x")),
        arguments("select /* ; /* ; */ ; */ 1; x", List.of("select /* ; /* ; */ ; */ 1", "x")),
        arguments(";;; ;", List.of()),
        arguments("-- only a comment; really", List.of()),
        arguments("select 1; /* trailing */", List.of("select 1")),
        arguments("", List.of()),
        arguments("select 'unterminated; x", List.of("select 'unterminated; x")),
        arguments(
            "select 1; select $q$ unterminated; x",
            List.of("select 1", "select $q$ unterminated; x")),
        arguments(
            "create function f() returns int language sql as $body$ select 1; $body$; select f()",
            List.of(
                "create function f() returns int language sql as $body$ select 1; $body$",
                "select f()")));
  }

  @ParameterizedTest
  @MethodSource("splits")
  void splitsOnTopLevelSemicolonsOnly(String sql, List<String> expected) {
    assertEquals(expected, Fingerprinter.splitStatements(sql));
  }
}
