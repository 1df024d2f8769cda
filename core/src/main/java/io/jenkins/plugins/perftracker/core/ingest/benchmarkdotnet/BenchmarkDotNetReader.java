package io.jenkins.plugins.perftracker.core.ingest.benchmarkdotnet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.kit.Json;
import io.jenkins.plugins.perftracker.core.ingest.kit.Nodes;
import io.jenkins.plugins.perftracker.core.model.Messages;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;
import io.jenkins.plugins.perftracker.core.model.PerfTestBuilder;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/**
 * Reads BenchmarkDotNet's full JSON export. One test per benchmark (group {@code Namespace.Type}, tag
 * {@code Method}, category {@code Parameters}) whose samples are the result-stage workload measurements in ns per
 * operation; the memory diagnoser's figures become tests of their own; the host becomes run attributes.
 */
public final class BenchmarkDotNetReader implements ResultReader {
    private static final String NS = "ns";

    @Override
    public String id() {
        return "benchmarkdotnet";
    }

    @Override
    public String displayName() {
        return "BenchmarkDotNet full JSON";
    }

    @Override
    public boolean detect(final Path file, final String head) {
        return head.stripLeading().startsWith("{") && head.contains("\"Benchmarks\"")
                && (head.contains("\"HostEnvironmentInfo\"") || head.contains("\"BenchmarkDotNetVersion\""));
    }

    @Override
    public PerfRun read(final Path file) throws IOException, ResultFormatException {
        JsonNode root = Nodes.object(file, Json.tree(file), "$");
        JsonNode benchmarks = root.path("Benchmarks");
        if (!benchmarks.isArray()) {
            throw new ResultFormatException(file, "$.Benchmarks", "an array of benchmarks expected but was "
                    + Nodes.describe(root.get("Benchmarks")));
        }
        PerfRunBuilder run = PerfRun.builder().title(Nodes.textOr(root.get("Title"), ""))
                .attributes(hostAttributes(root.path("HostEnvironmentInfo")));
        for (int i = 0; i < benchmarks.size(); i++) {
            String path = "$.Benchmarks[" + i + "]";
            JsonNode benchmark = Nodes.object(file, benchmarks.get(i), path);
            run.addTest(timeTest(file, benchmark, path));
            memoryTests(benchmark).forEach(run::addTest);
        }
        return run.build();
    }

    private static Map<String, String> hostAttributes(final JsonNode host) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = host.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().isValueNode() && !field.getValue().isNull()) {
                attributes.put("BenchmarkDotNet." + field.getKey(), field.getValue().asText());
            }
        }
        return attributes;
    }

    private static PerfTestBuilder identity(final JsonNode benchmark, final String tagSuffix) {
        String namespace = Nodes.textOr(benchmark.get("Namespace"), "");
        String type = Nodes.textOr(benchmark.get("Type"), "");
        String group = namespace.isEmpty() ? type : namespace + "." + type;
        String method = Nodes.textOr(benchmark.get("Method"), Nodes.textOr(benchmark.get("FullName"), "?"));
        return PerfTest.builder(method + tagSuffix).group(group)
                .category(Nodes.textOr(benchmark.get("Parameters"), ""));
    }

    private static PerfTest timeTest(final Path file, final JsonNode benchmark, final String path)
            throws ResultFormatException {
        double[] samples = resultSamples(file, benchmark.path("Measurements"), path + ".Measurements");
        if (samples.length == 0) {
            samples = finiteValues(benchmark.path("Statistics").path("OriginalValues"));
        }
        PerfTestBuilder test = identity(benchmark, "").unit(NS).lessIsBetter(true)
                .description(Nodes.textOr(benchmark.get("DisplayInfo"), ""));
        if (samples.length == 0) {
            return test.status(Status.FAILED).errors(Messages.of(List.of(
                    "no result measurements: the benchmark did not run to the end (see BenchmarkDotNet's log)")))
                    .build();
        }
        return test.scores(samples).build();
    }

    /** Nanoseconds per operation of every Workload/Result measurement, the samples BenchmarkDotNet's stats use. */
    private static double[] resultSamples(final Path file, final JsonNode measurements, final String path)
            throws ResultFormatException {
        List<Double> samples = new ArrayList<>();
        for (int i = 0; i < measurements.size(); i++) {
            JsonNode m = measurements.get(i);
            if ("Workload".equals(Nodes.textOr(m.get("IterationMode"), ""))
                    && "Result".equals(Nodes.textOr(m.get("IterationStage"), ""))) {
                double ns = Nodes.requireNumber(file, m.get("Nanoseconds"), path + "[" + i + "].Nanoseconds");
                double ops = Nodes.requireNumber(file, m.get("Operations"), path + "[" + i + "].Operations");
                if (ops > 0 && Double.isFinite(ns / ops)) {
                    samples.add(ns / ops);
                }
            }
        }
        return samples.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] finiteValues(final JsonNode values) {
        List<Double> finite = new ArrayList<>();
        values.forEach(v -> {
            if (v.isNumber() && Double.isFinite(v.doubleValue())) {
                finite.add(v.doubleValue());
            }
        });
        return finite.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Allocated bytes and GC counts per 1000 operations, as BenchmarkDotNet's summary table shows them. */
    private static List<PerfTest> memoryTests(final JsonNode benchmark) {
        JsonNode memory = benchmark.path("Memory");
        List<PerfTest> tests = new ArrayList<>();
        OptionalDouble allocated = Nodes.optionalNumber(memory.get("BytesAllocatedPerOperation"));
        if (allocated.isPresent() && Double.isFinite(allocated.getAsDouble())) {
            tests.add(identity(benchmark, " · allocated").unit("B/op").lessIsBetter(true)
                    .scores(allocated.getAsDouble()).build());
        }
        double operations = Nodes.optionalNumber(memory.get("TotalOperations")).orElse(0);
        for (String gen : List.of("Gen0", "Gen1", "Gen2")) {
            OptionalDouble collections = Nodes.optionalNumber(memory.get(gen + "Collections"));
            if (operations > 0 && collections.isPresent() && Double.isFinite(collections.getAsDouble())) {
                tests.add(identity(benchmark, " · " + gen).unit("GCs/1k op").lessIsBetter(true)
                        .scores(collections.getAsDouble() * 1000 / operations).build());
            }
        }
        return tests;
    }
}
