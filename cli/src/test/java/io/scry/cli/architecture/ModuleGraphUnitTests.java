package io.scry.cli.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The module graph of the design, checked twice: in the poms (which modules a module may depend on)
 * and in the compiled classes (which packages a module's code may use). {@code cli} is the only
 * module that sees several node modules; coordinator and replay-worker share only {@code protocol},
 * which depends on no Pekko code. See docs/ARCHITECTURE.md.
 */
class ModuleGraphUnitTests {

  /** The io.scry modules each module may depend on, in any scope; cli is free. */
  static final Map<String, Set<String>> ALLOWED =
      Map.of(
          "protocol", Set.of(),
          "proxy-node", Set.of("scry-protocol"),
          "replay-worker", Set.of("scry-protocol"),
          "coordinator", Set.of("scry-protocol"),
          "load-fixtures", Set.of("scry-protocol"));

  private static final String PROTOCOL = "io.scry.protocol..";
  private static final String PROXY = "io.scry.proxy..";
  private static final String WORKER = "io.scry.worker..";
  private static final String COORDINATOR = "io.scry.coordinator..";
  private static final String FIXTURES = "io.scry.fixtures..";
  private static final String CLI = "io.scry.cli..";

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TEST_FIXTURES)
            .importPackages("io.scry");
  }

  @Test
  void eachModuleDependsOnlyOnTheModulesOfTheDesign() throws Exception {
    Path root = repositoryRoot();
    for (Map.Entry<String, Set<String>> module : ALLOWED.entrySet()) {
      assertEquals(
          new TreeSet<>(module.getValue()),
          scryDependencies(root.resolve(module.getKey()).resolve("pom.xml")),
          module.getKey()
              + "/pom.xml depends on other Scry modules than the design allows (only cli composes"
              + " node modules; see docs/ARCHITECTURE.md)");
    }
  }

  @Test
  void coordinatorCodeUsesNoOtherNodeModule() {
    noClasses()
        .that()
        .resideInAPackage(COORDINATOR)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(WORKER, PROXY, CLI, FIXTURES)
        .check(classes);
  }

  @Test
  void workerCodeUsesNoOtherNodeModule() {
    noClasses()
        .that()
        .resideInAPackage(WORKER)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(COORDINATOR, PROXY, CLI, FIXTURES)
        .check(classes);
  }

  @Test
  void proxyCodeUsesNoOtherNodeModule() {
    noClasses()
        .that()
        .resideInAPackage(PROXY)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(COORDINATOR, WORKER, CLI, FIXTURES)
        .check(classes);
  }

  @Test
  void protocolDependsOnNoNodeAndNoPekkoCode() {
    noClasses()
        .that()
        .resideInAPackage(PROTOCOL)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(COORDINATOR, WORKER, PROXY, CLI, FIXTURES, "org.apache.pekko..")
        .check(classes);
  }

  /** The {@code io.scry} artifacts a pom depends on (not those it merely manages). */
  private static Set<String> scryDependencies(Path pom) throws Exception {
    Document document =
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    Set<String> artifacts = new TreeSet<>();
    NodeList dependencies = document.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element dependency = (Element) dependencies.item(i);
      boolean managed =
          "dependencies".equals(dependency.getParentNode().getNodeName())
              && "dependencyManagement"
                  .equals(dependency.getParentNode().getParentNode().getNodeName());
      if (!managed && "io.scry".equals(text(dependency, "groupId"))) {
        artifacts.add(text(dependency, "artifactId"));
      }
    }
    return artifacts;
  }

  private static String text(Element parent, String tag) {
    NodeList nodes = parent.getElementsByTagName(tag);
    return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().strip();
  }

  /** The directory of the parent pom, above the module the tests run in. */
  private static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("coordinator"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
