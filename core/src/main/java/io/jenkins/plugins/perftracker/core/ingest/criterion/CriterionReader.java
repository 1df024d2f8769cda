package io.jenkins.plugins.perftracker.core.ingest.criterion;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.kit.Heads;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/**
 * A Criterion.rs tree ({@code target/criterion}, one benchmark's directory, or a {@code new/benchmark.json}):
 * one test per benchmark found as {@code <…>/new/benchmark.json}. Group is {@code group_id}, tag
 * {@code function_id}, category {@code value_str} (the input, "20"); the unit is ns. Samples are the per-iteration
 * times of {@code new/sample.json} ({@code times[i] / iters[i]}, both the 0.3 object and the older array layout);
 * without it the mean of {@code new/estimates.json}. The estimates' point values become attribs.
 */
public final class CriterionReader implements ResultReader {
    private static final int MAX_DEPTH = 8;

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
        Path parent = file.toAbsolutePath().getParent();
        return Heads.firstChar(head) == '{' && Heads.containsAll(head, Heads.key("group_id"), Heads.key("full_id"))
                && parent != null && "new".equals(String.valueOf(parent.getFileName()));
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
        if (Files.isRegularFile(path) && Files.size(path) == 0) {
            throw new ResultFormatException(path, "", "empty file: a Criterion.rs tree or one of its JSON files "
                    + "expected");
        }
        List<Path> found = Files.isDirectory(path) ? benchmarks(path) : List.of(path.toAbsolutePath().getParent());
        if (found.isEmpty()) {
            throw new ResultFormatException(path, "", "a Criterion.rs tree with <benchmark>/new/benchmark.json "
                    + "expected but none was found within " + MAX_DEPTH + " levels");
        }
        PerfRunBuilder run = PerfRun.builder();
        Path root = Files.isDirectory(path) ? path : path.toAbsolutePath().getParent();
        for (Path dir : found) {
            new CriterionBenchmark(path, root, dir).addTo(run);
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
}
