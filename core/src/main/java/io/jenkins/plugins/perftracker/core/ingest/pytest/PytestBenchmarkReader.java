package io.jenkins.plugins.perftracker.core.ingest.pytest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.support.Heads;
import io.jenkins.plugins.perftracker.core.ingest.support.JsonInput;
import io.jenkins.plugins.perftracker.core.ingest.support.Nodes;
import io.jenkins.plugins.perftracker.core.ingest.support.TestDraft;
import io.jenkins.plugins.perftracker.core.model.PerfRun;

/**
 * pytest-benchmark's {@code --benchmark-json} (and its saved {@code .benchmarks/} files): one test per benchmark.
 * Group is the benchmark's {@code group}, or its module ({@code tests/test_x.py}) without one; tag is the test
 * name without its parametrisation; category is the {@code params} ("size=10,mode=fast"), or the bracketed id
 * when params are missing. Samples are {@code stats.data}, in seconds; files saved without data give the mean.
 * {@code machine_info} and {@code commit_info} become run attributes.
 */
public final class PytestBenchmarkReader implements ResultReader {
    private static final String[] STATS = {"min", "max", "mean", "stddev", "median", "iqr", "rounds", "iterations",
            "ops"};

    @Override
    public String id() {
        return "pytest-benchmark";
    }

    @Override
    public String displayName() {
        return "pytest-benchmark JSON";
    }

    @Override
    public boolean detect(final Path file, final String head) {
        return Heads.firstChar(head) == '{' && head.contains(Heads.key("benchmarks"))
                && Heads.containsAny(head, Heads.key("machine_info"), Heads.key("fullname"),
                        Heads.key("commit_info"));
    }

    @Override
    public PerfRun read(final Path file) throws IOException, ResultFormatException {
        return JsonInput.read(file, this::parse);
    }

    private PerfRun parse(final JsonInput in) throws IOException, ResultFormatException {
        in.begin(JsonToken.START_OBJECT, "a pytest-benchmark object {\"machine_info\": …, \"benchmarks\": […]}");
        PerfRun.Builder run = PerfRun.builder();
        Map<String, String> attributes = new LinkedHashMap<>();
        Nodes nodes = new Nodes(in.file());
        boolean seen = false;
        for (String field = in.nextField(); field != null; field = in.nextField()) {
            if ("benchmarks".equals(field)) {
                seen = true;
                readBenchmarks(in, nodes, run);
            }
            else if ("machine_info".equals(field) || "commit_info".equals(field)) {
                JsonNode info = in.value();
                String prefix = field.startsWith("commit") ? "commit_" : "";
                Nodes.scalars(info).forEach((k, v) -> attributes.put(prefix + k, v));
                attributes.put("cpu", Nodes.text(info.path("cpu"), "brand"));
            }
            else if ("datetime".equals(field) || "version".equals(field)) {
                attributes.put(field, in.value().asText());
            }
            else {
                in.skipValue();
            }
        }
        if (!seen) {
            throw in.error("$.benchmarks", "the array of benchmarks expected but was missing");
        }
        attributes.values().removeIf(String::isEmpty);
        return run.attributes(attributes).build();
    }

    private void readBenchmarks(final JsonInput in, final Nodes nodes, final PerfRun.Builder run)
            throws IOException, ResultFormatException {
        if (in.current() != JsonToken.START_ARRAY) {
            throw in.error("$.benchmarks", "an array of benchmarks expected at " + in.position());
        }
        int index = 0;
        for (JsonNode benchmark = in.nextElement(); benchmark != null; benchmark = in.nextElement()) {
            String path = "$.benchmarks[" + index++ + "]";
            addBenchmark(run, nodes, nodes.object(benchmark, path), path);
        }
    }

    private void addBenchmark(final PerfRun.Builder run, final Nodes nodes, final JsonNode benchmark,
            final String path) throws ResultFormatException {
        String name = Nodes.text(benchmark, "name");
        String fullname = Nodes.text(benchmark, "fullname");
        if (name.isBlank()) {
            throw new ResultFormatException(nodes.file(), path + ".name", "the benchmark's test name expected");
        }
        int bracket = name.indexOf('[');
        String group = Nodes.has(benchmark, "group") ? Nodes.text(benchmark, "group")
                : fullname.contains("::") ? fullname.substring(0, fullname.indexOf("::")) : "";
        String category = Nodes.scalars(benchmark.get("params")).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        if (category.isEmpty() && bracket > 0 && name.endsWith("]")) {
            category = name.substring(bracket + 1, name.length() - 1);
        }
        TestDraft test = TestDraft.of(group, bracket > 0 ? name.substring(0, bracket) : name, category, "s", true);
        JsonNode stats = nodes.object(benchmark.get("stats"), path + ".stats");
        if (stats.has("data")) {
            JsonNode data = nodes.array(stats, "data", path + ".stats");
            for (int i = 0; i < data.size(); i++) {
                test.sample(nodes.number(data.get(i), path + ".stats.data[" + i + "]"));
            }
        }
        else {
            test.sample(nodes.number(stats, "mean", path + ".stats"))
                    .warning("saved without stats.data: the sample is the mean of " + Nodes.text(stats, "rounds")
                            + " rounds");
        }
        for (String stat : STATS) {
            test.attrib(stat, Nodes.text(stats, stat));
        }
        Nodes.scalars(benchmark.get("extra_info")).forEach((k, v) -> test.attrib("extra_info." + k, v));
        test.builder().cmdline(fullname);
        test.addTo(run, nodes.file(), path);
    }
}
