package io.jenkins.plugins.perftracker.core.ingest.k6;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.kit.Measures;

/** k6's metric types with what their statistics are measured in and which direction is better. */
enum MetricKind {
    /** A trend of durations, in ms. */
    TIME_TREND,
    /** A trend of byte counts. */
    DATA_TREND,
    /** A trend of plain values. */
    TREND,
    /** A counter: {@code count} and {@code rate} per second. */
    COUNTER,
    /** A rate: the share of non-zero values, with passes and fails. */
    RATE,
    /** A gauge: last, min and max value. */
    GAUGE;

    static MetricKind of(final String type, final String contains) {
        return switch (type) {
            case "trend" -> "time".equals(contains) ? TIME_TREND : "data".equals(contains) ? DATA_TREND : TREND;
            case "counter" -> COUNTER;
            case "rate" -> RATE;
            default -> GAUGE;
        };
    }

    /** The legacy export has no type: trends have {@code avg}, rates {@code passes}, counters {@code count}. */
    static MetricKind guess(final JsonNode values) {
        if (values.has("avg") || values.has("med")) {
            return TIME_TREND;
        }
        if (values.has("passes") || values.has("fails")) {
            return RATE;
        }
        return values.has("count") ? COUNTER : GAUGE;
    }

    /** The figure a threshold that names none checks on a rate: its rate (the legacy export's value), else none. */
    String mainStat(final java.util.Set<String> stats) {
        if (this != RATE) {
            return "";
        }
        return stats.contains("rate") ? "rate" : "value";
    }

    String unit(final String stat) {
        return switch (this) {
            case TIME_TREND -> "count".equals(stat) ? "count" : "ms";
            case DATA_TREND -> "count".equals(stat) ? "count" : "B";
            case COUNTER -> "rate".equals(stat) ? "1/s" : "count";
            case RATE -> "rate".equals(stat) || "value".equals(stat) ? "ratio" : "count";
            default -> "value";
        };
    }

    /** Times and data are better smaller; counters and rates are better larger unless they count failures. */
    boolean lessIsBetter(final String metric, final String stat) {
        return switch (this) {
            case TIME_TREND, DATA_TREND -> true;
            case RATE -> "fails".equals(stat) ? !Measures.soundsBad(metric) : Measures.soundsBad(metric);
            default -> Measures.soundsBad(metric);
        };
    }
}
