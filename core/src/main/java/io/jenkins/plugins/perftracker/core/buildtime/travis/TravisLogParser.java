package io.jenkins.plugins.perftracker.core.buildtime.travis;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.jenkins.plugins.perftracker.core.buildtime.Agent;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

/**
 * Reads a Travis CI job log as Buildtime Trend's {@code TravisData.parse_job_log_stream()}: on every line that
 * holds {@code travis_}, each marker pattern is searched once, in the seed's order (time end, fold end, fold
 * start, time start, command), and fed to the current {@link TravisSubstage}; a finished substage is kept
 * unless incomplete and a new one begins. Timing tags exist only in logs of jobs started after 2014-08-07.
 */
public final class TravisLogParser {
    /** 2014-08-07T00:00:00Z: Travis added the timing tags then; older jobs are timed from their timestamps. */
    public static final Instant TIMING_TAGS_SINCE = Instant.ofEpochSecond(1_407_369_600L);
    /** Travis itself cut logs at 4 MB; anything far larger is not a job log. */
    public static final long MAX_LOG_CHARS = 64L << 20;
    private static final int MAX_WORKER = 512;

    // (?d): only \n ends a line, so '.' also matches \r as in Python; (?U): Python 3's Unicode \w.
    private static final Pattern TIME_END = Pattern.compile(
            "(?dU)travis_time:end:(.*):start=(\\d+),finish=(\\d+),duration=(\\d+)\\r\\x1b");
    private static final Pattern FOLD_END = Pattern.compile("(?dU)travis_fold:end:(\\w+)\\.(\\d+)\\r\\x1b");
    private static final Pattern FOLD_START = Pattern.compile("(?dU)travis_fold:start:(\\w+)\\.(\\d+)\\r\\x1b");
    private static final Pattern TIME_START = Pattern.compile("(?dU)travis_time:start:(.*)\\r\\x1b\\[0K");
    private static final Pattern COMMAND = Pattern.compile("(?dU)\\$ (.*)\\r");
    private static final Pattern WORKER = Pattern.compile("(?dU)Using worker: (.*):(.*)");

    private final TravisBuildConfig config;
    private final List<StageTiming> stages = new ArrayList<>();
    private TravisSubstage substage = new TravisSubstage();
    private Agent worker;
    private Instant finishedAt;

    private TravisLogParser(final TravisBuildConfig config) {
        this.config = config;
    }

    /**
     * Parses a job log.
     *
     * @param log the log text
     * @param file the log's name, for error messages
     * @param jobStartedAt when the job started; timing tags are read only after {@link #TIMING_TAGS_SINCE}
     * @param config the build config that names unnamed substages
     * @throws ResultFormatException when the log exceeds {@link #MAX_LOG_CHARS}
     */
    public static TravisLog parse(final Reader log, final Path file, final Instant jobStartedAt,
            final TravisBuildConfig config) throws IOException, ResultFormatException {
        return parse(log, file, jobStartedAt, config, MAX_LOG_CHARS);
    }

    static TravisLog parse(final Reader log, final Path file, final Instant jobStartedAt,
            final TravisBuildConfig config, final long maxChars) throws IOException, ResultFormatException {
        return new TravisLogParser(config).read(new LogLines(log, file, maxChars), hasTimingTags(jobStartedAt));
    }

    /** Buildtime Trend's {@code has_timing_tags()}: the job started strictly after 2014-08-07T00:00:00Z. */
    public static boolean hasTimingTags(final Instant jobStartedAt) {
        return jobStartedAt != null && jobStartedAt.isAfter(TIMING_TAGS_SINCE);
    }

    private TravisLog read(final LogLines lines, final boolean timingTags) throws IOException, ResultFormatException {
        for (String line = lines.next(); line != null; line = lines.next()) {
            if (timingTags && line.contains("travis_")) {
                timeTags(line);
            }
            if (line.contains("Using worker:")) {
                worker(line);
            }
        }
        Instant startedAt = stages.stream().map(StageTiming::getStart).filter(s -> s != null).findFirst()
                .orElse(null);
        return new TravisLog(stages, worker, startedAt, finishedAt);
    }

    private void timeTags(final String line) {
        apply(TIME_END, line, m -> substage.endTime(m.group(1), nanos(m.group(2)), nanos(m.group(3)),
                nanos(m.group(4))));
        apply(FOLD_END, line, m -> substage.endStage(m.group(1), m.group(2)));
        apply(FOLD_START, line, m -> substage.startStage(m.group(1), m.group(2)));
        apply(TIME_START, line, m -> substage.startTime(m.group(1)));
        apply(COMMAND, line, m -> substage.command(m.group(1)));
    }

    private void apply(final Pattern pattern, final String line, final Consumer<Matcher> action) {
        Matcher matcher = pattern.matcher(line);
        if (!matcher.find()) {
            return;
        }
        action.accept(matcher);
        if (substage.hasFinished()) {
            if (!substage.hasName() && !substage.getCommand().isEmpty()) {
                substage.name(config.substageName(substage.getCommand()));
            }
            if (!substage.isIncomplete()) {
                stages.add(substage.toStage());
                finishedAt = substage.getFinish() == null ? finishedAt : substage.getFinish();
            }
            substage = new TravisSubstage();
        }
    }

    /** Nanoseconds since the epoch; -1 for digits beyond a long (year 2262), which the substage refuses. */
    private static long nanos(final String digits) {
        try {
            return Long.parseLong(digits);
        }
        catch (NumberFormatException e) {
            return -1;
        }
    }

    private void worker(final String line) {
        Matcher matcher = WORKER.matcher(line);
        if (matcher.find() && !matcher.group(1).isBlank() && matcher.group(1).length() <= MAX_WORKER
                && matcher.group(2).length() <= MAX_WORKER) {
            worker = Agent.of(matcher.group(1), matcher.group(2).strip());
        }
    }
}
