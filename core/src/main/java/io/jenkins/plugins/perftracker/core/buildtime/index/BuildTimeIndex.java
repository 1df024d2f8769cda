package io.jenkins.plugins.perftracker.core.buildtime.index;

import java.io.Closeable;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

/**
 * The build-time records of one project (a Jenkins job, a Travis repository) in one append-only file, so a
 * dashboard over a year reads this file instead of every build. Records are keyed by build and job: appending
 * one again replaces it; removing a build removes all its jobs. Opening scans the frames' headers only; a
 * read decodes just the records finished in its window.
 *
 * <p>Crash safety: every change is one framed, checksummed append followed by {@code force}. A crash can only
 * tear the last frame, which the next open cuts off ({@link #getTruncatedBytes()}); damage anywhere else is
 * reported as {@link BuildTimeIndexCorruptException}, and {@link #startRebuild()} rewrites the file from the
 * build records. Bounded: at most {@code maxRecords} live records (the oldest finished go first), and the file
 * is compacted when removed records take more room than live ones. Thread-safe within one process; one
 * instance per file.
 */
public final class BuildTimeIndex implements Closeable {
    /** About ten years of a busy job building every half hour. */
    public static final int DEFAULT_MAX_RECORDS = 200_000;
    static final long COMPACT_AFTER_BYTES = 1 << 20;

    private final Path file;
    private final int maxRecords;
    private final long compactAfterBytes;
    private final LiveEntries live = new LiveEntries();
    private FileChannel channel;
    private long end;
    private long truncatedBytes;
    private IndexRebuild rebuild;
    /** Every live record, decoded, until the next change; soft, so a busy controller can take the memory back. */
    private SoftReference<List<BuildTimeRecord>> decoded = new SoftReference<>(null);

    private BuildTimeIndex(final Path file, final int maxRecords, final long compactAfterBytes) {
        this.file = file;
        this.maxRecords = maxRecords;
        this.compactAfterBytes = compactAfterBytes;
    }

    /** Opens (or creates) the index file with {@link #DEFAULT_MAX_RECORDS}. */
    public static BuildTimeIndex open(final Path file) throws IOException {
        return open(file, DEFAULT_MAX_RECORDS);
    }

    /** Opens (or creates) the index file, keeping at most {@code maxRecords} records. */
    public static BuildTimeIndex open(final Path file, final int maxRecords) throws IOException {
        return open(file, maxRecords, COMPACT_AFTER_BYTES);
    }

    /** As {@link #open(Path, int)}, compacting only files larger than {@code compactAfterBytes} (tests). */
    static BuildTimeIndex open(final Path file, final int maxRecords, final long compactAfterBytes)
            throws IOException {
        if (maxRecords < 1) {
            throw new IllegalArgumentException("maxRecords must be positive but was " + maxRecords);
        }
        BuildTimeIndex index = new BuildTimeIndex(file, maxRecords, compactAfterBytes);
        index.load();
        return index;
    }

    /** Adds a record, replacing any earlier one of the same build and job. */
    public synchronized void append(final BuildTimeRecord record) throws IOException {
        write(Payloads.add(record), record.getBuild(), record.getJob(), record.getFinishedAt());
        if (rebuild != null) {
            rebuild.later(record);
        }
        while (live.size() > maxRecords) {
            IndexEntry oldest = live.oldest();
            removeMatching(oldest.build, oldest.job);
        }
        compactIfWasteful();
    }

    /** Removes every job of a build; returns whether there was one. */
    public synchronized boolean remove(final String build) throws IOException {
        return removeMatching(build, Payloads.ALL_JOBS);
    }

    /** Removes one job of a build; returns whether there was one. */
    public synchronized boolean remove(final String build, final String job) throws IOException {
        return removeMatching(build, job);
    }

    private boolean removeMatching(final String build, final String job) throws IOException {
        if (rebuild != null) {
            rebuild.laterRemove(build, job);
        }
        if (!live.contains(build, job)) {
            return false;
        }
        write(Payloads.remove(build, job), build, job, null);
        compactIfWasteful();
        return true;
    }

