package io.jenkins.plugins.perftracker.core.buildtime.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.jenkins.plugins.perftracker.core.buildtime.StageStatus;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

/**
 * Reads Buildtime Trend's timestamp CSV ({@code "stage1","1396378735"} lines, as {@code timestamp.sh} writes
 * them), as {@code Stages.parse_timestamps()}: each event starts a stage that lasts until the next event; reading
 * stops after an event named end, done, finished or completed (any case). A last open stage ends at the given
 * end time, if any. Unlike the seed, decreasing timestamps are refused rather than stored as zero.
 */
public final class TimestampCsvReader {
    private static final Set<String> END_TAGS = Set.of("end", "done", "finished", "completed");
    private static final int MAX_LINES = 100_000;

    private TimestampCsvReader() {
    }

    /**
     * Reads the stages of one build.
     *
     * @param csv the CSV text
     * @param file the file name, for error messages
     * @param end when the last stage ended if the file has no end event, or {@code null}
     */
    public static List<StageTiming> read(final Reader csv, final Path file, final Instant end)
            throws IOException, ResultFormatException {
        List<Row> rows = rows(new BufferedReader(csv), file);
        List<StageTiming> stages = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (END_TAGS.contains(row.event().toLowerCase(Locale.ROOT))) {
                break;
            }
            if (i + 1 < rows.size()) {
                stages.add(stage(row, rows.get(i + 1).timestamp(), file, rows.get(i + 1).line()));
            }
            else if (end != null) {
                stages.add(stage(row, end, file, row.line()));
            }
        }
        return stages;
    }

    /** One event of the file and the line it is on. */
    private record Row(String event, Instant timestamp, int line) {
    }

    private static List<Row> rows(final BufferedReader reader, final Path file)
            throws IOException, ResultFormatException {
        List<Row> rows = new ArrayList<>();
        int lineNumber = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNumber++;
            if (lineNumber > MAX_LINES) {
                throw new ResultFormatException(file, "line " + lineNumber, "at most " + MAX_LINES + " lines expected");
            }
            if (!line.isBlank()) {
                String[] fields = CsvRow.split(line, file, lineNumber);
                rows.add(new Row(fields[0], timestamp(fields[1], file, lineNumber), lineNumber));
            }
        }
        return rows;
    }

    private static StageTiming stage(final Row row, final Instant end, final Path file, final int line)
            throws ResultFormatException {
        Instant start = row.timestamp();
        if (end.isBefore(start)) {
            throw new ResultFormatException(file, "line " + line, "a timestamp not before the previous one ("
                    + start + ") expected but was " + end);
        }
        return StageTiming.builder(row.event()).start(start).duration(Duration.between(start, end))
                .status(StageStatus.UNKNOWN).build();
    }

    private static Instant timestamp(final String text, final Path file, final int line)
            throws ResultFormatException {
        try {
            BigDecimal seconds = new BigDecimal(text.strip());
            BigDecimal whole = new BigDecimal(seconds.toBigInteger());
            return Instant.ofEpochSecond(whole.longValueExact(), 0).plusNanos(
                    seconds.subtract(whole).movePointRight(9).longValue());
        }
        catch (NumberFormatException | ArithmeticException | java.time.DateTimeException e) {
            throw new ResultFormatException(file, "line " + line + ", column 2",
                    "seconds since the epoch expected but was '" + text + "'");
        }
    }
}
