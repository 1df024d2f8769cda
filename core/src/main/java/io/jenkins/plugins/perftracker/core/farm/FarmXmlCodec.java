package io.jenkins.plugins.perftracker.core.farm;

import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.XStreamException;
import com.thoughtworks.xstream.converters.ConversionException;
import com.thoughtworks.xstream.io.xml.MXParserDriver;
import com.thoughtworks.xstream.security.NoTypePermission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Saves and loads the farm as XML through XStream. Only the farm's own classes are allowed (everything else,
 * such as a crafted payload naming a JDK class, is refused), each written by a converter that builds the
 * immutable values through their validating factories, so XStream never instantiates by reflection.
 * The XML parser is MXParser, which resolves no external entities.
 */
public final class FarmXmlCodec {
    /** Years of locks fit in a few MB; a larger file is refused instead of filling the heap. */
    static final int MAX_BYTES = 32 * 1024 * 1024;

    private final XStream xstream = new XStream(new MXParserDriver());

    public FarmXmlCodec() {
        xstream.addPermission(NoTypePermission.NONE);
        xstream.allowTypes(new Class<?>[] {FarmSnapshot.class, FarmHost.class, LockType.class, FarmLock.class});
        xstream.alias("farm", FarmSnapshot.class);
        xstream.alias("host", FarmHost.class);
        xstream.alias("lockType", LockType.class);
        xstream.alias("lock", FarmLock.class);
        xstream.registerConverter(new SnapshotConverter());
        xstream.registerConverter(new HostConverter());
        xstream.registerConverter(new LockTypeConverter());
        xstream.registerConverter(new LockConverter());
    }

    public String toXml(final FarmSnapshot farm) {
        return xstream.toXML(farm);
    }

    /** Writes UTF-8 XML; the caller writes to a temporary file and renames it (Jenkins' AtomicFileWriter). */
    public void write(final FarmSnapshot farm, final OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write("<?xml version='1.0' encoding='UTF-8'?>\n");
        xstream.toXML(farm, writer);
        writer.flush();
    }

    public FarmSnapshot fromXml(final String xml, final String fileName) {
        return read(xml.getBytes(StandardCharsets.UTF_8), fileName);
    }

    /** Reads at most {@link #MAX_BYTES}; errors name the file, the line and the element or field. */
    public FarmSnapshot read(final InputStream in, final String fileName) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new FarmFormatException(fileName + ": larger than " + MAX_BYTES + " bytes");
        }
        return read(bytes, fileName);
    }

    private FarmSnapshot read(final byte[] bytes, final String fileName) {
        try {
            Object farm = xstream.fromXML(new ByteArrayInputStream(bytes));
            if (farm instanceof FarmSnapshot) {
                return (FarmSnapshot) farm;
            }
            throw new FarmFormatException(fileName + ": <farm> expected as the root element");
        }
        catch (ConversionException e) {
            throw new FarmFormatException(fileName + describe(e), e);
        }
        catch (XStreamException e) {
            throw new FarmFormatException(fileName + ": " + rootMessage(e), e);
        }
    }

    /** The parser's own words, such as "unexpected end of document @3:7" or the refused class. */
    private static String rootMessage(final Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null || root.getMessage().isBlank() ? e.getMessage() : root.getMessage().strip();
    }

    /** ": line 12: farm/hosts/host[@name='s1']/cpus: an integer expected but was 'many'". */
    private static String describe(final ConversionException e) {
        String line = e.get("line number");
        String message = e.getShortMessage();
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof FarmFormatException) {
                message = cause.getMessage();
                break;
            }
        }
        return (line == null ? "" : ": line " + line) + ": " + message;
    }
}
