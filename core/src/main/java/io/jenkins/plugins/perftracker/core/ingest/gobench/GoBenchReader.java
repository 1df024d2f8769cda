package io.jenkins.plugins.perftracker.core.ingest.gobench;

import java.io.InputStreamReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.kit.BoundedLineReader;
import io.jenkins.plugins.perftracker.core.ingest.kit.Heads;
import io.jenkins.plugins.perftracker.core.model.PerfRun;

/**
 * The text {@code go test -bench} prints (and benchstat reads), streamed line by line. Every unit on a result
 * line is a test: group is the {@code pkg} config, tag the benchmark name without its {@code -GOMAXPROCS} suffix
 * (kept as attrib {@code procs}), category and unit the unit ({@code ns/op}, {@code B/op}, {@code MB/s}, custom
 * ones); repeated lines ({@code -count=N}) are the samples. See {@link GoBenchParser} for the line rules.
 */
public final class GoBenchReader implements ResultReader {
    static final Pattern RESULT_LINE = Pattern.compile("(?m)^Benchmark(?!\\p{Ll})\\S*[ \\t]+\\d+[ \\t]+\\S+[ \\t]+\\S+");
    private static final int MAX_LINE = 1 << 16;

    @Override
    public String id() {
        return "gobench";
    }

    @Override
    public String displayName() {
        return "Go benchmark text (go test -bench)";
    }

    @Override
    public boolean detect(final Path file, final String head) {
        char first = Heads.firstChar(head);
        return first != '{' && first != '[' && first != '<' && RESULT_LINE.matcher(head).find();
    }

    @Override
    public PerfRun read(final Path file) throws IOException, ResultFormatException {
        GoBenchParser parser = new GoBenchParser(file);
        int lines = feed(file, parser);
        if (lines == 0) {
            throw new ResultFormatException(file, "", "empty file: Go benchmark lines expected");
        }
        PerfRun run = parser.finish("line " + lines);
        if (run.getTests().isEmpty()) {
            throw new ResultFormatException(file, "", "no Go benchmark result line "
                    + "('BenchmarkName-8  1000  12.5 ns/op') found in " + lines + " line(s)");
        }
        return run;
    }

    /** Hands every line to the parser; returns how many there were. Lines are bounded ({@link BoundedLineReader}). */
    private static int feed(final Path file, final GoBenchParser parser) throws IOException, ResultFormatException {
        try (BoundedLineReader lines = new BoundedLineReader(new InputStreamReader(Files.newInputStream(file),
                StandardCharsets.UTF_8.newDecoder()), file, MAX_LINE)) {
            while (lines.next()) {
                parser.line(lines.chars(), lines.length(), lines.number());
            }
            return lines.number();
        }
    }
}
