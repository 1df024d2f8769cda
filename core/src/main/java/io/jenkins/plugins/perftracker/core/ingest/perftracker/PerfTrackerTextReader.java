package io.jenkins.plugins.perftracker.core.ingest.perftracker;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.kit.LineInput;
import io.jenkins.plugins.perftracker.core.model.InvalidValueException;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/**
 * pt-suite-uploader's text format: one test per line as {@code key: value;} pairs, for example
 * {@code tag: login; score: 1.7; metrics: sec; less_better: true;}. As in the uploader, a pair needs white space
 * after its colon, unknown keys and lines without a tag are ignored (the format is scraped from command output),
 * and the default unit is loops/sec. A line with a tag must have a score. Lines are read bounded
 * ({@link LineInput}): a longer line is skipped unless it holds a test, which is then refused, as its values
 * would be cut.
 */
public final class PerfTrackerTextReader implements ResultReader {
    private static final Pattern PAIR = Pattern.compile("(\\w+):\\s+(.*)$");
    private static final Pattern DETECT = Pattern.compile("(?m)^\\s*tag:\\s+[^;\\n]+;.*\\bscores?:\\s+\\S");

    @Override
    public String id() {
        return "perftracker-text";
    }

    @Override
    public String displayName() {
        return "PerfTracker text (pt-suite-uploader 'key: value;' lines)";
    }

    @Override
    public boolean detect(final Path file, final String head) {
        return DETECT.matcher(head).find();
    }

    @Override
    public PerfRun read(final Path file) throws IOException, ResultFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file, in);
        }
    }

    /** Reads from a stream; {@code file} names it in messages. */
    public PerfRun read(final Path file, final InputStream in) throws IOException, ResultFormatException {
        PerfRunBuilder run = PerfRun.builder();
        try (LineInput lines = LineInput.of(in)) {
            for (String line = lines.next(); line != null; line = lines.next()) {
                Map<String, String> pairs = pairs(line);
                if (pairs.containsKey("tag")) {
                    if (lines.wasCut()) {
                        throw new ResultFormatException(file, "line " + lines.number(), "a test line of at most "
                                + lines.max() + " characters expected but this one is longer");
                    }
                    addTest(file, lines.number(), pairs, run);
                }
            }
            if (lines.number() == 0) {
                throw new ResultFormatException(file, "", "empty file: 'tag: NAME; score: NUMBER;' lines expected");
            }
        }
        return run.build();
    }

    private static Map<String, String> pairs(final String line) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String part : line.split(";")) {
            Matcher m = PAIR.matcher(part.strip());
            if (m.matches()) {
                pairs.put(m.group(1).toLowerCase(Locale.ROOT), m.group(2));
            }
        }
        return pairs;
    }

    private static void addTest(final Path file, final int line, final Map<String, String> pairs,
            final PerfRunBuilder run) throws ResultFormatException {
        TextLine values = new TextLine(file, line, pairs);
        double[] scores = values.numbers("score", "scores");
        if (scores.length == 0) {
            throw new ResultFormatException(file, "line " + line,
                    "test '" + pairs.get("tag") + "' has no score: 'score: NUMBER;' or 'scores: [N, …];' expected");
        }
        try {
            run.addTest(PerfTest.builder(pairs.get("tag")).scores(scores)
                    .deviations(values.numbers("deviation", "deviations"))
                    .durationSec(values.number("duration_sec")).loops(values.whole("loops"))
                    .errors(values.count("errors")).warnings(values.count("warnings"))
                    .unit(pairs.get("metrics")).cmdline(pairs.get("cmdline")).group(pairs.get("group"))
                    .category(pairs.get("category")).description(pairs.get("description"))
                    .lessIsBetter(values.bool("less_better")).build());
        }
        catch (InvalidValueException e) {
            throw new ResultFormatException(file, "line " + line, e.getMessage(), e);
        }
    }
}
