package io.jenkins.plugins.perftracker.core.verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.model.Status;

/** Builds series-index histories for verdict tests: build i gets means[i - 1], deviation 1 and n = 10. */
final class History {
    static final SeriesKey LOGIN = new SeriesKey("Latency", "Login", "", "ms");
    static final SeriesKey SEARCH = new SeriesKey("Latency", "Search", "", "ms");
    static final SeriesKey OPS = new SeriesKey("Throughput", "Ops", "", "ops/s");

    private final Map<SeriesInfo, List<SeriesPoint>> series = new LinkedHashMap<>();

    History with(final SeriesKey key, final boolean lessIsBetter, final double... means) {
        List<SeriesPoint> points = new ArrayList<>();
        for (int i = 0; i < means.length; i++) {
            points.add(new SeriesPoint(i + 1, (i + 1) * 60_000L, means[i], 1, 10, Status.SUCCESS));
        }
        series.put(new SeriesInfo(key, lessIsBetter), points);
        return this;
    }

    History latency(final SeriesKey key, final double... means) {
        return with(key, true, means);
    }

    Map<SeriesInfo, List<SeriesPoint>> build() {
        return series;
    }
}
