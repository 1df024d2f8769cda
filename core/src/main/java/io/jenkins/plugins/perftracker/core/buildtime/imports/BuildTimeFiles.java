package io.jenkins.plugins.perftracker.core.buildtime.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;
import io.jenkins.plugins.perftracker.core.buildtime.format.BuildtimesXml;
import io.jenkins.plugins.perftracker.core.buildtime.format.BuildtimesXmlReader;
import io.jenkins.plugins.perftracker.core.buildtime.format.TimestampCsvReader;
import io.jenkins.plugins.perftracker.core.buildtime.travis.TravisBuildConfig;
import io.jenkins.plugins.perftracker.core.buildtime.travis.TravisLog;
import io.jenkins.plugins.perftracker.core.buildtime.travis.TravisLogParser;
import io.jenkins.plugins.perftracker.core.ingest.FileGlob;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

/**
 * Reads build-time files for the {@code perftrackerBuildTime} step, where they lie (on the agent): Buildtime
 * Trend's timestamp CSV, its buildtimes.xml, and Travis CI job logs. {@code auto} picks the format by
 * extension: {@code .csv}, {@code .xml}, anything else a Travis log.
 */
public final class BuildTimeFiles {
    /** The formats the step accepts. */
    public static final List<String> FORMATS = List.of("auto", "csv", "xml", "travis");

    private BuildTimeFiles() {
    }

    /**
     * Reads every file matching {@code glob} under {@code base}.
     *
     * @param end when the build ends, closing a CSV's last stage when the file has no end event
     * @param logStart when Travis logs were written (their timing tags are read when this is known)
     */
    public static List<ImportedTimes> read(final Path base, final String glob, final String format,
            final Instant end, final Instant logStart) throws IOException, ResultFormatException {
        String chosen = format == null || format.isBlank() ? "auto" : format.strip().toLowerCase(Locale.ROOT);
        if (!FORMATS.contains(chosen)) {
            throw new IllegalArgumentException("format: one of " + String.join(", ", FORMATS)
                    + " expected but was " + format);
        }
        List<ImportedTimes> read = new ArrayList<>();
        for (Path file : new FileGlob(glob).expand(base)) {
            String name = base.relativize(file).toString().replace('\\', '/');
            read.add(readFile(file, name, "auto".equals(chosen) ? byExtension(name) : chosen, end, logStart));
        }
        return read;
    }

    static String byExtension(final String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return "csv";
        }
        return lower.endsWith(".xml") ? "xml" : "travis";
    }

    private static ImportedTimes readFile(final Path file, final String name, final String format,
            final Instant end, final Instant logStart) throws IOException, ResultFormatException {
        switch (format) {
            case "csv":
                try (Reader csv = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    return new ImportedTimes(name, format, TimestampCsvReader.read(csv, Path.of(name), end), null,
                            null, null, null);
                }
            case "xml":
                try (InputStream xml = Files.newInputStream(file)) {
                    return new ImportedTimes(name, format, xmlStages(BuildtimesXmlReader.read(xml, Path.of(name))),
                            null, null, null, null);
                }
            default:
                try (Reader log = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    TravisLog travis = TravisLogParser.parse(log, Path.of(name), logStart, TravisBuildConfig.NONE);
                    return new ImportedTimes(name, format, travis.getStages(), travis.getWorker(),
                            travis.getStartedAt(), travis.getFinishedAt(), travis.getTotalDuration());
                }
        }
    }

    /** Each build of the XML becomes a stage named by its label, with its stages (durations only) inside. */
    static List<StageTiming> xmlStages(final List<BuildtimesXml> builds) {
        List<StageTiming> stages = new ArrayList<>();
        for (BuildtimesXml build : builds) {
            StageTiming.Builder stage = StageTiming.builder(build.getLabel());
            double total = 0;
            for (Map.Entry<String, Double> entry : build.getStages().entrySet()) {
                Duration duration = Duration.ofNanos(Math.round(Math.max(0, entry.getValue()) * 1e9));
                stage.child(StageTiming.builder(entry.getKey()).duration(duration));
                total += Math.max(0, entry.getValue());
            }
            stages.add(stage.duration(Duration.ofNanos(Math.round(total * 1e9))).build());
        }
        return stages;
    }
}
