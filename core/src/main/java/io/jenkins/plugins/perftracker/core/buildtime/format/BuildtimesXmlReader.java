package io.jenkins.plugins.perftracker.core.buildtime.format;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

/** Reads Buildtime Trend's native XML ({@code <builds><build><stages><stage name duration/>}) with StAX. */
public final class BuildtimesXmlReader {
    private static final int MAX_BUILDS = 100_000;

    private BuildtimesXmlReader() {
    }

    /** Reads every build; a malformed file or a non-numeric duration is refused with its line and column. */
    public static List<BuildtimesXml> read(final InputStream xml, final Path file) throws ResultFormatException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(xml);
            return builds(reader, file);
        }
        catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber();
            throw new ResultFormatException(file, where, "well-formed XML expected: " + e.getMessage(), e);
        }
    }

    private static List<BuildtimesXml> builds(final XMLStreamReader reader, final Path file)
            throws XMLStreamException, ResultFormatException {
        List<BuildtimesXml> builds = new ArrayList<>();
        Map<String, String> attributes = null;
        Map<String, Double> stages = new LinkedHashMap<>();
        while (reader.hasNext()) {
            int event = reader.next();
            if (event == XMLStreamConstants.START_ELEMENT && "build".equals(reader.getLocalName())) {
                attributes = attributes(reader);
                stages = new LinkedHashMap<>();
            }
            else if (event == XMLStreamConstants.START_ELEMENT && "stage".equals(reader.getLocalName())) {
                stage(reader, stages, file);
            }
            else if (event == XMLStreamConstants.END_ELEMENT && "build".equals(reader.getLocalName())) {
                add(builds, new BuildtimesXml(label(attributes, builds.size()), attributes, stages), reader, file);
            }
        }
        return builds;
    }

    private static void add(final List<BuildtimesXml> builds, final BuildtimesXml build,
            final XMLStreamReader reader, final Path file) throws ResultFormatException {
        if (builds.size() >= MAX_BUILDS) {
            throw new ResultFormatException(file, location(reader), "at most " + MAX_BUILDS + " builds expected");
        }
        builds.add(build);
    }

    private static void stage(final XMLStreamReader reader, final Map<String, Double> stages, final Path file)
            throws ResultFormatException {
        String name = reader.getAttributeValue(null, "name");
        String duration = reader.getAttributeValue(null, "duration");
        if (name == null || duration == null) {
            return;
        }
        try {
            stages.put(name, Double.valueOf(duration));
        }
        catch (NumberFormatException e) {
            throw new ResultFormatException(file, location(reader) + ", stage '" + name + "' attribute duration",
                    "a number of seconds expected but was '" + duration + "'");
        }
    }

    private static Map<String, String> attributes(final XMLStreamReader reader) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
        }
        return attributes;
    }

    private static String label(final Map<String, String> attributes, final int index) {
        if (attributes.containsKey("job")) {
            return attributes.get("job");
        }
        return attributes.getOrDefault("build", "#" + (index + 1));
    }

    private static String location(final XMLStreamReader reader) {
        return "line " + reader.getLocation().getLineNumber() + ", column " + reader.getLocation().getColumnNumber();
    }
}
