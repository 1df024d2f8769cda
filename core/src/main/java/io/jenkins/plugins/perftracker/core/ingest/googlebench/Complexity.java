package io.jenkins.plugins.perftracker.core.ingest.googlebench;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.kit.Nodes;
import io.jenkins.plugins.perftracker.core.ingest.kit.TestDraft;

/**
 * Google Benchmark's asymptotic complexity rows ({@code ->Complexity()}): the {@code BigO} aggregate holds the fitted
 * coefficients ({@code cpu_coefficient}, {@code real_coefficient}, in the row's time unit per step of
 * {@code big_o}), the {@code RMS} aggregate the normalised root-mean-square error of the fit. They are measurements
 * of the family, not failed runs: each becomes a test of its own, smaller being better.
 */
final class Complexity {
    private Complexity() {
    }

    /** {@code BigO}, {@code RMS} or empty; files older than {@code aggregate_name} only mark it in the row's name. */
    static String kind(final JsonNode row) {
        String kind = Nodes.text(row, "aggregate_name");
        if ("BigO".equals(kind) || "RMS".equals(kind)) {
            return kind;
        }
        String name = Nodes.text(row, "name");
        return name.endsWith("_BigO") ? "BigO" : name.endsWith("_RMS") ? "RMS" : "";
    }

    /** The run a complexity row belongs to: its run name, or its name without the suffix. */
    static String runName(final JsonNode row, final String name) {
        if (Nodes.has(row, "run_name") || kind(row).isEmpty()) {
            return name;
        }
        return name.substring(0, name.lastIndexOf('_'));
    }

    static void add(final Map<String, TestDraft> tests, final Nodes nodes, final String group, final String name,
            final List<JsonNode> rows, final String path) throws ResultFormatException {
        for (JsonNode row : rows) {
            String kind = kind(row);
            if ("BigO".equals(kind)) {
                String unit = Nodes.has(row, "time_unit") ? Nodes.text(row, "time_unit") : "ns";
                for (String coefficient : new String[] {"cpu_coefficient", "real_coefficient"}) {
                    if (Nodes.has(row, coefficient)) {
                        tests.put(coefficient, TestDraft.of(group, name, coefficient, unit, true)
                                .sample(nodes.number(row, coefficient, path))
                                .attrib("big_o", Nodes.text(row, "big_o")));
                    }
                }
            }
            else if ("RMS".equals(kind) && Nodes.has(row, "rms")) {
                tests.put("rms", TestDraft.of(group, name, "rms", "ratio", true)
                        .sample(nodes.number(row, "rms", path)));
            }
        }
    }
}
