package io.scry.cli.capture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.scry.cli.ScryCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FingerprintCommandUnitTests {

  @Test
  void sameQueryWithOtherLiteralsAndListLengthPrintsTheSameId() {
    List<String> first = run("SELECT * FROM t WHERE a = 5 AND b IN (1,2,3)");
    List<String> second = run("select *  from t where a=$1 and b in (7)");

    assertEquals("normalized: select * from t where a = $? and b in ($?...)", first.get(0));
    assertTrue(first.get(1).matches("id: +[0-9a-f]{16}"), first.get(1));
    assertEquals(first, second);
  }

  @Test
  void queryOnAnotherTablePrintsAnotherId() {
    List<String> onT = run("SELECT * FROM t WHERE a = 5 AND b IN (1,2,3)");
    List<String> onU = run("SELECT * FROM u WHERE a = 5 AND b IN (1,2,3)");

    assertNotEquals(onT.get(1), onU.get(1));
  }

  private static List<String> run(String sql) {
    StringWriter out = new StringWriter();
    CommandLine commandLine = new CommandLine(new ScryCli());
    commandLine.setOut(new PrintWriter(out));
    int exit = commandLine.execute("capture", "fingerprint", sql);
    assertEquals(ScryCli.EXIT_OK, exit);
    return out.toString().lines().toList();
  }
}
