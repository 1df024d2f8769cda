package io.jenkins.plugins.perftracker.core.ingest.k6;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.kit.Json;
import io.jenkins.plugins.perftracker.core.ingest.kit.Nodes;
import io.jenkins.plugins.perftracker.core.ingest.kit.Measures;
import io.jenkins.plugins.perftracker.core.model.InvalidValueException;
import io.jenkins.plugins.perftracker.core.model.Messages;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;
import io.jenkins.plugins.perftracker.core.model.PerfTestBuilder;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/**
 * Reads k6's summary JSON, both the {@code handleSummary(data)} shape ({@code metrics.<name>.type/values/thresholds})
 * and the legacy {@code --summary-export} shape (the values directly under the metric). Every statistic is a test:
 * group = metric name without sub-metric tags, tag = full metric name, category = statistic. A failed threshold
 * makes the test of its statistic FAILED with the threshold as message.
 */
public final class K6Reader implements ResultReader {
    private static final Pattern THRESHOLD_STAT = Pattern.compile("^\\s*([a-z]+(?:\\([0-9.]+\\))?)\\s*[<>=!]");

    @Override
    public String id() {
        return "k6";
    }

    @Override
    public String displayName() {
        return "k6 summary JSON";
    }

    @Override
    public boolean detect(final Path file, final String head) {
        return head.stripLeading().startsWith("{") && head.contains("\"metrics\"")
                && (head.contains("\"root_group\"") || head.contains("\"http_req") || head.contains("\"iterations\"")
                || head.contains("\"vus") || head.contains("\"checks\"") || head.contains("\"p(9"));
    }

    @Override
    public PerfRun read(final Path file) throws IOException, ResultFormatException {
        JsonNode root = Nodes.object(file, Json.tree(file), "$");
        JsonNode metrics = Nodes.object(file, root.get("metrics"), "$.metrics");
        PerfRunBuilder run = PerfRun.builder().title("k6");
        double durationMs = Nodes.optionalNumber(root.path("state").get("testRunDurationMs")).orElse(0);
        run.durationSec(Double.isFinite(durationMs) && durationMs > 0 ? durationMs / 1000 : 0);
        try {
            for (Iterator<Map.Entry<String, JsonNode>> it = metrics.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> metric = it.next();
                String path = "$.metrics['" + metric.getKey() + "']";
                metricTests(file, metric.getKey(), Nodes.object(file, metric.getValue(), path), path)
                        .forEach(run::addTest);
            }
            return run.build();
        }
        catch (InvalidValueException e) {
            throw new ResultFormatException(file, "", e.getMessage(), e);
        }
    }

    private static List<PerfTest> metricTests(final Path file, final String name, final JsonNode metric,
            final String path) throws ResultFormatException {
        boolean modern = metric.has("values");
        String valuesPath = modern ? path + ".values" : path;
        JsonNode values = modern ? Nodes.object(file, metric.get("values"), valuesPath) : metric;
        MetricKind kind = modern ? MetricKind.of(Nodes.textOr(metric.get("type"), ""),
                Nodes.textOr(metric.get("contains"), "")) : MetricKind.guess(values);
        Map<String, PerfTestBuilder> tests = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> stat = it.next();
            if (!"thresholds".equals(stat.getKey()) && stat.getValue().isValueNode()) {
                double value = Nodes.requireNumber(file, stat.getValue(), valuesPath + "['" + stat.getKey() + "']");
                tests.put(stat.getKey(), test(name, stat.getKey(), kind, value));
            }
        }
        failedThresholds(metric.path("thresholds"), modern)
                .forEach((threshold, stat) -> fail(tests, kind, threshold, stat));
        List<PerfTest> built = new ArrayList<>();
        tests.values().forEach(t -> built.add(t.build()));
        return built;
    }

    /**
     * Fails the test of the statistic a threshold checks. The legacy export writes a rate metric's rate as
     * {@code value}, so {@code rate<0.05} on {@code http_req_failed} fails that value, never the {@code passes}
     * count; a threshold that names no statistic fails a rate's rate, else the metric's first test.
     */
    private static void fail(final Map<String, PerfTestBuilder> tests, final MetricKind kind, final String threshold,
            final String stat) {
        String alias = "rate".equals(stat) && kind == MetricKind.RATE ? "value" : stat;
        PerfTestBuilder target = tests.containsKey(stat) ? tests.get(stat)
                : tests.containsKey(alias) ? tests.get(alias)
                : tests.getOrDefault(kind.mainStat(tests.keySet()), tests.values().stream().findFirst().orElse(null));
        if (target != null) {
            target.status(Status.FAILED).errors(Messages.of(List.of("threshold '" + threshold + "' failed")));
        }
    }

    private static PerfTestBuilder test(final String metric, final String stat, final MetricKind kind,
            final double value) {
        int brace = metric.indexOf('{');
        String group = brace > 0 ? metric.substring(0, brace) : metric;
        PerfTestBuilder test = PerfTest.builder(Measures.tag(metric)).group(Measures.group(group))
                .category(Measures.group(stat)).unit(kind.unit(stat)).lessIsBetter(kind.lessIsBetter(metric, stat));
        if (Double.isFinite(value)) {
            return test.scores(value);
        }
        return test.status(Status.FAILED).errors(Messages.of(List.of(stat + " is not a finite number (" + value
                + ")")));
    }

    /**
     * Failed thresholds and the statistic each one checks. The modern shape says {@code {"ok": false}}; the legacy
     * export writes a bare boolean that is {@code true} when the threshold FAILED.
     */
    private static Map<String, String> failedThresholds(final JsonNode thresholds, final boolean modern) {
        Map<String, String> failed = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = thresholds.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> threshold = it.next();
            JsonNode state = threshold.getValue();
            boolean isFailed = modern ? state.path("ok").isBoolean() && !state.path("ok").asBoolean()
                    : state.isBoolean() && state.asBoolean();
            if (isFailed) {
                Matcher stat = THRESHOLD_STAT.matcher(threshold.getKey());
                failed.put(threshold.getKey(), stat.find() ? stat.group(1) : "");
            }
        }
        return failed;
    }
}
