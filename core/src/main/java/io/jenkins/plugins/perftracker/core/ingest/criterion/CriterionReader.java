package io.jenkins.plugins.perftracker.core.ingest.criterion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.support.Heads;
import io.jenkins.plugins.perftracker.core.ingest.support.JsonInput;
import io.jenkins.plugins.perftracker.core.ingest.support.Nodes;
import io.jenkins.plugins.perftracker.core.ingest.support.TestDraft;
import io.jenkins.plugins.perftracker.core.model.PerfRun;

/**
 * A Criterion.rs tree ({@code target/criterion}, one benchmark's directory, or a {@code new/benchmark.json}):
 * one test per benchmark found as {@code <…>/new/benchmark.json}. Group is {@code group_id}, tag
 * {@code function_id}, category {@code value_str} (the input, "20"); the unit is ns. Samples are the per-iteration
 * times of {@code new/sample.json} ({@code times[i] / iters[i]}, both the 0.3 object and the older array layout);
 * without it the mean of {@code new/estimates.json}. The estimates' point values become attribs.
 */
public final class CriterionReader implements ResultReader {
    private static final int MAX_DEPTH = 8;
    private static final long MAX_FILE = 16L << 20;
    private static final String[][] ESTIMATES = {{"mean", "Mean"}, {"median", "Median"}, {"std_dev", "StdDev"},
        {"median_abs_dev", "MedianAbsDev"}, {"slope", "Slope"}};

    @Override
    public String id() {
        return "criterion";
    }

    @Override
    public String displayName() {
        return "Criterion.rs (target/criterion)";
    }

    @Override
    public boolean detect(final Path file, final String head) {
        return Heads.firstChar(head) == '{' && Heads.containsAll(head, Heads.key("group_id"), Heads.key("full_id"));
    }

    @Override
    public boolean detectDirectory(final Path directory) {
        try {
            return !benchmarks(directory).isEmpty();
        }
        catch (IOException e) {
            return false;
        }
    }

    @Override
    public PerfRun read(final Path path) throws IOException, ResultFormatException {
        List<Path> found = Files.isDirectory(path) ? benchmarks(path) : List.of(path.toAbsolutePath().getParent());
        if (found.isEmpty()) {
            throw new ResultFormatException(path, "", "a Criterion.rs tree with <benchmark>/new/benchmark.json "
                    + "expected but none was found within " + MAX_DEPTH + " levels");
        }
        PerfRun.Builder run = PerfRun.builder();
        Path root = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        for (Path dir : found) {
            new Benchmark(path, root, dir).addTo(run);
        }
        return run.build();
    }

    /** The {@code new} directories holding a benchmark.json, sorted for a stable order. */
    private static List<Path> benchmarks(final Path directory) throws IOException {
        try (Stream<Path> all = Files.walk(directory, MAX_DEPTH)) {
            return all.filter(p -> p.getFileName().toString().equals("benchmark.json"))
                    .map(Path::getParent).filter(p -> p.getFileName().toString().equals("new"))
                    .sorted().toList();
        }
    }

    /** One benchmark directory ({@code …/new}) being read. */
    private static final class Benchmark {
        private final Path input;
        private final Path root;
        private final Path dir;
        private final Nodes nodes;

        Benchmark(final Path input, final Path root, final Path dir) {
            this.input = input;
            this.root = root;
            this.dir = dir;
            this.nodes = new Nodes(input);
        }

        void addTo(final PerfRun.Builder run) throws IOException, ResultFormatException {
            JsonNode benchmark = nodes.object(json("benchmark.json"), where("benchmark.json", "$"));
            String function = Nodes.text(benchmark, "function_id");
            TestDraft test = TestDraft.of(Nodes.text(benchmark, "group_id"),
                    function.isEmpty() ? Nodes.text(benchmark, "full_id") : function,
                    Nodes.text(benchmark, "value_str"), "ns", true);
            JsonNode estimates = Files.exists(dir.resolve("estimates.json")) ? json("estimates.json") : null;
            if (Files.exists(dir.resolve("sample.json"))) {
                addSamples(test, json("sample.json"));
            }
            else if (estimates != null) {
                test.sample(nodes.number(point(estimates, ESTIMATES[0]).get("point_estimate"), where("estimates.json", "$.mean")))
                        .warning("no new/sample.json: the sample is the mean estimate");
            }
            else {
                throw new ResultFormatException(input, where("", ""), "new/sample.json or new/estimates.json "
                        + "expected next to benchmark.json");
            }
            for (String[] names : ESTIMATES) {
                test.attrib(names[0], estimates == null ? null : Nodes.text(point(estimates, names), "point_estimate"));
            }
            Nodes.scalars(benchmark.get("throughput")).forEach((k, v) -> test.attrib("throughput." + k, v));
            test.builder().description(Nodes.text(benchmark, "full_id"));
            test.addTo(run, input, where("benchmark.json", "$"));
        }

        private void addSamples(final TestDraft test, final JsonNode sample) throws ResultFormatException {
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

        private static JsonNode point(final JsonNode estimates, final String[] names) {
            return estimates.has(names[0]) ? estimates.path(names[0]) : estimates.path(names[1]);
        }

        private JsonNode json(final String name) throws IOException, ResultFormatException {
            Path file = dir.resolve(name);
            if (Files.size(file) > MAX_FILE) {
                throw new ResultFormatException(input, where(name, ""), "at most " + MAX_FILE + " bytes expected");
            }
            return JsonInput.tree(input, Files.readString(file, StandardCharsets.UTF_8), where(name, ""));
        }

        /** A location inside the tree: the inner file relative to what the user gave, then the JSON path. */
        private String where(final String name, final String jsonPath) {
            String file = root.relativize(dir.resolve(name)).toString();
            return jsonPath.isEmpty() ? file : file + " " + jsonPath;
        }
    }
}
