package io.jenkins.plugins.perftracker.core.ingest.googlebench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 * Google Benchmark's {@code --benchmark_format=json}: one test per run name and metric. Group is the family (the
 * run name up to its first '/'), tag is the run name, category the metric: {@code real_time}, {@code cpu_time} (in
 * the row's {@code time_unit}) and every counter ({@code items_per_second} …). Repetitions ({@code run_type}
 * iteration) are the samples; aggregate rows (the mean, else the median) count only when a run has no raw
 * repetitions; complexity rows ({@code _BigO}, {@code _RMS}) become their own tests ({@link Complexity}). Rows with
 * {@code error_occurred} make the run's tests FAILED with the error message. {@code context} becomes run attributes.
 */
public final class GoogleBenchReader implements ResultReader {
    private static final Set<String> FIELDS = Set.of("name", "family_index", "per_family_instance_index", "run_name",
            "run_type", "repetitions", "repetition_index", "threads", "iterations", "real_time", "cpu_time",
            "time_unit", "aggregate_name", "aggregate_unit", "error_occurred", "error_message", "label");

    @Override
    public String id() {
        return "googlebench";
    }

    @Override
    public String displayName() {
        return "Google Benchmark JSON";
    }

    @Override
    public boolean detect(final Path file, final String head) {
        return Heads.firstChar(head) == '{' && (Heads.containsAny(head, Heads.key("mhz_per_cpu"),
                Heads.key("library_build_type")) || Heads.containsAll(head, Heads.key("benchmarks"),
                Heads.key("time_unit")));
    }

    @Override
    public PerfRun read(final Path file) throws IOException, ResultFormatException {
        return JsonInput.read(file, this::parse);
    }

    private PerfRun parse(final JsonInput in) throws IOException, ResultFormatException {
        in.begin(JsonToken.START_OBJECT, "a Google Benchmark object {\"context\": …, \"benchmarks\": […]}");
        PerfRunBuilder run = PerfRun.builder();
        Map<String, List<JsonNode>> rows = new LinkedHashMap<>();
        Set<String> seen = in.fields(Map.of(
                "context", f -> run.attributes(Nodes.scalars(in.value())),
                "benchmarks", f -> in.elements("$.benchmarks", "an array of benchmark rows",
                        (row, path) -> collect(in, rows, row, path))));
        in.require(seen, "benchmarks", "the array of benchmark rows");
        Nodes nodes = new Nodes(in.file());
        for (Map.Entry<String, List<JsonNode>> entry : rows.entrySet()) {
            addRun(run, nodes, entry.getKey(), entry.getValue());
        }
        return run.build();
    }

    /** Rows are grouped by run name first: which rows count depends on whether raw repetitions exist. */
    private static void collect(final JsonInput in, final Map<String, List<JsonNode>> rows, final JsonNode row,
            final String path) throws ResultFormatException {
        String name = Nodes.has(row, "run_name") ? Nodes.text(row, "run_name") : Nodes.text(row, "name");
        if (!row.isObject() || name.isBlank()) {
            throw in.error(path, "a benchmark row with a name expected");
        }
        rows.computeIfAbsent(Complexity.runName(row, name), k -> new ArrayList<>()).add(row);
    }

    private void addRun(final PerfRunBuilder run, final Nodes nodes, final String name, final List<JsonNode> rows)
            throws ResultFormatException {
        List<JsonNode> used = rows.stream().filter(r -> !"aggregate".equals(Nodes.text(r, "run_type"))
                && Complexity.kind(r).isEmpty()).toList();
        boolean aggregated = used.isEmpty();
        if (aggregated) {
            used = aggregates(rows, "mean");
            used = used.isEmpty() ? aggregates(rows, "median") : used;
        }
        Map<String, TestDraft> tests = new LinkedHashMap<>();
        String group = name.contains("/") ? name.substring(0, name.indexOf('/')) : name;
        String path = "$.benchmarks[?(@.run_name=='" + name + "')]";
        for (JsonNode row : used) {
            addMetrics(tests, nodes, group, name, row, path);
        }
        if (!used.isEmpty()) {
            tests.putIfAbsent("real_time", TestDraft.of(group, name, "real_time", "ns", true));
        }
        for (TestDraft test : tests.values()) {
            describe(test, rows, aggregated).addTo(run, nodes.file(), path);
        }
        Map<String, TestDraft> complexity = new LinkedHashMap<>();
        Complexity.add(complexity, nodes, group, name, rows, path);
        for (TestDraft test : complexity.values()) {
            test.addTo(run, nodes.file(), path);
        }
    }

    /**
     * The aggregate rows of one kind; an aggregate without {@code aggregate_name} (old files) is a mean. An
     * aggregate-only run without a mean or median (only stddev, cv or a user's own statistic) gives no test rather
     * than a failed one, as it measured nothing this reader can compare.
     */
    private static List<JsonNode> aggregates(final List<JsonNode> rows, final String kind) {
        return rows.stream().filter(r -> Complexity.kind(r).isEmpty() && (kind.equals(Nodes.text(r, "aggregate_name"))
                || "mean".equals(kind) && !Nodes.has(r, "aggregate_name"))).toList();
    }

    /** One sample per metric of the row: the two times and every numeric field that is not a known one. */
    private static void addMetrics(final Map<String, TestDraft> tests, final Nodes nodes, final String group,
            final String name, final JsonNode row, final String path) throws ResultFormatException {
        String timeUnit = Nodes.has(row, "time_unit") ? Nodes.text(row, "time_unit") : "ns";
        for (Map.Entry<String, JsonNode> field : (Iterable<Map.Entry<String, JsonNode>>) row::fields) {
            String metric = field.getKey();
            boolean time = "real_time".equals(metric) || "cpu_time".equals(metric);
            if (time || !FIELDS.contains(metric) && field.getValue().isNumber()) {
                String unit = time ? timeUnit : counterUnit(metric);
                tests.computeIfAbsent(metric, m -> TestDraft.of(group, name, m, unit,
                        Unit.valueOf(unit).getDirection().isLessIsBetter(false)))
                        .sample(nodes.number(field.getValue(), path + "." + metric));
            }
        }
    }

    private static TestDraft describe(final TestDraft test, final List<JsonNode> rows, final boolean aggregated) {
        JsonNode first = rows.get(0);
        test.attrib("iterations", Nodes.text(first, "iterations")).attrib("threads", Nodes.text(first, "threads"))
                .attrib("label", Nodes.text(first, "label"));
        if (aggregated && test.sampleCount() > 0) {
            test.warning("no raw repetitions: the sample is the aggregate row's mean");
        }
        rows.stream().filter(r -> Nodes.isTrue(r.get("error_occurred")))
                .map(r -> Nodes.has(r, "error_message") ? Nodes.text(r, "error_message") : "error_occurred")
                .distinct().forEach(test::error);
        return test;
    }

    /** Counters ending in {@code _per_second} are rates; others are plain counts. */
    private static String counterUnit(final String counter) {
        if ("bytes_per_second".equals(counter)) {
            return "B/s";
        }
        return counter.endsWith("_per_second")
                ? counter.substring(0, counter.length() - "_per_second".length()) + "/s" : "count";
    }
}
