package io.jenkins.plugins.perftracker.core.buildtime.index;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

/**
 * The two kinds of index record: an added build-time record (build, job and finish time up front, so a scan
 * can place it without decoding the rest) and a removal of one job or of every job of a build.
 */
final class Payloads {
    static final byte ADD = 1;
    static final byte REMOVE = 2;
    /** The job of a removal that removes every job of its build. */
    static final String ALL_JOBS = "";

    private Payloads() {
    }

    static ByteBuffer add(final BuildTimeRecord record) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(ADD);
            out.writeUTF(record.getBuild());
            out.writeUTF(record.getJob());
            out.writeLong(record.getFinishedAt().getEpochSecond());
            out.writeInt(record.getFinishedAt().getNano());
            RecordCodec.write(out, record);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Frames.frame(bytes);
    }

    static ByteBuffer remove(final String build, final String job) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(32);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(REMOVE);
            out.writeUTF(build);
            out.writeUTF(job);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Frames.frame(bytes);
    }

    /** The header of a payload: what a scan needs. */
    static final class Header {
        final byte kind;
        final String build;
        final String job;
        final Instant finishedAt;

        private Header(final byte kind, final String build, final String job, final Instant finishedAt) {
            this.kind = kind;
            this.build = build;
            this.job = job;
            this.finishedAt = finishedAt;
        }
    }

    static Header header(final byte[] payload) throws IOException {
        return header(new DataInputStream(new ByteArrayInputStream(payload)));
    }

    private static Header header(final DataInputStream in) throws IOException {
        byte kind = in.readByte();
        if (kind != ADD && kind != REMOVE) {
            throw new IOException("unknown record kind " + kind);
        }
        String build = in.readUTF();
        String job = in.readUTF();
        Instant finishedAt = kind == ADD ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
        return new Header(kind, build, job, finishedAt);
    }

    /** Decodes a whole added record; trailing bytes mean the payload is not what was written. */
    static BuildTimeRecord record(final byte[] payload) throws IOException {
        ByteArrayInputStream bytes = new ByteArrayInputStream(payload);
        DataInputStream in = new DataInputStream(bytes);
        Header header = header(in);
        if (header.kind != ADD) {
            throw new IOException("a removal where a record was expected");
        }
        BuildTimeRecord record = RecordCodec.read(in, header.build, header.job);
        if (bytes.available() > 0) {
            throw new IOException(bytes.available() + " trailing bytes");
        }
        return record;
    }
}
