package io.jenkins.plugins.perftracker.core.ingest.gobench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.Unit;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/**
 * The regular-expression parser used before {@link GoBenchParser} scanned lines in place, kept as the oracle its
 * results are compared with ({@link GoBenchParserEquivalenceTest}). The Go benchmark format (proposal 14313, {@code golang.org/x/perf/benchfmt}), one line at a time. Config lines
 * ({@code key: value}) apply to the results after them; result lines
 * ({@code BenchmarkName-8 1000 12.5 ns/op 64 B/op}) give one sample per unit; {@code Unit ns/op better=lower}
 * lines set a unit's direction; {@code --- FAIL: BenchmarkName} marks a benchmark FAILED with the indented lines
 * after it as the message. Shared by the text and the {@code go test -json} readers.
 */
final class RegexGoBenchParser {
    private static final Pattern CONFIG = Pattern.compile("^(\\p{Ll}[^\\s\\p{Lu}:]*):\\s*(.*)$");
    private static final Pattern RESULT = Pattern.compile("^(Benchmark(?!\\p{Ll})\\S*)\\s+(\\S+)(?:\\s+(.*))?$");
    private static final Pattern UNIT = Pattern.compile("^Unit\\s+(\\S+)\\s+(.*)$");
    private static final Pattern FAIL = Pattern.compile("^--- FAIL: (Benchmark\\S*)");
    private static final Pattern PROCS = Pattern.compile("^(.*)-(\\d+)$");

    private final Path file;
    private final Map<String, String> config = new LinkedHashMap<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final Map<String, Boolean> lessIsBetter = new HashMap<>();
    private final Map<List<String>, RegexGoSeries> series = new LinkedHashMap<>();
    private RegexGoSeries failing;

    RegexGoBenchParser(final Path file) {
        this.file = file;
    }

    /** One result, config or unit line; anything else (PASS, ok, logs) is skipped. */
    public void line(final String text, final String location) throws ResultFormatException {
        if (continuesFailure(text)) {
            return;
        }
        Matcher m;
        if ((m = RESULT.matcher(text)).matches()) {
            result(m.group(1), m.group(2), m.group(3), location);
        }
        else if ((m = UNIT.matcher(text)).matches()) {
            unit(m.group(1), m.group(2));
        }
        else if ((m = CONFIG.matcher(text)).matches()) {
            config(m.group(1), m.group(2).strip());
        }
        else if ((m = FAIL.matcher(text)).find()) {
            failing = series(m.group(1), "");
            failing.message(text.strip());
        }
    }

    /** An indented line after {@code --- FAIL} belongs to the failure's message. */
    private boolean continuesFailure(final String text) {
        if (failing != null && (text.startsWith("    ") || text.startsWith("\t"))) {
            failing.message(text.strip());
            return true;
        }
        failing = null;
        return false;
    }

    /** Sets a config value as if a {@code key: value} line said so (the package of a {@code go test -json} event). */
    public void config(final String key, final String value) {
        config.put(key, value);
        attributes.putIfAbsent(key, value);
    }

    private void result(final String name, final String count, final String rest, final String location)
            throws ResultFormatException {
        if (!count.chars().allMatch(Character::isDigit) || count.length() > 18) {
            throw new ResultFormatException(file, location, "an iteration count after " + name
                    + " expected but was '" + count + "'");
        }
        String[] fields = rest == null ? new String[0] : rest.strip().split("\\s+");
        if (fields.length == 0 || fields.length % 2 != 0) {
            throw new ResultFormatException(file, location, "pairs of '<value> <unit>' after the iteration count of "
                    + name + " expected but found " + fields.length + " field(s)");
        }
        for (int i = 0; i < fields.length; i += 2) {
            series(name, fields[i + 1]).add(value(name, fields[i], fields[i + 1], location), Long.parseLong(count));
        }
    }

    private double value(final String name, final String text, final String unit, final String location)
            throws ResultFormatException {
        try {
            return Double.parseDouble(text);
        }
        catch (NumberFormatException e) {
            throw new ResultFormatException(file, location, "a number before unit '" + unit + "' of " + name
                    + " expected but was '" + text + "'", e);
        }
    }

    private void unit(final String unit, final String keys) {
        for (String pair : keys.strip().split("\\s+")) {
            if (pair.equals("better=higher") || pair.equals("better=lower")) {
                lessIsBetter.put(unit, pair.endsWith("lower"));
            }
        }
    }

    private RegexGoSeries series(final String fullName, final String unit) {
        Matcher procs = PROCS.matcher(fullName);
        String name = procs.matches() ? procs.group(1) : fullName;
        String pkg = config.getOrDefault("pkg", "");
        return series.computeIfAbsent(List.of(pkg, name, unit), k -> new RegexGoSeries(pkg, name, unit,
                procs.matches() ? procs.group(2) : "", config));
    }

    /** All series as tests, with the config seen first as run attributes. */
    public PerfRun finish(final String location) throws ResultFormatException {
        PerfRunBuilder run = PerfRun.builder().attributes(attributes);
        for (RegexGoSeries s : series.values()) {
            boolean less = lessIsBetter.getOrDefault(s.unit(), Unit.valueOf(s.unit()).getDirection().isLessIsBetter(true));
            s.finish(less).addTo(run, file, location);
        }
        return run.build();
    }
}
