package io.jenkins.plugins.perftracker.core.ingest.jmh;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.kit.Heads;
import io.jenkins.plugins.perftracker.core.ingest.kit.JsonInput;
import io.jenkins.plugins.perftracker.core.ingest.kit.Nodes;
import io.jenkins.plugins.perftracker.core.ingest.kit.TestDraft;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.Unit;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/**
 * JMH's {@code -rf json}: one test per benchmark method, mode and params, one more per secondary metric
 * ({@code gc.alloc.rate.norm} …). Group is the benchmark class, tag is "method (mode)" plus the secondary metric's
 * name, category is the params ("size=1000,type=x"). Samples are the per-iteration {@code rawData} scores, fork
 * after fork; attribs {@code forks} and {@code iterationsPerFork} ("3,3") say which fork each sample came from.
 * Sample mode's {@code rawDataHistogram} is summarised to one weighted mean per iteration, so memory stays bounded.
 */
public final class JmhReader implements ResultReader {
    private static final String[] RUN_FACTS = {"jmhVersion", "jvm", "jdkVersion", "vmName", "vmVersion"};

    @Override
    public String id() {
        return "jmh";
    }

    @Override
    public String displayName() {
        return "JMH JSON";
    }

    @Override
    public boolean detect(final Path file, final String head) {
        return Heads.firstChar(head) == '[' && head.contains(Heads.key("benchmark"))
                && Heads.containsAny(head, Heads.key("jmhVersion"), Heads.key("primaryMetric"));
    }

    @Override
    public PerfRun read(final Path file) throws IOException, ResultFormatException {
        return JsonInput.read(file, this::parse);
    }

    private PerfRun parse(final JsonInput in) throws IOException, ResultFormatException {
        in.begin(JsonToken.START_ARRAY, "a JMH result array [{\"benchmark\": …, \"primaryMetric\": …}]");
        Nodes nodes = new Nodes(in.file());
        PerfRunBuilder run = PerfRun.builder();
        Map<String, String> attributes = new LinkedHashMap<>();
        int index = 0;
        for (JsonNode benchmark = in.nextElement(); benchmark != null; benchmark = in.nextElement()) {
            String path = "$[" + index++ + "]";
            nodes.object(benchmark, path);
            for (String fact : RUN_FACTS) {
                attributes.putIfAbsent(fact, Nodes.text(benchmark, fact));
            }
            addBenchmark(run, nodes, benchmark, path);
        }
        attributes.values().removeIf(String::isEmpty);
        return run.attributes(attributes).build();
    }

    private void addBenchmark(final PerfRunBuilder run, final Nodes nodes, final JsonNode benchmark,
            final String path) throws ResultFormatException {
        String name = Nodes.text(benchmark, "benchmark");
        if (name.isBlank()) {
            throw new ResultFormatException(nodes.file(), path + ".benchmark",
                    "the benchmark's fully qualified method name expected");
        }
        int dot = name.lastIndexOf('.');
        String mode = Nodes.text(benchmark, "mode");
        Identity id = new Identity(dot > 0 ? name.substring(0, dot) : "",
                name.substring(dot + 1) + (mode.isEmpty() ? "" : " (" + mode + ")"), params(benchmark), mode, false);
        addMetric(run, nodes, benchmark, nodes.object(benchmark.get("primaryMetric"), path + ".primaryMetric"),
                id, path + ".primaryMetric");
        JsonNode secondary = benchmark.path("secondaryMetrics");
        for (Map.Entry<String, JsonNode> metric : (Iterable<Map.Entry<String, JsonNode>>) secondary::fields) {
            String at = path + ".secondaryMetrics[\"" + metric.getKey() + "\"]";
            addMetric(run, nodes, benchmark, nodes.object(metric.getValue(), at),
                    id.secondary(metric.getKey()), at);
        }
    }

    private static String params(final JsonNode benchmark) {
        return Nodes.scalars(benchmark.get("params")).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    private void addMetric(final PerfRunBuilder run, final Nodes nodes, final JsonNode benchmark,
            final JsonNode metric, final Identity id, final String path) throws ResultFormatException {
        String unit = Nodes.text(metric, "scoreUnit");
        boolean fallback = id.secondary || !"thrpt".equals(id.mode);
        TestDraft test = TestDraft.of(id.group, id.tag, id.category, unit,
                Unit.valueOf(unit).getDirection().isLessIsBetter(fallback));
        List<Integer> perFork = addSamples(test, nodes, metric, path);
        describe(test, nodes, benchmark, metric, id.mode, perFork, path).addTo(run, nodes.file(), path);
    }

    /** Adds the metric's samples; returns the iterations of each fork (empty without raw data). */
    private static List<Integer> addSamples(final TestDraft test, final Nodes nodes, final JsonNode metric,
            final String path) throws ResultFormatException {
        List<Integer> perFork = new ArrayList<>();
        if (metric.has("rawData")) {
            JsonNode forks = nodes.array(metric, "rawData", path);
            for (int f = 0; f < forks.size(); f++) {
                nodes.samples(test, forks, f, path + ".rawData");
                perFork.add(forks.get(f).size());
            }
        }
        else if (metric.has("rawDataHistogram")) {
            perFork.addAll(Histograms.addMeans(test, nodes, nodes.array(metric, "rawDataHistogram", path),
                    path + ".rawDataHistogram"));
        }
        else {
            test.sample(nodes.number(metric, "score", path));
        }
        return perFork;
    }

    private static TestDraft describe(final TestDraft test, final Nodes nodes, final JsonNode benchmark,
            final JsonNode metric, final String mode, final List<Integer> perFork, final String path)
            throws ResultFormatException {
        double error = metric.has("scoreError") ? nodes.number(metric, "scoreError", path) : Double.NaN;
        return test.attrib("mode", mode).attrib("threads", Nodes.text(benchmark, "threads"))
                .attrib("forks", perFork.isEmpty() ? null : perFork.size())
                .attrib("iterationsPerFork", perFork.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .attrib("score", Nodes.text(metric, "score"))
                .attrib("scoreError", Double.isFinite(error) ? Nodes.text(metric, "scoreError") : null);
    }

    /** Where a metric's test goes: its group, tag, category, and whether it is a secondary metric. */
    private record Identity(String group, String tag, String category, String mode, boolean secondary) {
        Identity secondary(final String metric) {
            return new Identity(group, tag + " " + metric, category, mode, true);
        }
    }
}
