package io.jenkins.plugins.perftracker.core.ingest.catch2;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.kit.SafeXml;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/**
 * Reads Catch2's XML reporter output ({@code --reporter xml}), v2 and v3. Each {@code <BenchmarkResults>} is a
 * test (group = test case, tag = benchmark) scored by its mean in ns with the standard deviation as deviation;
 * failed test cases turn their tests FAILED and keep the failed assertions as messages.
 */
public final class Catch2Reader implements ResultReader {
    /** The most characters kept of a failure or expression text; the rest is read past, not held. */
    private static final int MAX_TEXT = 4096;

    @Override
    public String id() {
        return "catch2";
    }

    @Override
    public String displayName() {
        return "Catch2 XML";
    }

    @Override
    public boolean detect(final Path file, final String head) {
        return head.contains("<Catch2TestRun") || head.contains("<Catch name=") || head.contains("<Catch>");
    }

    @Override
    public PerfRun read(final Path file) throws IOException, ResultFormatException {
        return SafeXml.read(file, xml -> readRun(file, xml));
    }

    private PerfRun readRun(final Path file, final XMLStreamReader xml)
            throws XMLStreamException, ResultFormatException {
        PerfRunBuilder run = startRun(file, xml);
        TestCaseResult current = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                current = onStart(file, xml, current);
            }
            else if (event == XMLStreamConstants.END_ELEMENT && "TestCase".equals(xml.getLocalName())
                    && current != null) {
                current.tests().forEach(run::addTest);
                current = null;
            }
        }
        return run.build();
    }

    private static PerfRunBuilder startRun(final Path file, final XMLStreamReader xml)
            throws XMLStreamException, ResultFormatException {
        xml.nextTag();
        String root = xml.getLocalName();
        if (!"Catch2TestRun".equals(root) && !"Catch".equals(root)) {
            throw SafeXml.error(file, xml, "root element <Catch2TestRun> (Catch2 v3) or <Catch> (v2) expected but was <"
                    + root + ">");
        }
        String version = SafeXml.attribute(xml, "catch2-version", "");
        return PerfRun.builder().title(SafeXml.attribute(xml, "name", "Catch2"))
                .attributes(version.isEmpty() ? Map.of() : Map.of("catch2.version", version));
    }

    private static TestCaseResult onStart(final Path file, final XMLStreamReader xml, final TestCaseResult current)
            throws XMLStreamException, ResultFormatException {
        String element = xml.getLocalName();
        if ("TestCase".equals(element)) {
            return new TestCaseResult(SafeXml.attribute(xml, "name", "?"));
        }
        if (current != null) {
            switch (element) {
                case "BenchmarkResults" -> readBenchmark(file, xml, current);
                case "Expression" -> readExpression(xml, current);
                case "Failure", "FatalErrorCondition", "Exception" -> current.addMessage(
                        element + at(xml) + ": " + SafeXml.text(xml, MAX_TEXT).strip());
                case "OverallResult" -> readOutcome(file, xml, current);
                default -> {
                    // sections, info and warnings carry nothing a test needs
                }
            }
        }
        return current;
    }

    private static void readOutcome(final Path file, final XMLStreamReader xml, final TestCaseResult current)
            throws ResultFormatException {
        current.finish("true".equals(SafeXml.attribute(xml, "success", "true")),
                SafeXml.number(file, xml, "skips", 0) > 0, SafeXml.number(file, xml, "durationInSeconds", Double.NaN));
    }

    private static void readBenchmark(final Path file, final XMLStreamReader xml, final TestCaseResult current)
            throws XMLStreamException, ResultFormatException {
        String name = SafeXml.attribute(xml, "name", "?");
        int samples = (int) SafeXml.number(file, xml, "samples", 0);
        double mean = Double.NaN;
        double stdDev = Double.NaN;
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if ("mean".equals(xml.getLocalName())) {
                mean = value(file, xml);
            }
            else if ("standardDeviation".equals(xml.getLocalName())) {
                stdDev = value(file, xml);
            }
            SafeXml.skip(xml);
        }
        current.addBenchmark(name, mean, stdDev, Math.max(samples, 0));
    }

    /** A {@code value} attribute in ns; Catch2 prints non-finite results as {@code nan} or {@code inf}. */
    private static double value(final Path file, final XMLStreamReader xml) throws ResultFormatException {
        String text = SafeXml.attribute(xml, "value", "nan").strip().toLowerCase(Locale.ROOT);
        if (text.endsWith("nan") || text.endsWith("inf")) {
            return Double.NaN;
        }
        return SafeXml.number(file, xml, "value", Double.NaN);
    }

    private static void readExpression(final XMLStreamReader xml, final TestCaseResult current)
            throws XMLStreamException {
        boolean failed = "false".equals(SafeXml.attribute(xml, "success", "true"));
        String type = SafeXml.attribute(xml, "type", "CHECK");
        String where = at(xml);
        StringBuilder text = new StringBuilder(type).append(where).append(':');
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            String part = xml.getLocalName();
            String content = "Original".equals(part) || "Expanded".equals(part)
                    ? SafeXml.text(xml, MAX_TEXT).strip() : "";
            if (!content.isEmpty()) {
                text.append(' ').append(part.toLowerCase(Locale.ROOT)).append(": ").append(content);
            }
            else if (xml.isStartElement()) {
                SafeXml.skip(xml);
            }
        }
        if (failed) {
            current.addMessage(text.toString());
        }
    }

    private static String at(final XMLStreamReader xml) {
        String fileName = SafeXml.attribute(xml, "filename", "");
        String line = SafeXml.attribute(xml, "line", "");
        return fileName.isEmpty() ? "" : " at " + fileName + (line.isEmpty() ? "" : ":" + line);
    }

}
