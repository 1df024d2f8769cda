package io.jenkins.plugins.perftracker.core.ingest.jmeter;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.kit.SafeXml;

/**
 * Streams an XML JTL ({@code <testResults>} with {@code <httpSample>} and {@code <sample>} children) into an
 * aggregate with StAX. Only top-level samples count: nested ones are the sub-results of a transaction or a
 * redirect, which JMeter's own reports leave out as well.
 */
final class JtlXmlParser {
    /** The attributes aggregated: elapsed, start, label, success; latency, bytes, thread … are not. */
    private static final List<String> ATTRIBUTES = List.of("t", "ts", "lb", "s");

    private final Path file;
    private final JtlAggregate aggregate;

    JtlXmlParser(final Path file, final JtlAggregate aggregate) {
        this.file = file;
        this.aggregate = aggregate;
    }

    void parse(final InputStream in) throws ResultFormatException {
        XMLStreamReader xml = SafeXml.open(file, in);
        try {
            xml.nextTag();
            if (!"testResults".equals(xml.getLocalName())) {
                throw SafeXml.error(file, xml, "root element <testResults> expected but was <" + xml.getLocalName()
                        + ">");
            }
            readSamples(xml);
            xml.close();
        }
        catch (XMLStreamException e) {
            throw SafeXml.malformed(file, e);
        }
    }

    private void readSamples(final XMLStreamReader xml) throws XMLStreamException, ResultFormatException {
        int depth = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (depth == 1 && ("httpSample".equals(xml.getLocalName()) || "sample".equals(xml.getLocalName()))) {
                    sample(xml);
                }
            }
            else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private void sample(final XMLStreamReader xml) throws ResultFormatException {
        String[] values = new String[ATTRIBUTES.size()];
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            int index = ATTRIBUTES.indexOf(xml.getAttributeLocalName(i));
            if (index >= 0) {
                values[index] = xml.getAttributeValue(i);
            }
        }
        long millis = wholeNumber(xml, "t", values[0]);
        if (millis > Integer.MAX_VALUE) {
            throw SafeXml.error(file, xml, "attribute 't' expected at most " + Integer.MAX_VALUE + " ms but was "
                    + millis);
        }
        LabelStats label = aggregate.labels().get(values[2] == null ? "" : values[2]);
        aggregate.add(label, (int) millis, wholeNumber(xml, "ts", values[1]), !"false".equalsIgnoreCase(values[3]));
    }

    private long wholeNumber(final XMLStreamReader xml, final String name, final String value)
            throws ResultFormatException {
        if (value != null) {
            try {
                long number = Long.parseLong(value.strip());
                if (number >= 0) {
                    return number;
                }
            }
            catch (NumberFormatException e) {
                // reported below with the position
            }
        }
        throw SafeXml.error(file, xml, "attribute '" + name + "' of <" + xml.getLocalName()
                + "> expected a whole number but was " + (value == null ? "missing" : "'" + SafeXml.shorten(value)
                + "'"));
    }
}
