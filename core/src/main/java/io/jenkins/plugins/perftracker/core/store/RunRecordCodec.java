package io.jenkins.plugins.perftracker.core.store;

import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.XStreamException;
import com.thoughtworks.xstream.converters.ConversionException;
import com.thoughtworks.xstream.io.StreamException;
import com.thoughtworks.xstream.io.xml.PrettyPrintWriter;
import com.thoughtworks.xstream.mapper.CannotResolveClassException;
import com.thoughtworks.xstream.security.ForbiddenClassException;
import com.thoughtworks.xstream.security.NoTypePermission;

import io.jenkins.plugins.perftracker.core.model.PerfRun;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a run to its build-record file and reads it back, through a plain XStream that denies every type
 * except the run record's own ({@link RunXStream}). Writing replaces the file atomically; reading refuses
 * oversized files, foreign types and invalid values with a {@link RunRecordException} naming the file.
 */
public final class RunRecordCodec {
    /** Records larger than this are refused unread (a 10,000-test run with 10 scores each takes ~3 MB). */
    public static final long DEFAULT_MAX_BYTES = 256L << 20;
    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private final XStream xstream = createXStream();
    private final long maxBytes;

    public RunRecordCodec() {
        this(DEFAULT_MAX_BYTES);
    }

    public RunRecordCodec(final long maxBytes) {
        this.maxBytes = maxBytes;
    }

    private static XStream createXStream() {
        XStream xstream = new XStream();
        xstream.addPermission(NoTypePermission.NONE);
        xstream.setMode(XStream.NO_REFERENCES);
        RunXStream.configure(xstream);
        return xstream;
    }

    /** Writes the run to {@code file} through a temporary file in the same directory, synced, then renamed. */
    public void write(final PerfRun run, final Path file) throws IOException {
        AtomicFiles.replace(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            writer.write(HEADER);
            xstream.marshal(run, new PrettyPrintWriter(writer));
            writer.flush();
        });
    }

    /** Reads the run stored in {@code file}. */
    public PerfRun read(final Path file) throws IOException {
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new RunRecordException(file, "the record has " + size + " bytes, more than the limit of "
                    + maxBytes, null);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return read(in, file);
        }
    }

    /** Reads a run from {@code in}; {@code source} names it in errors. */
    PerfRun read(final InputStream in, final Path source) throws RunRecordException {
        Object value;
        try {
            value = xstream.fromXML(in);
        }
        catch (XStreamException | RecordFormatException e) {
            throw RecordErrors.describe(source, e);
        }
        if (!(value instanceof PerfRun)) {
            throw new RunRecordException(source, "the root element must be <" + RunXStream.ROOT + "> but holds a "
                    + value.getClass().getSimpleName(), null);
        }
        return (PerfRun) value;
    }

    /** The XML of a run, as {@link #write} stores it. */
    String toXml(final PerfRun run) {
        StringWriter writer = new StringWriter();
        writer.write(HEADER);
        xstream.marshal(run, new PrettyPrintWriter(writer));
        return writer.toString();
    }

    /** Turns XStream's failures into messages that say which file, line and element, and why. */
    static final class RecordErrors {
        private RecordErrors() {
        }

        static RunRecordException describe(final Path source, final RuntimeException e) {
            String line = e instanceof ConversionException ? ((ConversionException) e).get("line number") : null;
            String at = line == null ? "" : "line " + line + ": ";
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                String message = describeCause(cause);
                if (message != null) {
                    return new RunRecordException(source, at + message, e);
                }
            }
            return new RunRecordException(source, at + e.getMessage(), e);
        }

        private static String describeCause(final Throwable cause) {
            if (cause instanceof RecordFormatException) {
                return RunXStream.ROOT + "/" + ((RecordFormatException) cause).getMessage();
            }
            if (cause instanceof ForbiddenClassException) {
                return "the record names the type '" + cause.getMessage()
                        + "', which a run record may not contain; only perftracker's model types are allowed";
            }
            if (cause instanceof CannotResolveClassException) {
                return "<" + cause.getMessage() + "> is not an element of a run record (<" + RunXStream.ROOT
                        + "> expected)";
            }
            if (cause instanceof StreamException) {
                return "not well-formed XML: " + firstLine(cause.getCause() == null ? cause : cause.getCause());
            }
            return null;
        }

        private static String firstLine(final Throwable cause) {
            String message = String.valueOf(cause.getMessage()).strip();
            int end = message.indexOf('\n');
            return end < 0 ? message : message.substring(0, end);
        }
    }
}
