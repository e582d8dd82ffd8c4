package io.scry.coordinator.report;

import io.scry.coordinator.compare.Comparison;
import io.scry.coordinator.compare.PatternComparison;
import io.scry.coordinator.compare.PatternStatus;
import io.scry.coordinator.explain.PlanChange;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * JUnit XML for CI test tabs: one test case per pattern; a regression is a failure, an inconclusive
 * pattern is skipped with the reason, the migration command is one more test case.
 */
public final class JunitReport {

  public String render(VerdictReport report) {
    Comparison c = report.comparison();
    Document doc;
    try {
      doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
    RehearsalSummary rehearsal = report.rehearsal();
    int tests =
        c.patterns().size() + (report.migration() == null ? 0 : 1) + (rehearsal == null ? 0 : 1);
    int failures =
        c.regressed().size()
            + (report.migration() != null && report.migration().exitCode() != 0 ? 1 : 0)
            + (rehearsal != null && rehearsal.lockRisk() ? 1 : 0);
    Element suites = doc.createElement("testsuites");
    suites.setAttribute("name", "scry-cluster");
    suites.setAttribute("tests", Integer.toString(tests));
    suites.setAttribute("failures", Integer.toString(failures));
    doc.appendChild(suites);
    Element suite = doc.createElement("testsuite");
    suite.setAttribute("name", "scry migration verdict");
    suite.setAttribute("tests", Integer.toString(tests));
    suite.setAttribute("failures", Integer.toString(failures));
    suite.setAttribute("errors", "0");
    suite.setAttribute("skipped", Integer.toString(c.inconclusive().size()));
    suite.setAttribute("timestamp", report.generatedAt().toString());
    suites.appendChild(suite);

    Element properties = doc.createElement("properties");
    property(doc, properties, "verdict", report.verdict().name());
    property(doc, properties, "capture", report.run().capture());
    property(doc, properties, "rounds", Integer.toString(report.run().rounds()));
    suite.appendChild(properties);

    if (report.migration() != null) {
      MigrationSummary m = report.migration();
      Element testcase = testcase(doc, "migration", m.command(), m.durationMs() / 1000.0);
      if (m.exitCode() != 0) {
        failure(
            doc,
            testcase,
            "migration command exited " + m.exitCode(),
            "MIGRATION_FAILED",
            m.stderr());
      }
      suite.appendChild(testcase);
    }
    if (rehearsal != null) {
      Element testcase =
          testcase(doc, "scry.rehearsal", "locks under traffic", rehearsal.phaseMs() / 1000.0);
      if (rehearsal.lockRisk()) {
        List<String> body = new ArrayList<>();
        rehearsal.risks().forEach(r -> body.add("LOCK RISK " + r.message()));
        body.add(LockFindings.headline(rehearsal));
        rehearsal.statements().stream()
            .filter(st -> !st.advice().isEmpty())
            .forEach(
                st -> {
                  body.add(Findings.oneLine(st.statement().sql(), 200));
                  LockFindings.statement(st).forEach(line -> body.add("  " + line));
                });
        body.addAll(LockFindings.rewriteProof(rehearsal));
        failure(
            doc,
            testcase,
            "LOCK RISK " + rehearsal.risks().get(0).message(),
            "LOCK_RISK",
            String.join("\n", body));
      }
      suite.appendChild(testcase);
    }
    for (PatternComparison p : c.patterns()) {
      Element testcase =
          testcase(
              doc,
              "scry.patterns",
              p.fingerprintHex() + " " + Findings.oneLine(p.query().normalizedSql(), 150),
              p.latency().candidateMeanMs() * p.count() / 1000.0);
      if (p.status() == PatternStatus.REGRESSED) {
        failure(
            doc,
            testcase,
            Findings.headline(p),
            String.join(",", p.failures().stream().map(Enum::name).toList()),
            String.join("\n", problems(p, report)));
      } else if (p.status() == PatternStatus.INCONCLUSIVE) {
        Element skipped = doc.createElement("skipped");
        skipped.setAttribute(
            "message", "inconclusive: " + Findings.inconclusive(p, c.thresholds().minQueryCount()));
        testcase.appendChild(skipped);
      }
      suite.appendChild(testcase);
    }
    return serialize(doc);
  }

  /** A regressed pattern's problems, and the proof of its index advice when it has one. */
  private static List<String> problems(PatternComparison p, VerdictReport report) {
    PlanChange plan = report.planChange(p.fingerprint());
    List<String> lines = new ArrayList<>(Findings.problems(p, plan));
    if (plan != null && !plan.suggestion().isBlank()) {
      lines.addAll(AdviceFindings.lines(report.adviceProof()));
    }
    return lines;
  }

  private static Element testcase(Document doc, String classname, String name, double seconds) {
    Element testcase = doc.createElement("testcase");
    testcase.setAttribute("classname", classname);
    testcase.setAttribute("name", xmlSafe(name));
    testcase.setAttribute(
        "time", String.format(Locale.ROOT, "%.3f", Double.isNaN(seconds) ? 0 : seconds));
    return testcase;
  }

  private static void failure(
      Document doc, Element testcase, String message, String type, String body) {
    Element failure = doc.createElement("failure");
    failure.setAttribute("message", xmlSafe(message));
    failure.setAttribute("type", type);
    failure.setTextContent(xmlSafe(body));
    testcase.appendChild(failure);
  }

  private static void property(Document doc, Element properties, String name, String value) {
    Element p = doc.createElement("property");
    p.setAttribute("name", name);
    p.setAttribute("value", xmlSafe(value));
    properties.appendChild(p);
  }

  /** XML 1.0 cannot carry most control characters, which SQL text or messages may hold. */
  static String xmlSafe(String s) {
    return s == null ? "" : s.replaceAll("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD]", "?");
  }

  static String serialize(Document doc) {
    try {
      var transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.INDENT, "yes");
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      StringWriter out = new StringWriter();
      transformer.transform(new DOMSource(doc), new StreamResult(out));
      return out + "\n";
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot write the JUnit report", e);
    }
  }
}
