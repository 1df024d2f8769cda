package io.jenkins.plugins.perftracker.core.ingest.gotestjson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.gobench.GoBenchParser;
import io.jenkins.plugins.perftracker.core.ingest.kit.Heads;
import io.jenkins.plugins.perftracker.core.ingest.kit.Json;
import io.jenkins.plugins.perftracker.core.ingest.kit.LineInput;
import io.jenkins.plugins.perftracker.core.ingest.kit.Nodes;
import io.jenkins.plugins.perftracker.core.model.PerfRun;

/**
 * {@code go test -json -bench}: one JSON event per line (test2json). The {@code Output} of each package's
 * {@code output} events is joined (newer Go versions split a result line over several events) and read with the
 * same rules as the text format; the event's {@code Package} is the group unless a {@code pkg:} line says otherwise.
 * Lines are read bounded ({@link LineInput}); an event line longer than that is refused with its line number.
 */
public final class GoTestJsonReader implements ResultReader {
    private static final int MAX_PENDING = 1 << 16;

    @Override
    public String id() {
        return "gotest-json";
    }

    @Override
    public String displayName() {
        return "go test -json";
    }

    @Override
    public boolean detect(final Path file, final String head) {
        return Heads.firstChar(head) == '{' && head.contains(Heads.key("Action"))
                && Heads.containsAny(head, Heads.key("Output"), Heads.key("Package"));
    }

    @Override
    public PerfRun read(final Path file) throws IOException, ResultFormatException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file, in);
        }
    }

    /** Reads from a stream; {@code file} names it in messages. */
    public PerfRun read(final Path file, final InputStream in) throws IOException, ResultFormatException {
        GoBenchParser parser = new GoBenchParser(file);
        Map<String, StringBuilder> pending = new LinkedHashMap<>();
        int lines = feed(file, in, parser, pending);
        if (lines == 0) {
            throw new ResultFormatException(file, "", "empty file: go test -json events expected");
        }
        for (Map.Entry<String, StringBuilder> rest : pending.entrySet()) {
            flush(parser, rest.getKey(), rest.getValue().append('\n'), "line " + lines);
        }
        PerfRun run = parser.finish("line " + lines);
        if (run.getTests().isEmpty()) {
            throw new ResultFormatException(file, "", "no benchmark result in the output of " + lines
                    + " event(s); was the test run with -bench?");
        }
        return run;
    }

    /** Reads the events one line at a time; returns how many lines there were. */
    private static int feed(final Path file, final InputStream in, final GoBenchParser parser,
            final Map<String, StringBuilder> pending) throws IOException, ResultFormatException {
        try (LineInput lines = LineInput.of(in)) {
            for (String line = lines.next(); line != null; line = lines.next()) {
                String location = "line " + lines.number();
                if (lines.wasCut()) {
                    throw new ResultFormatException(file, location, "an event line of at most " + lines.max()
                            + " characters expected but this one is longer");
                }
                if (!line.isBlank()) {
                    event(file, parser, pending, Json.tree(file, line, location), location);
                }
            }
            return lines.number();
        }
    }

    private static void event(final Path file, final GoBenchParser parser, final Map<String, StringBuilder> pending,
            final JsonNode event, final String location) throws ResultFormatException {
        if (!event.isObject()) {
            throw new ResultFormatException(file, location, "a test2json event object expected");
        }
        if ("output".equals(Nodes.text(event, "Action"))) {
            String pkg = Nodes.text(event, "Package");
            StringBuilder buffer = pending.computeIfAbsent(pkg, k -> new StringBuilder());
            buffer.append(Nodes.text(event, "Output"));
            if (buffer.length() > MAX_PENDING) {
                buffer.append('\n');
            }
            flush(parser, pkg, buffer, location);
        }
    }

    /** Hands every complete line of a package's output to the parser, keeping a partial last line. */
    private static void flush(final GoBenchParser parser, final String pkg, final StringBuilder buffer,
            final String location) throws ResultFormatException {
        int end = buffer.lastIndexOf("\n");
        if (end < 0) {
            return;
        }
        parser.config("pkg", pkg);
        for (String line : buffer.substring(0, end).split("\n", -1)) {
            parser.line(line, location + " (output of " + pkg + ")");
        }
        buffer.delete(0, end + 1);
    }
}
