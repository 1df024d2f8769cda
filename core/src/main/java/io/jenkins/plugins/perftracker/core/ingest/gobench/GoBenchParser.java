package io.jenkins.plugins.perftracker.core.ingest.gobench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;
import io.jenkins.plugins.perftracker.core.model.Unit;

/**
 * The Go benchmark format (proposal 14313, {@code golang.org/x/perf/benchfmt}), one line at a time. Config lines
 * ({@code key: value}) apply to the results after them; result lines
 * ({@code BenchmarkName-8 1000 12.5 ns/op 64 B/op}) give one sample per unit; {@code Unit ns/op better=lower}
 * lines set a unit's direction; {@code --- FAIL: BenchmarkName} marks a benchmark FAILED with the indented lines
 * after it as the message. Shared by the text and the {@code go test -json} readers.
 * Result lines, nearly all of a big file, are scanned by {@link GoResultLine} without regular expressions or a
 * String per field; the rare other lines by the patterns below.
 */
public final class GoBenchParser {
    private static final Pattern CONFIG = Pattern.compile("^(\\p{Ll}[^\\s\\p{Lu}:]*):\\s*(.*)$");
    private static final Pattern UNIT = Pattern.compile("^Unit\\s+(\\S+)\\s+(.*)$");
    private static final Pattern FAIL = Pattern.compile("^--- FAIL: (Benchmark\\S*)");

    private final Path file;
    private final GoResultLine result = new GoResultLine();
    private final GoNames names = new GoNames();
    private final Map<String, String> config = new LinkedHashMap<>();
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final Map<String, Boolean> lessIsBetter = new HashMap<>();
    private final List<GoSeries> series = new ArrayList<>();
    private Map<String, String> configSnapshot;
    private GoSeries failing;
    private String location;
    private int number;

    public GoBenchParser(final Path file) {
        this.file = file;
    }

    /** One result, config or unit line; anything else (PASS, ok, logs) is skipped. */
    public void line(final String text, final String where) throws ResultFormatException {
        location = where;
        scan(text.toCharArray(), text.length());
    }

    /** The same for line {@code lineNumber} of the file, read from {@code chars[0, length)}. */
    void line(final char[] chars, final int length, final int lineNumber) throws ResultFormatException {
        location = null;
        number = lineNumber;
        scan(chars, length);
    }

    private String location() {
        return location == null ? "line " + number : location;
    }

    private void scan(final char[] chars, final int length) throws ResultFormatException {
        if (continuesFailure(chars, length)) {
            return;
        }
        if (result.scan(chars, length)) {
            addResult();
        }
        else if (length > 0 && mayBeOther(chars[0])) {
            other(new String(chars, 0, length));
        }
    }

    /** Whether a line starting with {@code c} can be a Unit, config or FAIL line (a superset; the patterns decide). */
    private static boolean mayBeOther(final char c) {
        return c == 'U' || c == '-' || Character.isLowerCase(c) || Character.isSurrogate(c);
    }

    private void other(final String text) {
        Matcher m;
        if ((m = UNIT.matcher(text)).matches()) {
            unit(m.group(1), m.group(2));
        }
        else if ((m = CONFIG.matcher(text)).matches()) {
            config(m.group(1), m.group(2).strip());
        }
        else if ((m = FAIL.matcher(text)).find()) {
            char[] name = m.group(1).toCharArray();
            failing = series(name, 0, name.length, "");
            failing.message(text.strip());
        }
    }

    /** An indented line after {@code --- FAIL} belongs to the failure's message. */
    private boolean continuesFailure(final char[] chars, final int length) {
        if (failing != null && length > 0 && (chars[0] == '\t'
                || length >= 4 && chars[0] == ' ' && chars[1] == ' ' && chars[2] == ' ' && chars[3] == ' ')) {
            failing.message(new String(chars, 0, length).strip());
            return true;
        }
        failing = null;
        return false;
    }

    /** Sets a config value as if a {@code key: value} line said so (the package of a {@code go test -json} event). */
    public void config(final String key, final String value) {
        config.put(key, value);
        attributes.putIfAbsent(key, value);
        configSnapshot = null;
    }

    private void addResult() throws ResultFormatException {
        char[] chars = result.chars();
        long count = result.count();
        if (count < 0) {
            throw new ResultFormatException(file, location(), "an iteration count after " + result.name()
                    + " expected but was '" + result.countText() + "'");
        }
        int fields = result.fields();
        if (fields == 0 || fields % 2 != 0) {
            throw new ResultFormatException(file, location(), "pairs of '<value> <unit>' after the iteration count of "
                    + result.name() + " expected but found " + fields + " field(s)");
        }
        for (int i = 0; i < fields; i += 2) {
            String unit = names.shared(chars, result.fieldStart(i + 1), result.fieldEnd(i + 1));
            series(chars, result.nameStart(), result.nameEnd(), unit).add(value(i, unit), count);
        }
    }

    private double value(final int field, final String unit) throws ResultFormatException {
        try {
            return GoNumbers.parseDouble(result.chars(), result.fieldStart(field), result.fieldEnd(field));
        }
        catch (NumberFormatException e) {
            throw new ResultFormatException(file, location(), "a number before unit '" + unit + "' of "
                    + result.name() + " expected but was '" + result.field(field) + "'", e);
        }
    }

    private void unit(final String unit, final String keys) {
        for (String pair : keys.strip().split("\\s+")) {
            if (pair.equals("better=higher") || pair.equals("better=lower")) {
                lessIsBetter.put(unit, pair.endsWith("lower"));
            }
        }
    }

    /** The series of a full name ({@code BenchmarkX-8}: name BenchmarkX, procs 8) and unit, added when new. */
    private GoSeries series(final char[] chars, final int from, final int to, final String unit) {
        int procs = GoResultLine.procsSuffix(chars, from, to);
        GoNames.Name name = names.name(config.getOrDefault("pkg", ""), chars, from, procs < 0 ? to : procs);
        GoSeries found = name.series(unit);
        if (found == null) {
            if (configSnapshot == null) {
                configSnapshot = Collections.unmodifiableMap(new LinkedHashMap<>(config));
            }
            found = new GoSeries(name.pkg, name.text, unit, procs < 0 ? "" : names.shared(chars, procs + 1, to),
                    configSnapshot);
            name.add(found);
            series.add(found);
        }
        return found;
    }

    /** All series as tests, with the config seen first as run attributes. */
    public PerfRun finish(final String where) throws ResultFormatException {
        PerfRunBuilder run = PerfRun.builder().attributes(attributes);
        Map<String, Boolean> unitDirections = new HashMap<>(lessIsBetter);
        for (int i = 0; i < series.size(); i++) {
            GoSeries s = series.get(i);
            boolean less = unitDirections.computeIfAbsent(s.unit(),
                    u -> Unit.valueOf(u).getDirection().isLessIsBetter(true));
            s.draft(less).addTo(run, file, where);
            series.set(i, null);
        }
        series.clear();
        return run.build();
    }
}
