package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import io.jenkins.plugins.perftracker.core.ingest.Excerpt;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.model.InvalidValueException;

/**
 * StAX reading for XML result files: no DTDs and no external entities (the files come from builds, which are
 * untrusted), and errors that carry the parser's line and column. Text is not coalesced, so a huge text node
 * (a 300 MB {@code <system-out>}) arrives in chunks that {@link #text} caps and {@link #skip} drops.
 */
public final class SafeXml {
    private static final XMLInputFactory FACTORY = createFactory();

    private SafeXml() {
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** What a reader does with the document, from its start. */
    @FunctionalInterface
    public interface Handler<T> {
        T read(XMLStreamReader xml) throws XMLStreamException, ResultFormatException;
    }

    /**
     * Streams a file through a handler; malformed XML and values the model refuses become format errors that name
     * the file (and, for XML, the line and column).
     */
    public static <T> T read(final Path file, final Handler<T> handler) throws IOException, ResultFormatException {
        if (Files.size(file) == 0) {
            throw new ResultFormatException(file, "", "empty file: an XML document expected");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(file, in, handler);
        }
    }

    /** Streams the input through a handler; {@code file} names it in messages. The caller closes the input. */
    public static <T> T read(final Path file, final InputStream input, final Handler<T> handler)
            throws IOException, ResultFormatException {
        try {
            InputStream in = new BufferedInputStream(input, 1 << 16);
            XMLStreamReader xml = open(file, in);
            try {
                return handler.read(xml);
            }
            finally {
                xml.close();
            }
        }
        catch (XMLStreamException e) {
            throw malformed(file, e);
        }
        catch (InvalidValueException e) {
            throw new ResultFormatException(file, "", e.getMessage(), e);
        }
    }

    /**
     * Reads to the end of the current element and returns its text, child elements' text included, cut at
     * {@code max} characters.
     */
    public static String text(final XMLStreamReader xml, final int max) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            }
            else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
            else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)
                    && text.length() < max) {
                text.append(xml.getText(), 0, Math.min(xml.getTextLength(), max - text.length()));
            }
        }
        return text.toString();
    }

    /** Skips the rest of the current element. */
    public static void skip(final XMLStreamReader xml) throws XMLStreamException {
        text(xml, 0);
    }

    /** A stream reader over this input; the caller closes the input. */
    public static XMLStreamReader open(final Path file, final InputStream in) throws ResultFormatException {
        try {
            return FACTORY.createXMLStreamReader(in);
        }
        catch (XMLStreamException e) {
            throw malformed(file, e);
        }
    }

    /** A refusal at the reader's current position. */
    public static ResultFormatException error(final Path file, final XMLStreamReader reader, final String problem) {
        return new ResultFormatException(file, where(reader.getLocation()), problem);
    }

    /** The parser's own complaint (a truncated or malformed file), with its position. */
    public static ResultFormatException malformed(final Path file, final XMLStreamException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int detail = message.indexOf("Message: ");
        String problem = detail >= 0 ? message.substring(detail + "Message: ".length()) : message;
        return new ResultFormatException(file, where(e.getLocation()), "well-formed XML expected: " + problem, e);
    }

    /** An attribute's value or the fallback when it is absent. */
    public static String attribute(final XMLStreamReader reader, final String name, final String fallback) {
        String value = reader.getAttributeValue(null, name);
        return value == null ? fallback : value;
    }

    /** An attribute as a number; an absent attribute gives the fallback, a malformed one is refused. */
    public static double number(final Path file, final XMLStreamReader reader, final String name,
            final double fallback) throws ResultFormatException {
        String value = reader.getAttributeValue(null, name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.trim());
        }
        catch (NumberFormatException e) {
            throw error(file, reader, "attribute '" + name + "' of <" + reader.getLocalName()
                    + "> expected a number but was '" + shorten(value) + "'");
        }
    }

    private static String where(final Location location) {
        if (location == null || location.getLineNumber() < 0) {
            return "";
        }
        return "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }

    /** Untrusted text cut to a length fit for a message. */
    public static String shorten(final String text) {
        return Excerpt.of(text);
    }
}