    /** The records that finished in [{@code from}, {@code to}), by finish time; either bound may be null. */
    public synchronized List<BuildTimeRecord> read(final Instant from, final Instant to) throws IOException {
        Predicate<Instant> inWindow = t -> (from == null || !t.isBefore(from)) && (to == null || t.isBefore(to));
        List<BuildTimeRecord> all = decoded.get();
        if (all == null) {
            return decode(e -> inWindow.test(e.finishedAt));
        }
        List<BuildTimeRecord> records = new ArrayList<>();
        for (BuildTimeRecord record : all) {
            if (inWindow.test(record.getFinishedAt())) {
                records.add(record);
            }
        }
        return records;
    }

    /** Every record, by finish time (unmodifiable; decoded once and kept until the next change). */
    public synchronized List<BuildTimeRecord> readAll() throws IOException {
        List<BuildTimeRecord> all = decoded.get();
        if (all == null) {
            all = Collections.unmodifiableList(decode(e -> true));
            decoded = new SoftReference<>(all);
        }
        return all;
    }

    /** The {@code count} records that finished last, by finish time. */
    public synchronized List<BuildTimeRecord> readLatest(final int count) throws IOException {
        List<IndexEntry> sorted = live.sorted(e -> true);
        Set<IndexEntry> latest = Set.copyOf(sorted.subList(Math.max(0, sorted.size() - count), sorted.size()));
        return decode(latest::contains);
    }

    /** The build numbers with at least one record, in natural string order. */
    public synchronized Set<String> getBuilds() {
        return live.builds();
    }

    /** The number of live records. */
    public synchronized int size() {
        return live.size();
    }

    /** Bytes of a torn last append cut off when the file was opened (0 after a clean shutdown). */
    public synchronized long getTruncatedBytes() {
        return truncatedBytes;
    }

    public Path getFile() {
        return file;
    }

    /**
     * Starts rewriting the index from the build records: add each to the returned rebuild, then commit it.
     * Changes made meanwhile are kept. Only one rebuild runs at a time.
     */
    public synchronized IndexRebuild startRebuild() throws IOException {
        if (rebuild != null) {
            throw new IllegalStateException("a rebuild of " + file + " is already running");
        }
        rebuild = new IndexRebuild(this, file.resolveSibling(file.getFileName() + ".rebuild"));
        return rebuild;
    }

    synchronized void finishRebuild(final IndexRebuild finished, final Path replacement) throws IOException {
        rebuild = null;
        if (replacement != null) {
            replaceFile(replacement);
        }
        if (finished.hasFailed()) {
            throw new IOException("the rebuild of " + file + " failed; the index is unchanged");
        }
    }

    /** Rewrites the file with only the live records. */
    public synchronized void compact() throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".compact");
        Frames.copy(channel, live.sorted(e -> true), tmp);
        replaceFile(tmp);
    }

    @Override
    public synchronized void close() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
    }

    private void replaceFile(final Path replacement) throws IOException {
        close();
        Files.move(replacement, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        load();
    }

    private void load() throws IOException {
        decoded.clear();
        live.clear();
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        try {
            IndexScan scan = IndexScan.scan(file, channel);
            scan.entries().forEach(live::put);
            end = scan.end();
            truncatedBytes = scan.truncatedBytes();
        }
        catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private void write(final ByteBuffer frame, final String build, final String job, final Instant finishedAt)
            throws IOException {
        decoded.clear();
        int length = frame.remaining();
        Frames.writeFully(channel, frame, end);
        channel.force(false);
        if (finishedAt == null) {
            live.remove(build, job);
        }
        else {
            live.put(new IndexEntry(build, job, finishedAt, end, length));
        }
        end += length;
    }

    private void compactIfWasteful() throws IOException {
        if (rebuild == null && end > compactAfterBytes && end - live.bytes() > live.bytes()) {
            compact();
        }
    }

    private List<BuildTimeRecord> decode(final Predicate<IndexEntry> wanted) throws IOException {
        List<BuildTimeRecord> records = new ArrayList<>();
        long size = channel.size();
        for (IndexEntry entry : live.sorted(wanted)) {
            byte[] payload = Frames.payloadAt(channel, entry.offset, size);
            if (payload == null) {
                throw new BuildTimeIndexCorruptException(file, "the record at byte " + entry.offset
                        + " no longer passes its checksum", null);
            }
            records.add(IndexScan.decode(file, entry.offset, payload));
        }
        return records;
    }
}
