package io.jenkins.plugins.perftracker.core.ingest.hyperfine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.kit.Heads;
import io.jenkins.plugins.perftracker.core.ingest.kit.JsonInput;
import io.jenkins.plugins.perftracker.core.ingest.kit.Nodes;
import io.jenkins.plugins.perftracker.core.ingest.kit.TestDraft;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/**
 * hyperfine's {@code --export-json}: one test per command. Tag is the command (or its {@code -n} name), category
 * the {@code parameters} of a {@code -P}/{@code -L} scan ("threads=4"); samples are {@code times} in seconds.
 * Runs that exited non-zero (kept by {@code -i}) make the test FAILED with one message per exit code. Peak memory
 * ({@code memory_usage_byte}, hyperfine 1.17+) is a test of its own, tag "command (peak memory)", unit B.
 */
public final class HyperfineReader implements ResultReader {
    private static final String[] STATS = {"mean", "stddev", "median", "user", "system", "min", "max"};

    @Override
    public String id() {
        return "hyperfine";
    }

    @Override
    public String displayName() {
        return "hyperfine JSON";
    }

    @Override
    public boolean detect(final Path file, final String head) {
        return Heads.firstChar(head) == '{' && Heads.containsAll(head, Heads.key("results"), Heads.key("command"))
                && Heads.containsAny(head, Heads.key("times"), Heads.key("exit_codes"), Heads.key("stddev"));
    }

    @Override
    public PerfRun read(final Path file) throws IOException, ResultFormatException {
        return JsonInput.read(file, this::parse);
    }

    private PerfRun parse(final JsonInput in) throws IOException, ResultFormatException {
        in.begin(JsonToken.START_OBJECT, "a hyperfine object {\"results\": [{\"command\": …, \"times\": […]}]}");
        PerfRunBuilder run = PerfRun.builder();
        Nodes nodes = new Nodes(in.file());
        Set<String> seen = in.fields(Map.of("results", f -> in.elements("$.results", "an array of command results",
                (result, path) -> addResult(run, nodes, nodes.object(result, path), path))));
        in.require(seen, "results", "the array of command results");
        return run.build();
    }

    private void addResult(final PerfRunBuilder run, final Nodes nodes, final JsonNode result, final String path)
            throws ResultFormatException {
        String command = Nodes.text(result, "command");
        if (command.isBlank()) {
            throw new ResultFormatException(nodes.file(), path + ".command", "the benchmarked command expected");
        }
        String category = Nodes.scalars(result.get("parameters")).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
        TestDraft time = TestDraft.of("", command, category, "s", true);
        nodes.samples(time, result, "times", path);
        for (String stat : STATS) {
            time.attrib(stat, Nodes.text(result, stat));
        }
        exitCodes(time, nodes, result, path);
        time.builder().cmdline(command);
        time.addTo(run, nodes.file(), path);
        if (result.has("memory_usage_byte")) {
            addMemory(run, nodes, result, command, category, path);
        }
    }

    private static void addMemory(final PerfRunBuilder run, final Nodes nodes, final JsonNode result,
            final String command, final String category, final String path) throws ResultFormatException {
        TestDraft memory = TestDraft.of("", command + " (peak memory)", category, "B", true);
        nodes.samples(memory, result, "memory_usage_byte", path);
        memory.addTo(run, nodes.file(), path);
    }

    private static void exitCodes(final TestDraft test, final Nodes nodes, final JsonNode result, final String path)
            throws ResultFormatException {
        JsonNode codes = result.path("exit_codes");
        Map<Long, Integer> failures = new TreeMap<>();
        for (int i = 0; i < codes.size(); i++) {
            JsonNode code = codes.get(i);
            if (code.isNull()) {
                failures.merge(Long.MIN_VALUE, 1, Integer::sum);
            }
            else {
                long value = (long) nodes.number(code, path + ".exit_codes[" + i + "]");
                if (value != 0) {
                    failures.merge(value, 1, Integer::sum);
                }
            }
        }
        failures.forEach((code, count) -> test.error((code == Long.MIN_VALUE ? "killed by a signal"
                : "exit code " + code) + " in " + count + " of " + codes.size() + " runs"));
    }
}
