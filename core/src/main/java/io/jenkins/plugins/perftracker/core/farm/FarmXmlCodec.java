package io.jenkins.plugins.perftracker.core.farm;

import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.XStreamException;
import com.thoughtworks.xstream.converters.ConversionException;
import com.thoughtworks.xstream.converters.DataHolder;
import com.thoughtworks.xstream.io.xml.MXParserDriver;
import com.thoughtworks.xstream.security.NoTypePermission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/**
 * Saves and loads the farm as XML through XStream. Only the farm's own classes are allowed (everything else,
 * such as a crafted payload naming a JDK class, is refused), each written by a converter that builds the
 * immutable values through their validating factories, so XStream never instantiates by reflection.
 * The XML parser is MXParser, which resolves no external entities.
 */
public final class FarmXmlCodec {
    /**
     * The longest tag or text (host notes are at most a few KB). The file as a whole has no limit: it streams,
     * and with a {@link HistoryPolicy} only the history the policy keeps is held in memory.
     */
    static final int MAX_TOKEN_BYTES = 1024 * 1024;

    private final MXParserDriver driver = new MXParserDriver();
    private final XStream xstream = new XStream(driver);

    /** A farm read with a history policy, and how many ended locks the policy dropped while reading. */
    public record Loaded(FarmSnapshot farm, int droppedLocks) {
    }

    public FarmXmlCodec() {
        xstream.setMode(XStream.NO_REFERENCES); // no path-to-object table: read items are not retained
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
        write(farm, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** The same to a UTF-8 writer (Jenkins' AtomicFileWriter is one); flushes, does not close. */
    public void write(final FarmSnapshot farm, final Writer writer) throws IOException {
        writer.write("<?xml version='1.0' encoding='UTF-8'?>\n");
        xstream.toXML(farm, writer);
        writer.flush();
    }

    public FarmSnapshot fromXml(final String xml, final String fileName) {
        return read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), fileName, null);
    }

    /** Reads every lock of the file; errors name the file, the line and the element or field. */
    public FarmSnapshot read(final InputStream in, final String fileName) {
        return read(in, fileName, null);
    }

    /**
     * Reads the farm keeping only the history the policy allows at {@code now} (what the plugin does at
     * startup): a file grown large by history still loads, in memory bounded by the policy.
     */
    public Loaded read(final InputStream in, final String fileName, final HistoryPolicy policy, final Instant now) {
        HistoryFilter history = new HistoryFilter(policy, now);
        return new Loaded(read(in, fileName, history), history.dropped());
    }

    private FarmSnapshot read(final InputStream in, final String fileName, final HistoryFilter history) {
        try {
            DataHolder data = xstream.newDataHolder();
            if (history != null) {
                data.put(HistoryFilter.KEY, history);
            }
            Object farm = xstream.unmarshal(driver.createReader(new TokenLimitInputStream(in, MAX_TOKEN_BYTES)),
                    null, data);
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
        catch (FarmFormatException e) { // the token limit, met before the first element
            throw new FarmFormatException(fileName + ": " + e.getMessage(), e);
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
