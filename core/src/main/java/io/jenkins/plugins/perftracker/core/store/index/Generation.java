package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.SeriesInfo;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * One generation of an index folder as this process last saw it: the dictionary, the segments and the log
 * records no segment covers yet. {@link #refresh} catches up with what other writers did and, for a writer,
 * cuts a torn tail off the dictionary and the log.
 */
final class Generation implements Closeable {
    static final String DICTIONARY = "series.dict";
    static final String LOG = "builds.log";

    private final Path dir;
    private final FileChannel dictionaryChannel;
    private final FileChannel logChannel;
    private final SeriesDictionary dictionary;
    private final SegmentSet segments;
    private final List<BuildData> log = new ArrayList<>();
    private long logEnd;
    private long lastSeq;
    /** The highest series id the log's records use: the dictionary must know it. */
    private int logMaxSeriesId = -1;
    /** Which stored builds are current; computed when first needed after a change. */
    private Ownership ownership;

    private Generation(final Path dir) throws IOException {
        this.dir = dir;
        dictionaryChannel = open(dir.resolve(DICTIONARY));
        logChannel = open(dir.resolve(LOG));
        dictionary = new SeriesDictionary(dir.resolve(DICTIONARY));
        segments = new SegmentSet(dir);
    }

    static Generation open(final Path dir, final boolean writable) throws IOException {
        Generation generation = new Generation(dir);
        try {
            generation.refresh(writable);
            return generation;
        }
        catch (IOException | RuntimeException e) {
            generation.close();
            throw e;
        }
    }

    private static FileChannel open(final Path file) throws IOException {
        return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }

    Path dir() {
        return dir;
    }

    SeriesDictionary dictionary() {
        return dictionary;
    }

    List<Segment> segments() {
        return segments.ordered();
    }

    List<BuildData> log() {
        return log;
    }

    long logBytes() {
        return logEnd;
    }

    Ownership ownership() {
        if (ownership == null) {
            ownership = Ownership.compute(segments.ordered(), log);
        }
        return ownership;
    }

    long nextSeq() {
        return lastSeq + 1;
    }

    /**
     * Reads what changed on disk since the last call; a writer also truncates torn tails.
     *
     * @throws IndexCorruptException when a file is damaged, or points use a series id the dictionary lost (an
     *         append would otherwise give that id to a new series, which would then show the old one's points)
     */
    void refresh(final boolean writable) throws IOException {
        long dictionaryEnd = dictionary.load(dictionaryChannel);
        boolean changed = segments.refresh(writable);
        long size = logChannel.size();
        if (changed || size != logEnd) {
            changed |= refreshLog(changed || size < logEnd, writable);
        }
        if (changed) {
            ownership = null;
        }
        int used = Math.max(segments.maxSeriesId(), logMaxSeriesId);
        if (used >= dictionary.size()) {
            throw new IndexCorruptException(dictionary.file(), "points of series id " + used + " are stored, but "
                    + "the dictionary ends after " + dictionary.size() + " series: entries were lost", null);
        }
        if (writable && dictionaryChannel.size() > dictionaryEnd) {
            dictionaryChannel.truncate(dictionaryEnd);
        }
    }

    /** Reads new log records, from the start when the log was emptied by a compaction; skips covered ones. */
    private boolean refreshLog(final boolean fromStart, final boolean writable) throws IOException {
        long covered = segments.covered();
        lastSeq = Math.max(lastSeq, covered);
        if (fromStart) {
            log.clear();
            logEnd = 0;
            logMaxSeriesId = -1;
        }
        long end = RecordFile.scan(dir.resolve(LOG), logChannel, logEnd, payload -> {
            BuildData record = BuildData.decode(payload);
            lastSeq = Math.max(lastSeq, record.seq());
            logMaxSeriesId = Math.max(logMaxSeriesId, record.maxSeriesId());
            if (record.seq() > covered) {
                log.add(record);
            }
        });
        boolean changed = fromStart || end != logEnd;
        logEnd = end;
        if (writable && logChannel.size() > logEnd) {
            logChannel.truncate(logEnd);
        }
        return changed;
    }

    /** Appends one record to the log; {@code sync} makes it durable before returning. */
    void append(final BuildData record, final boolean sync) throws IOException {
        ByteSink sink = new ByteSink(16 + record.size() * 16);
        record.encode(sink);
        logEnd = RecordFile.append(logChannel, logEnd, sink);
        if (sync) {
            logChannel.force(false);
        }
        log.add(record);
        lastSeq = Math.max(lastSeq, record.seq());
        logMaxSeriesId = Math.max(logMaxSeriesId, record.maxSeriesId());
        ownership = null;
    }

    /** Assigns series ids, writing new dictionary records (synced when {@code sync}) before any log record. */
    int[] assign(final List<SeriesInfo> infos, final boolean sync) throws IOException {
        long before = dictionaryChannel.size();
        int[] ids = dictionary.assign(infos, dictionaryChannel);
        if (sync && dictionaryChannel.size() != before) {
            dictionaryChannel.force(false);
        }
        return ids;
    }

    /** Empties the log once a segment holds all its records. */
    void truncateLog(final boolean sync) throws IOException {
        logChannel.truncate(0);
        if (sync) {
            logChannel.force(false);
        }
    }

    long diskBytes() throws IOException {
        return dictionaryChannel.size() + logChannel.size() + segments.bytes();
    }

    void sync() throws IOException {
        dictionaryChannel.force(false);
        logChannel.force(false);
    }

    @Override
    public void close() throws IOException {
        segments.close();
        dictionaryChannel.close();
        logChannel.close();
    }
}
