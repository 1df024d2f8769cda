package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The series index of one job, in a folder of its own (the plugin uses {@code <jobDir>/perftracker-index}).
 * Builds are appended to a synced, checksummed log that is compacted into columnar segments, so reading one
 * series over N builds reads one block per segment, not every build. Any number of threads and processes may
 * use the same folder: each call takes the folder's lock and first catches up with what others wrote.
 * Every frame, dictionary entry and segment block is checked against its CRC: any call may throw
 * {@link IndexCorruptException} when it meets damage that is no torn write (then {@link #recreate} it from the
 * build records); a torn write is cut off silently, and nothing is cut off or deleted on damage.
 */
public final class SeriesIndex implements Closeable {
    /** Log size at which it is compacted into a segment. */
    static final int MAX_LOG_RECORDS = 128;
    static final long MAX_LOG_BYTES = 4L << 20;

    private final IndexLock lock;
    private final Generations generations;
    private final Compactor compactor;

    private SeriesIndex(final IndexLock lock, final Generations generations, final Compactor compactor) {
        this.lock = lock;
        this.generations = generations;
        this.compactor = compactor;
    }

    /**
     * Opens the index in {@code dir}, creating it when missing and cutting off any torn write.
     *
     * @throws IndexCorruptException when a part that cannot be a torn write is damaged: use {@link #recreate}
     */
    public static SeriesIndex open(final Path dir) throws IOException {
        return open(dir, MAX_LOG_RECORDS);
    }

    /** Opens with another compaction threshold (tests use small ones to exercise segments and merges). */
    static SeriesIndex open(final Path dir, final int maxLogRecords) throws IOException {
        Files.createDirectories(dir);
        IndexLock lock = new IndexLock(dir);
        return new SeriesIndex(lock, lock.exclusive(() -> Generations.open(dir)),
                new Compactor(maxLogRecords, MAX_LOG_BYTES));
    }

    /** Builds the index in {@code dir} afresh from {@code builds}, whatever state it is in, and opens it. */
    public static SeriesIndex recreate(final Path dir, final Iterable<BuildSummary> builds) throws IOException {
        Files.createDirectories(dir);
        SeriesIndex index = new SeriesIndex(new IndexLock(dir), Generations.unloaded(dir),
                new Compactor(MAX_LOG_RECORDS, MAX_LOG_BYTES));
        index.rebuild(builds);
        return index;
    }

    /** Stores one build's points durably; an earlier summary of the same build number is replaced. */
    public void append(final BuildSummary summary) throws IOException {
        lock.exclusive(() -> {
            Generation generation = generations.current(true);
            Appender.append(generation, summary, true);
            compactor.compactIfDue(generation, true);
            return null;
        });
    }

    /** Forgets a build (deleted in Jenkins): a tombstone that reads and compaction honour. */
    public void removeBuild(final int build) throws IOException {
        lock.exclusive(() -> {
            Generation generation = generations.current(true);
            generation.append(BuildData.tombstone(generation.nextSeq(), build), true);
            compactor.compactIfDue(generation, true);
            return null;
        });
    }

    /** Replaces the whole index by one built from {@code builds} (read from the build records), atomically. */
    public void rebuild(final Iterable<BuildSummary> builds) throws IOException {
        lock.exclusive(() -> {
            generations.replace(generation -> {
                for (BuildSummary summary : builds) {
                    Appender.append(generation, summary, false);
                    compactor.compactIfDue(generation, false);
                }
                compactor.compact(generation, false);
            });
            return null;
        });
    }

    /** The last {@code lastN} points of one series, oldest first; empty for an unknown series. */
    public List<SeriesPoint> readSeries(final SeriesKey key, final int lastN) throws IOException {
        return lock.shared(() -> {
            Generation generation = generations.current(false);
            int id = generation.dictionary().idOf(key);
            return id < 0 || lastN <= 0 ? List.of() : IndexReads.series(generation, id, lastN);
        });
    }

    /** Every series with points in the last {@code n} builds, ordered by key, each with those points. */
    public List<SeriesHistory> readLastBuilds(final int n) throws IOException {
        return lock.shared(() -> {
            Generation generation = generations.current(false);
            List<SeriesHistory> histories = new ArrayList<>();
            for (Map.Entry<Integer, List<SeriesPoint>> entry : IndexReads.lastBuilds(generation, n).entrySet()) {
                histories.add(new SeriesHistory(generation.dictionary().info(entry.getKey()), entry.getValue()));
            }
            histories.sort(Comparator.comparing(history -> history.info().key()));
            return histories;
        });
    }

    /** Every series appended since the index was last rebuilt, in the order they first appeared. */
    public List<SeriesInfo> series() throws IOException {
        return lock.shared(() -> generations.current(false).dictionary().all());
    }

    /** The builds the index holds, in build order. */
    public List<IndexedBuild> builds() throws IOException {
        return lock.shared(() -> {
            List<IndexedBuild> builds = new ArrayList<>();
            generations.current(false).ownership().liveBuilds()
                    .forEach((build, time) -> builds.add(new IndexedBuild(build, time)));
            return builds;
        });
    }

    /** The bytes the index takes on disk (dictionary, log and segments of the current generation). */
    public long diskBytes() throws IOException {
        return lock.shared(() -> generations.current(false).diskBytes());
    }

    @Override
    public void close() throws IOException {
        generations.close();
    }
}
