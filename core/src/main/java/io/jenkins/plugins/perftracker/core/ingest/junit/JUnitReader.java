package io.jenkins.plugins.perftracker.core.ingest.junit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.kit.Measures;
import io.jenkins.plugins.perftracker.core.ingest.kit.SafeXml;
import io.jenkins.plugins.perftracker.core.model.Messages;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;
import io.jenkins.plugins.perftracker.core.model.PerfTestBuilder;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/**
 * Reads JUnit XML ({@code <testsuites>} or {@code <testsuite>} root). Every {@code <testcase>} is a duration test in
 * seconds (group = classname, tag = name); a failure or error makes it FAILED and keeps the message, a skip makes it
 * SKIPPED. Suites may nest, as Gradle and some pytest plugins write them.
 */
public final class JUnitReader implements ResultReader {
    private static final Pattern ROOT = Pattern.compile("<testsuites?[\\s>/]");
    private static final int MAX_MESSAGE = 2000;

    @Override
    public String id() {
        return "junit";
    }

    @Override
    public String displayName() {
        return "JUnit XML";
    }

    @Override
    public boolean detect(final Path file, final String head) {
        return ROOT.matcher(head).find() && !head.contains("<testResults");
    }

    @Override
    public PerfRun read(final Path file) throws IOException, ResultFormatException {
        return SafeXml.read(file, xml -> readRun(file, xml));
    }

    /** Reads from a stream; {@code file} names it in messages. */
    public PerfRun read(final Path file, final InputStream in) throws IOException, ResultFormatException {
        return SafeXml.read(file, in, xml -> readRun(file, xml));
    }

    private PerfRun readRun(final Path file, final XMLStreamReader xml)
            throws XMLStreamException, ResultFormatException {
        Deque<String> suites = new ArrayDeque<>(List.of(rootName(file, xml)));
        PerfRunBuilder run = PerfRun.builder().title(suites.peek());
        while (xml.hasNext()) {
            int event = xml.next();
            boolean suite = "testsuite".equals(xml.hasName() ? xml.getLocalName() : "");
            if (event == XMLStreamConstants.START_ELEMENT && suite) {
                suites.push(SafeXml.attribute(xml, "name", suites.peek()));
            }
            else if (event == XMLStreamConstants.END_ELEMENT && suite) {
                suites.pop();
            }
            else if (event == XMLStreamConstants.START_ELEMENT && "testcase".equals(xml.getLocalName())) {
                run.addTest(readCase(file, xml, suites.isEmpty() ? "" : suites.peek()));
            }
        }
        return run.build();
    }

    /** The name of the root suite(s) element, after checking that it is one. */
    private static String rootName(final Path file, final XMLStreamReader xml)
            throws XMLStreamException, ResultFormatException {
        xml.nextTag();
        String root = xml.getLocalName();
        if (!"testsuites".equals(root) && !"testsuite".equals(root)) {
            throw SafeXml.error(file, xml, "root element <testsuites> or <testsuite> expected but was <" + root + ">");
        }
        return SafeXml.attribute(xml, "name", "");
    }

    private static PerfTest readCase(final Path file, final XMLStreamReader xml, final String suite)
            throws XMLStreamException, ResultFormatException {
        String name = SafeXml.attribute(xml, "name", "?");
        String time = SafeXml.attribute(xml, "time", "");
        PerfTestBuilder test = PerfTest.builder(Measures.tag(name.isBlank() ? "?" : name))
                .group(Measures.group(SafeXml.attribute(xml, "classname", suite))).unit("s").lessIsBetter(true)
                .scores(seconds(file, xml, time));
        if (time.isBlank()) {
            test.warnings(Messages.of(List.of("no time attribute; 0 s assumed")));
        }
        readOutcome(xml, test);
        return test.build();
    }

    /** The children of a test case up to its end: failure, error or skip set the status. */
    private static void readOutcome(final XMLStreamReader xml, final PerfTestBuilder test)
            throws XMLStreamException {
        for (int event = xml.next(); event != XMLStreamConstants.END_ELEMENT; event = xml.next()) {
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue; // text between elements, comments
            }
            String element = xml.getLocalName();
            if ("failure".equals(element) || "error".equals(element)) {
                test.status(Status.FAILED).errors(Messages.of(List.of(message(xml, element))));
            }
            else if ("skipped".equals(element)) {
                test.status(Status.SKIPPED).warnings(Messages.of(List.of(message(xml, element))));
            }
            else {
                SafeXml.skip(xml);
            }
        }
    }

    /** Seconds as a number; thousands separators (old Surefire with some locales) are dropped as Jenkins does. */
    private static double seconds(final Path file, final XMLStreamReader xml, final String time)
            throws ResultFormatException {
        if (time.isBlank()) {
            return 0;
        }
        try {
            double value = Double.parseDouble(time.replace(",", "").strip());
            if (Double.isFinite(value) && value >= 0) {
                return value;
            }
        }
        catch (NumberFormatException e) {
            // reported below with the position
        }
        throw SafeXml.error(file, xml, "attribute 'time' of <testcase> expected a non-negative number of seconds "
                + "but was '" + SafeXml.shorten(time) + "'");
    }

    /** The message attribute, the type and the first part of the text (usually the stack trace). */
    private static String message(final XMLStreamReader xml, final String element) throws XMLStreamException {
        String text = SafeXml.attribute(xml, "message", "");
        String type = SafeXml.attribute(xml, "type", "");
        String body = SafeXml.text(xml, MAX_MESSAGE).strip();
        StringBuilder message = new StringBuilder(element);
        if (!type.isEmpty()) {
            message.append(" (").append(type).append(')');
        }
        if (!text.isEmpty()) {
            message.append(": ").append(text);
        }
        if (!body.isEmpty() && !body.equals(text)) {
            message.append('\n').append(body);
        }
        return message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) + "…" : message.toString();
    }


}
