package io.jenkins.plugins.perftracker.core.ingest.pytest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
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
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

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
        PerfRunBuilder run = PerfRun.builder();
        Map<String, String> attributes = new LinkedHashMap<>();
        Nodes nodes = new Nodes(in.file());
        Set<String> seen = in.fields(Map.of(
                "benchmarks", f -> in.elements("$.benchmarks", "an array of benchmarks",
                        (benchmark, path) -> addBenchmark(run, nodes, nodes.object(benchmark, path), path)),
                "machine_info", f -> info(attributes, "", in.value()),
                "commit_info", f -> info(attributes, "commit_", in.value()),
                "datetime", f -> attributes.put(f, in.value().asText()),
                "version", f -> attributes.put(f, in.value().asText())));
        in.require(seen, "benchmarks", "the array of benchmarks");
        attributes.values().removeIf(String::isEmpty);
        return run.attributes(attributes).build();
    }

    private static void info(final Map<String, String> attributes, final String prefix, final JsonNode info) {
        Nodes.scalars(info).forEach((k, v) -> attributes.put(prefix + k, v));
        attributes.put("cpu", Nodes.text(info.path("cpu"), "brand"));
    }

    private void addBenchmark(final PerfRunBuilder run, final Nodes nodes, final JsonNode benchmark,
            final String path) throws ResultFormatException {
        String name = Nodes.text(benchmark, "name");
        if (name.isBlank()) {
            throw new ResultFormatException(nodes.file(), path + ".name", "the benchmark's test name expected");
        }
        int bracket = name.indexOf('[');
        TestDraft test = TestDraft.of(group(benchmark), bracket > 0 ? name.substring(0, bracket) : name,
                category(benchmark, name, bracket), "s", true);
        addStats(test, nodes, nodes.object(benchmark.get("stats"), path + ".stats"), path + ".stats");
        Nodes.scalars(benchmark.get("extra_info")).forEach((k, v) -> test.attrib("extra_info." + k, v));
        test.builder().cmdline(Nodes.text(benchmark, "fullname"));
        test.addTo(run, nodes.file(), path);
    }

    /** Samples from {@code data}, or the mean of a file saved without it; the summary figures as attribs. */
    private static void addStats(final TestDraft test, final Nodes nodes, final JsonNode stats, final String path)
            throws ResultFormatException {
        if (stats.has("data")) {
            nodes.samples(test, stats, "data", path);
        }
        else {
            test.sample(nodes.number(stats, "mean", path)).warning(
                    "saved without stats.data: the sample is the mean of " + Nodes.text(stats, "rounds") + " rounds");
        }
        for (String stat : STATS) {
            test.attrib(stat, Nodes.text(stats, stat));
        }
    }

    /** The benchmark's group, or its module when it has none. */
    private static String group(final JsonNode benchmark) {
        String fullname = Nodes.text(benchmark, "fullname");
        if (Nodes.has(benchmark, "group")) {
            return Nodes.text(benchmark, "group");
        }
        return fullname.contains("::") ? fullname.substring(0, fullname.indexOf("::")) : "";
    }

    /** The params as "k=v,k=v", or the bracketed id of a parametrised name when the file has no params. */
    private static String category(final JsonNode benchmark, final String name, final int bracket) {
        String params = Nodes.scalars(benchmark.get("params")).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        if (params.isEmpty() && bracket > 0 && name.endsWith("]")) {
            return name.substring(bracket + 1, name.length() - 1);
        }
        return params;
    }
}
