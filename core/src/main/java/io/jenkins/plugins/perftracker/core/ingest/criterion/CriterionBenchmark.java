package io.jenkins.plugins.perftracker.core.ingest.criterion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.kit.Json;
import io.jenkins.plugins.perftracker.core.ingest.kit.Nodes;
import io.jenkins.plugins.perftracker.core.ingest.kit.TestDraft;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/**
 * One Criterion.rs benchmark directory ({@code …/new}) read into a test. Errors name the tree the user gave as the
 * file and the inner file with its JSON path as the location ({@code Fibonacci/Recursive/new/sample.json $.iters[3]}).
 */
final class CriterionBenchmark {
    private static final long MAX_FILE = 16L << 20;
    private static final String[][] ESTIMATES = {{"mean", "Mean"}, {"median", "Median"}, {"std_dev", "StdDev"},
        {"median_abs_dev", "MedianAbsDev"}, {"slope", "Slope"}};

    private final Path input;
    private final Path root;
    private final Path dir;
    private final Nodes nodes;

    CriterionBenchmark(final Path input, final Path root, final Path dir) {
        this.input = input;
        this.root = root;
        this.dir = dir;
        this.nodes = new Nodes(input);
    }

    void addTo(final PerfRunBuilder run) throws IOException, ResultFormatException {
        JsonNode benchmark = nodes.object(json("benchmark.json"), where("benchmark.json", "$"));
        String function = Nodes.text(benchmark, "function_id");
        TestDraft test = TestDraft.of(Nodes.text(benchmark, "group_id"),
                function.isEmpty() ? Nodes.text(benchmark, "full_id") : function,
                Nodes.text(benchmark, "value_str"), "ns", true);
        JsonNode estimates = Files.exists(dir.resolve("estimates.json")) ? json("estimates.json") : null;
        addSamples(test, estimates);
        for (String[] names : ESTIMATES) {
            test.attrib(names[0], estimates == null ? null : Nodes.text(point(estimates, names), "point_estimate"));
        }
        Nodes.scalars(benchmark.get("throughput")).forEach((k, v) -> test.attrib("throughput." + k, v));
        test.builder().description(Nodes.text(benchmark, "full_id"));
        test.addTo(run, input, where("benchmark.json", "$"));
    }

    /** The per-iteration times of sample.json, or else the mean estimate. */
    private void addSamples(final TestDraft test, final JsonNode estimates) throws IOException, ResultFormatException {
        if (Files.exists(dir.resolve("sample.json"))) {
            addTimes(test, json("sample.json"));
        }
        else if (estimates != null) {
            test.sample(nodes.number(point(estimates, ESTIMATES[0]).get("point_estimate"),
                    where("estimates.json", "$.mean"))).warning("no new/sample.json: the sample is the mean estimate");
        }
        else {
            throw new ResultFormatException(input, where("", ""),
                    "new/sample.json or new/estimates.json expected next to benchmark.json");
        }
    }

    /** {@code times[i] / iters[i]}, from the object layout (0.3+) or the older pair of arrays. */
    private void addTimes(final TestDraft test, final JsonNode sample) throws ResultFormatException {
        boolean old = sample.isArray();
        JsonNode iters = old ? sample.path(0) : sample.path("iters");
        JsonNode times = old ? sample.path(1) : sample.path("times");
        if (!iters.isArray() || !times.isArray() || iters.size() != times.size()) {
            throw new ResultFormatException(input, where("sample.json", "$"),
                    "arrays 'iters' and 'times' of equal length expected");
        }
        for (int i = 0; i < iters.size(); i++) {
            double count = nodes.number(iters.get(i), where("sample.json", "$.iters[" + i + "]"));
            if (!(count > 0)) {
                throw new ResultFormatException(input, where("sample.json", "$.iters[" + i + "]"),
                        "a positive iteration count expected but was " + count);
            }
            test.sample(nodes.number(times.get(i), where("sample.json", "$.times[" + i + "]")) / count);
        }
    }

    /** An estimate under its current name or the older capitalised one. */
    private static JsonNode point(final JsonNode estimates, final String[] names) {
        return estimates.has(names[0]) ? estimates.path(names[0]) : estimates.path(names[1]);
    }

    private JsonNode json(final String name) throws IOException, ResultFormatException {
        Path file = dir.resolve(name);
        if (Files.size(file) > MAX_FILE) {
            throw new ResultFormatException(input, where(name, ""), "at most " + MAX_FILE + " bytes expected");
        }
        return Json.tree(input, Files.readString(file, StandardCharsets.UTF_8), where(name, ""));
    }

    /** A location inside the tree: the inner file relative to what the user gave, then the JSON path. */
    private String where(final String name, final String jsonPath) {
        String file = root.relativize(dir.resolve(name)).toString();
        return jsonPath.isEmpty() ? file : file + " " + jsonPath;
    }
}
