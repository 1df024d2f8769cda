package io.jenkins.plugins.perftracker.core.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * A build-time dashboard model in the buildtime package's DashboardModel JSON shape (docs/buildtime.md): five
 * metrics, twelve charts in eight panels, four filters. The requested timeframe and filters are echoed back.
 */
final class DashboardFixture {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> DAYS = List.of("2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19",
            "2026-11-20", "2026-11-21", "2026-11-22");

    private DashboardFixture() {
    }

    static ObjectNode model(final String timeframe, final Map<String, String> filters) {
        ObjectNode model = JSON.createObjectNode().put("timeframe", timeframe).put("interval", "daily")
                .put("maxAgeSeconds", 0).put("windowStart", "2026-11-16T00:00:00Z")
                .put("windowEnd", "2026-11-23T00:00:00Z").put("now", "2026-11-22T10:00:00Z");
        ArrayNode filterNodes = model.putArray("filters");
        filter(filterNodes, "filter_build_matrix", "Build matrix", filters, "jdk17 linux", "jdk21 linux");
        filter(filterNodes, "filter_build_result", "Build result", filters, "errored", "failed", "passed");
        filter(filterNodes, "filter_build_trigger", "Build trigger", filters, "push", "timer");
        filter(filterNodes, "filter_branch", "Branch", filters, "feature-x", "main");
        ArrayNode metrics = model.putArray("metrics");
        metrics.addObject().put("id", "total").put("title", "Total build jobs").put("value", 42).putNull("suffix")
                .putNull("colour");
        metrics.addObject().put("id", "passed").put("title", "Build jobs passed").put("value", 35).putNull("suffix")
                .put("colour", "#eeb058");
        metrics.addObject().put("id", "failed").put("title", "Build jobs failed").put("value", 7).putNull("suffix")
                .put("colour", "#fe6672");
        metrics.addObject().put("id", "average").put("title", "Average job duration").put("value", 14)
                .put("suffix", " min").putNull("colour");
        metrics.addObject().put("id", "days-since-fail").put("title", "days since last fail").put("value", 0)
                .putNull("suffix").put("colour", "#fe6672");
        charts(model.putArray("charts"));
        return model;
    }

    private static void filter(final ArrayNode filters, final String parameter, final String caption,
            final Map<String, String> selected, final String... options) {
        ObjectNode filter = filters.addObject().put("parameter", parameter).put("caption", caption)
                .put("selected", selected.getOrDefault(parameter, ""));
        ArrayNode values = filter.putArray("options");
        for (String option : options) {
            values.add(option);
        }
    }

    private static void charts(final ArrayNode charts) {
        chart(charts, "stage-duration", 1, "Average build stage duration", "stacked-bar", "seconds", DAYS,
                Map.of("build", 300, "test", 500));
        chart(charts, "stage-fraction", 1, "Average build stage duration (%)", "pie", "seconds",
                List.of("build", "test"), Map.of("", 300));
        chart(charts, "duration-build", 2, "Total build duration grouped by build ID", "bar", "seconds",
                List.of("101", "102", "103"), Map.of("duration", 900));
        chart(charts, "duration-job", 2, "Total build job duration grouped by build job ID", "bar", "seconds",
                List.of("101.1", "101.2"), Map.of("duration", 450));
        chart(charts, "job-duration-matrix", 3, "Average build job duration grouped by build matrix parameters",
                "bar", "seconds", List.of("jdk17 linux", "jdk21 linux"), Map.of("duration", 800));
        chart(charts, "job-duration-branch", 3, "Average build job duration grouped by branch", "bar", "seconds",
                List.of("main", "feature-x"), Map.of("duration", 700));
        chart(charts, "builds-branch", 4, "Builds per branch", "stacked-bar", "count", DAYS,
                Map.of("main", 3, "feature-x", 1));
        chart(charts, "builds-branch-pie", 4, "Builds per branch (%)", "pie", "count",
                List.of("main", "feature-x"), Map.of("", 10));
        chart(charts, "job-results", 5, "Build job results", "stacked-bar", "count", DAYS,
                Map.of("passed", 5, "failed", 1));
        chart(charts, "jobs-matrix", 6, "Build jobs grouped by build matrix parameters", "pie", "count",
                List.of("jdk17 linux", "jdk21 linux"), Map.of("", 12));
        chart(charts, "buildtime-hour", 7, "Average buildtime per time of day", "bar", "seconds",
                List.of("0:00", "6:00", "12:00", "18:00"), Map.of("Last week", 600, "Last month", 650));
        chart(charts, "buildtime-weekday", 8, "Average buildtime per day of week", "bar", "seconds",
                List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"), Map.of("Last week", 600));
    }

    private static void chart(final ArrayNode charts, final String id, final int panel, final String title,
            final String type, final String unit, final List<String> labels, final Map<String, Integer> series) {
        ObjectNode chart = charts.addObject().put("id", id).put("panel", panel).put("title", title)
                .put("type", type).put("unit", unit);
        labels.forEach(chart.putArray("labels")::add);
        ArrayNode seriesNodes = chart.putArray("series");
        series.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            ObjectNode node = seriesNodes.addObject().put("name", e.getKey()).putNull("colour");
            ArrayNode values = node.putArray("values");
            for (int i = 0; i < labels.size(); i++) {
                values.add(e.getValue() * (1 + i % 3) / 2.0);
            }
        });
    }
}
