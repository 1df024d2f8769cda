package io.jenkins.plugins.perftracker.core.ingest.custom;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.kit.Heads;
import io.jenkins.plugins.perftracker.core.ingest.kit.JsonInput;
import io.jenkins.plugins.perftracker.core.ingest.kit.Nodes;
import io.jenkins.plugins.perftracker.core.ingest.kit.TestDraft;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.Unit;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/**
 * github-action-benchmark's custom JSON, {@code [{"name", "value", "unit", "range", "extra"}]}: one test per name
 * (repeated names add samples), tag = name, unit as given, {@code range} ("±0.3%", "+/- 0.306", 3) as the
 * deviation, {@code extra} as the description. The format carries no direction, so it comes from the reader:
 * {@code custom-bigger} and {@code custom-smaller} (chosen by format override, never detected) say it outright;
 * {@code custom}, which detection picks for this shape, takes it from the unit and otherwise assumes smaller is better.
 */
public final class CustomBenchmarkReader implements ResultReader {
    private static final int MAX_EXTRA = 4000;

    /** Where the direction comes from. */
    private enum Mode { BIGGER, SMALLER, BY_UNIT }

    private final Mode mode;

    private CustomBenchmarkReader(final Mode mode) {
        this.mode = mode;
    }

    /** {@code customBiggerIsBetter}: every value is better when higher. */
    public static CustomBenchmarkReader bigger() {
        return new CustomBenchmarkReader(Mode.BIGGER);
    }

    /** {@code customSmallerIsBetter}: every value is better when lower. */
    public static CustomBenchmarkReader smaller() {
        return new CustomBenchmarkReader(Mode.SMALLER);
    }

    /** The detected shape: direction from each unit, smaller is better when the unit does not say. */
    public static CustomBenchmarkReader byUnit() {
        return new CustomBenchmarkReader(Mode.BY_UNIT);
    }

    @Override
    public String id() {
        return switch (mode) {
            case BIGGER -> "custom-bigger";
            case SMALLER -> "custom-smaller";
            case BY_UNIT -> "custom";
        };
    }

    @Override
    public String displayName() {
        return switch (mode) {
            case BIGGER -> "github-action-benchmark custom JSON (bigger is better)";
            case SMALLER -> "github-action-benchmark custom JSON (smaller is better)";
            case BY_UNIT -> "github-action-benchmark custom JSON (direction from the unit)";
        };
    }

    @Override
    public boolean detect(final Path file, final String head) {
        return mode == Mode.BY_UNIT && Heads.firstChar(head) == '['
                && Heads.containsAll(head, Heads.key("name"), Heads.key("value"), Heads.key("unit"))
                && !head.contains(Heads.key("primaryMetric"));
    }

    @Override
    public PerfRun read(final Path file) throws IOException, ResultFormatException {
        return JsonInput.read(file, this::parse);
    }

    private PerfRun parse(final JsonInput in) throws IOException, ResultFormatException {
        in.begin(JsonToken.START_ARRAY, "an array [{\"name\": …, \"value\": …, \"unit\": …}]");
        Nodes nodes = new Nodes(in.file());
        PerfRunBuilder run = PerfRun.builder();
        int index = 0;
        for (JsonNode entry = in.nextElement(); entry != null; entry = in.nextElement()) {
            String path = "$[" + index++ + "]";
            addEntry(run, nodes, nodes.object(entry, path), path);
        }
        return run.build();
    }

    private void addEntry(final PerfRunBuilder run, final Nodes nodes, final JsonNode entry, final String path)
            throws ResultFormatException {
        String name = Nodes.text(entry, "name");
        String unit = Nodes.text(entry, "unit");
        if (name.isBlank() || unit.isBlank()) {
            throw new ResultFormatException(nodes.file(), path + (name.isBlank() ? ".name" : ".unit"),
                    "a non-empty " + (name.isBlank() ? "name" : "unit") + " expected");
        }
        double value = nodes.number(entry, "value", path);
        TestDraft test = TestDraft.of("", name, "", unit, lessIsBetter(unit)).sample(value);
        String range = Nodes.text(entry, "range");
        double deviation = deviation(range, value);
        if (Double.isFinite(deviation) && Double.isFinite(value)) {
            test.builder().deviations(deviation);
        }
        test.attrib("range", range);
        String extra = Nodes.text(entry, "extra");
        test.builder().description(extra.length() > MAX_EXTRA ? extra.substring(0, MAX_EXTRA) + "…" : extra);
        test.addTo(run, nodes.file(), path);
    }

    private boolean lessIsBetter(final String unit) {
        return switch (mode) {
            case BIGGER -> false;
            case SMALLER -> true;
            case BY_UNIT -> Unit.valueOf(unit).getDirection().isLessIsBetter(true);
        };
    }

    /** "±0.32%", "+/- 0.306", "3" or 0.5 as an absolute deviation; NaN when the text is no number. */
    static double deviation(final String range, final double value) {
        String text = range.strip().replaceFirst("^(±|\\+/-|\\+-)\\s*", "");
        boolean percent = text.endsWith("%");
        try {
            double number = Double.parseDouble(percent ? text.substring(0, text.length() - 1).strip() : text);
            return Math.abs(percent ? value * number / 100 : number);
        }
        catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
