package io.jenkins.plugins.perftracker.core.report;

import io.jenkins.plugins.perftracker.core.ingest.FileGlob;
import io.jenkins.plugins.perftracker.core.ingest.IngestProblem;
import io.jenkins.plugins.perftracker.core.ingest.IngestResult;
import io.jenkins.plugins.perftracker.core.ingest.Ingester;
import io.jenkins.plugins.perftracker.core.model.PerfRun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads result files as runs: each input (a file, a directory, or an Ant-style glob) is one run. */
public final class RunLoader {
    private final Ingester ingester;
    private final Path base;
    private final Consumer<String> warnings;

    /**
     * @param base     the directory relative names and globs are taken against
     * @param warnings receives a line per file that could not be read (the run keeps what the others gave)
     */
    public RunLoader(final Ingester ingester, final Path base, final Consumer<String> warnings) {
        this.ingester = ingester;
        this.base = base;
        this.warnings = warnings;
    }

    /** One run per input, in the inputs' order. */
    public List<LoadedRun> load(final List<String> inputs, final Optional<String> format) throws BadInputException {
        List<LoadedRun> runs = new ArrayList<>();
        for (String input : inputs) {
            runs.add(loadMerged(List.of(input), format));
        }
        return runs;
    }

    /** The run that all the inputs give together (used by {@code ingest}). */
    public LoadedRun loadMerged(final List<String> inputs, final Optional<String> format) throws BadInputException {
        String name = String.join(" ", inputs);
        IngestResult result;
        try {
            result = ingester.ingest(base, paths(inputs), format);
        }
        catch (IOException | IllegalArgumentException e) {
            throw new BadInputException(name + ": " + e.getMessage(), e);
        }
        for (IngestProblem problem : result.problems()) {
            warnings.accept(problem.toString());
        }
        if (result.run().getTests().isEmpty()) {
            throw new BadInputException(name + ": no test results found"
                    + (result.hasProblems() ? " (" + result.problems().get(0) + ")" : ""));
        }
        return new LoadedRun(name, result.run());
    }

    private List<Path> paths(final List<String> inputs) throws IOException, BadInputException {
        List<Path> paths = new ArrayList<>();
        for (String input : inputs) {
            Path path = base.resolve(input);
            if (Files.exists(path)) {
                paths.add(path);
                continue;
            }
            if (!input.contains("*") && !input.contains("?")) {
                throw new BadInputException(input + ": no such file or directory");
            }
            List<Path> matches = glob(input);
            if (matches.isEmpty()) {
                throw new BadInputException(input + ": the pattern matches no file");
            }
            paths.addAll(matches);
        }
        return paths;
    }

    /** Expands a glob; its leading directories without wildcards (possibly absolute) become its base. */
    private List<Path> glob(final String pattern) throws IOException {
        String normalised = pattern.replace('\\', '/');
        int wildcard = normalised.length();
        for (char c : new char[] {'*', '?'}) {
            wildcard = normalised.indexOf(c) >= 0 ? Math.min(wildcard, normalised.indexOf(c)) : wildcard;
        }
        int slash = normalised.lastIndexOf('/', wildcard);
        Path root = slash < 0 ? base : base.resolve(normalised.substring(0, slash + 1));
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        return new FileGlob(normalised.substring(slash + 1)).expand(root);
    }

    /** A run and the input it was read from. */
    public record LoadedRun(String source, PerfRun run) {
    }
}
