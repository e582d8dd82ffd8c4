package io.scry.cli.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.scry.cli.ScryCli;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.ParseResult;

/**
 * The CI examples of docs/CI.md stay true: their YAML parses, and each gate command line in them
 * parses with the gate's real options (a renamed flag breaks this test, not a user's pipeline).
 */
class CiExamplesUnitTests {

  @ParameterizedTest
  @ValueSource(strings = {"## GitHub Actions", "## GitLab CI"})
  void theExampleParsesAndItsGateCommandLineToo(String section) throws Exception {
    JsonNode pipeline = new YAMLMapper().readTree(yamlBlockAfter(section));

    List<String> gates = new ArrayList<>();
    collectGateCommands(pipeline, gates);
    assertEquals(1, gates.size(), section + ": one gate command line in " + pipeline);
    String[] args = arguments(gates.get(0));
    ParseResult parsed = ScryCli.newCommandLine().parseArgs(args);
    ParseResult gate = parsed.subcommand().subcommand();
    assertEquals("test-migration", gate.commandSpec().name());
    String shadow = gate.matchedOptionValue("--shadow", "");
    assertTrue(shadow.startsWith("postgres://"), shadow);
    assertFalse(shadow.matches("postgres://[^/@]*:[^/@]*@.*"), "a password in the URL: " + shadow);
    assertEquals("scry-report", gate.matchedOptionValue("--report-dir", ""));
  }

  /** The first ```yaml block after the heading {@code section} of docs/CI.md. */
  private static String yamlBlockAfter(String section) throws Exception {
    String guide = Files.readString(repositoryFile("docs/CI.md"));
    int heading = guide.indexOf("\n" + section + "\n");
    assertTrue(heading >= 0, section + " missing from docs/CI.md");
    int start = guide.indexOf("```yaml\n", heading) + "```yaml\n".length();
    return guide.substring(start, guide.indexOf("\n```", start));
  }

  /** Every string of the pipeline with a {@code scry-cluster ci test-migration} in it. */
  private static void collectGateCommands(JsonNode node, List<String> found) {
    if (node.isTextual()) {
      String script = node.asText().replace("\\\n", " ");
      script
          .lines()
          .filter(line -> line.contains("scry-cluster ci test-migration"))
          .forEach(found::add);
    }
    node.forEach(child -> collectGateCommands(child, found));
  }

  /** The command line's arguments after the launcher, split as a shell would split these. */
  private static String[] arguments(String line) {
    String[] words = line.trim().split("\\s+");
    int launcher = Arrays.asList(words).indexOf("./scry-cluster");
    assertTrue(launcher >= 0, line);
    return Arrays.copyOfRange(words, launcher + 1, words.length);
  }

  private static Path repositoryFile(String relative) {
    Path here = Path.of("").toAbsolutePath();
    while (here != null && !Files.exists(here.resolve(relative))) {
      here = here.getParent();
    }
    if (here == null) {
      throw new IllegalStateException(relative + " not found above " + Path.of(""));
    }
    return here.resolve(relative);
  }
}
