package io.jenkins.plugins.perftracker.core.buildtime.index;

import java.time.Instant;

/** Where one live record sits in the file, and what a time-window read needs to pick it without decoding it. */
final class IndexEntry {
    final String build;
    final String job;
    final Instant finishedAt;
    /** Offset of the frame (its length field) in the file. */
    final long offset;
    /** Length of the whole frame, header included. */
    final int frameLength;

    IndexEntry(final String build, final String job, final Instant finishedAt, final long offset,
            final int frameLength) {
        this.build = build;
        this.job = job;
        this.finishedAt = finishedAt;
        this.offset = offset;
        this.frameLength = frameLength;
    }

    String key() {
        return key(build, job);
    }

    static String key(final String build, final String job) {
        return build + '\u0000' + job;
    }
}
