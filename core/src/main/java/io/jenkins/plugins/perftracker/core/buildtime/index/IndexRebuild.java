package io.jenkins.plugins.perftracker.core.buildtime.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

/**
 * A rewrite of an index from the build records, into a file beside it. The index keeps serving (and changing)
 * meanwhile; its changes are replayed after the rebuilt records on {@link #commit()}, which then replaces the
 * file atomically. {@link #close()} without a commit leaves the index as it was.
 */
public final class IndexRebuild implements Closeable {
    private final BuildTimeIndex index;
    private final Path tmp;
    private final FileChannel out;
    /** Frames of changes made to the index while this rebuild ran. */
    private final List<ByteBuffer> pending = new ArrayList<>();
    private long at;
    private int added;
    private boolean done;
    private boolean failed;

    IndexRebuild(final BuildTimeIndex index, final Path tmp) throws IOException {
        this.index = index;
        this.tmp = tmp;
        out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        at = Frames.writeMagic(out);
    }

    /** Adds one record read from a build; bad records are the caller's to skip. */
    public synchronized void add(final BuildTimeRecord record) throws IOException {
        if (done) {
            throw new IllegalStateException("the rebuild is finished");
        }
        write(Payloads.add(record));
        added++;
    }

    /** How many records were added so far (for progress). */
    public synchronized int getAdded() {
        return added;
    }

    /** Replaces the index file with the rebuilt one, changes made meanwhile included. */
    public void commit() throws IOException {
        synchronized (index) {
            synchronized (this) {
                if (done) {
                    throw new IllegalStateException("the rebuild is finished");
                }
                done = true;
                try {
                    for (ByteBuffer frame : pending) {
                        write(frame);
                    }
                    out.force(true);
                    out.close();
                }
                catch (IOException e) {
                    failed = true;
                    abandon();
                    index.finishRebuild(this, null);
                    throw e;
                }
                index.finishRebuild(this, tmp);
            }
        }
    }

    /** Abandons the rebuild unless it was committed. */
    @Override
    public void close() throws IOException {
        synchronized (index) {
            synchronized (this) {
                if (!done) {
                    done = true;
                    abandon();
                    index.finishRebuild(this, null);
                }
            }
        }
    }

    boolean hasFailed() {
        return failed;
    }

    synchronized void later(final BuildTimeRecord record) {
        pending.add(Payloads.add(record));
    }

    synchronized void laterRemove(final String build, final String job) {
        pending.add(Payloads.remove(build, job));
    }

    private void write(final ByteBuffer frame) throws IOException {
        ByteBuffer copy = frame.duplicate();
        int length = copy.remaining();
        Frames.writeFully(out, copy, at);
        at += length;
    }

    private void abandon() throws IOException {
        out.close();
        Files.deleteIfExists(tmp);
    }
}
