package io.jenkins.plugins.perftracker.core.model;

import java.io.Serializable;

/**
 * What the index knows of a series besides its points: its key and its direction.
 *
 * @param key          group, tag, category and unit
 * @param lessIsBetter whether smaller values are better (latencies) or larger ones (throughput)
 */
public record SeriesInfo(SeriesKey key, boolean lessIsBetter) implements Serializable {
    public static SeriesInfo of(final PerfTest test) {
        return new SeriesInfo(test.getSeriesKey(), test.isLessIsBetter());
    }
}
