package io.jenkins.plugins.perftracker.core.buildtime.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** The live records of an index file by build and job, and how many bytes of the file they take. */
final class LiveEntries {
    private static final Comparator<IndexEntry> BY_FINISH = Comparator.comparing((IndexEntry e) -> e.finishedAt)
            .thenComparing(e -> e.offset);

    private final LinkedHashMap<String, IndexEntry> live = new LinkedHashMap<>();
    private long bytes;

    /** Entries of one job of a build, or of every job of it when {@code job} is {@link Payloads#ALL_JOBS}. */
    static Predicate<IndexEntry> matching(final String build, final String job) {
        return e -> e.build.equals(build) && (Payloads.ALL_JOBS.equals(job) || e.job.equals(job));
    }

    void clear() {
        live.clear();
        bytes = 0;
    }

    /** Adds an entry, replacing the one of the same build and job. */
    void put(final IndexEntry entry) {
        IndexEntry previous = live.remove(entry.key());
        if (previous != null) {
            bytes -= previous.frameLength;
        }
        live.put(entry.key(), entry);
        bytes += entry.frameLength;
    }

    void remove(final String build, final String job) {
        live.values().removeIf(matching(build, job).and(e -> {
            bytes -= e.frameLength;
            return true;
        }));
    }

    boolean contains(final String build, final String job) {
        return live.values().stream().anyMatch(matching(build, job));
    }

    /** The entry that finished first (the first written among equals). */
    IndexEntry oldest() {
        return live.values().stream().min(BY_FINISH).orElseThrow();
    }

    /** The wanted entries by finish time. */
    List<IndexEntry> sorted(final Predicate<IndexEntry> wanted) {
        List<IndexEntry> entries = new ArrayList<>();
        for (IndexEntry entry : live.values()) {
            if (wanted.test(entry)) {
                entries.add(entry);
            }
        }
        entries.sort(BY_FINISH);
        return entries;
    }

    Set<String> builds() {
        Set<String> builds = new TreeSet<>();
        live.values().forEach(e -> builds.add(e.build));
        return builds;
    }

    int size() {
        return live.size();
    }

    /** Bytes of the file the live records take, frames included. */
    long bytes() {
        return bytes;
    }
}
