package io.jenkins.plugins.perftracker.core.ingest.gatling;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.ingest.kit.Json;
import io.jenkins.plugins.perftracker.core.ingest.kit.Nodes;
import io.jenkins.plugins.perftracker.core.ingest.kit.Measures;
import io.jenkins.plugins.perftracker.core.model.InvalidValueException;
import io.jenkins.plugins.perftracker.core.model.Messages;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.PerfTestBuilder;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/**
 * Reads Gatling's {@code js/stats.json}: for the whole simulation ("All Requests") and every request, inside
 * groups too, the response-time statistics and percentiles in ms, the OK/KO request counts and the mean requests
 * per second. Group = request (with its group path), tag = measure, category = statistic. KO requests are errors.
 */
public final class GatlingReader implements ResultReader {
    private static final String RESPONSE_TIME = "response time";
    /** stats.json key → category; the four percentiles are Gatling's configurable ones (50, 75, 95, 99 by default). */
    private static final List<String[]> TIME_STATS = List.of(new String[] {"minResponseTime", "min"},
            new String[] {"maxResponseTime", "max"}, new String[] {"meanResponseTime", "mean"},
            new String[] {"standardDeviation", "stddev"}, new String[] {"percentiles1", "percentiles1"},
            new String[] {"percentiles2", "percentiles2"}, new String[] {"percentiles3", "percentiles3"},
            new String[] {"percentiles4", "percentiles4"});

    @Override
    public String id() {
        return "gatling";
    }

    @Override
    public String displayName() {
        return "Gatling stats.json";
    }

    @Override
    public boolean detect(final Path file, final String head) {
        return head.stripLeading().startsWith("{") && head.contains("\"numberOfRequests\"")
                && head.contains("ResponseTime\"");
    }

    @Override
    public PerfRun read(final Path file) throws IOException, ResultFormatException {
        JsonNode root = Nodes.object(file, Json.tree(file), "$");
        PerfRunBuilder run = PerfRun.builder().title("Gatling");
        try {
            if (root.has("stats")) {
                readNode(file, root, "$", "", run);
            }
            else {
                // global_stats.json: the root's statistics alone
                addStats(file, root, "$", Nodes.textOr(root.get("name"), "All Requests"), run);
            }
            return run.build();
        }
        catch (InvalidValueException e) {
            throw new ResultFormatException(file, "", e.getMessage(), e);
        }
    }

    private static void readNode(final Path file, final JsonNode node, final String path, final String parent,
            final PerfRunBuilder run) throws ResultFormatException {
        String name = Nodes.textOr(node.get("name"), "?");
        boolean root = "$".equals(path);
        String group = root ? name : parent.isEmpty() ? name : parent + " / " + name;
        addStats(file, Nodes.object(file, node.get("stats"), path + ".stats"), path + ".stats", group, run);
        JsonNode contents = node.path("contents");
        for (Iterator<Map.Entry<String, JsonNode>> it = contents.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> child = it.next();
            readNode(file, Nodes.object(file, child.getValue(), path + ".contents['" + child.getKey() + "']"),
                    path + ".contents['" + child.getKey() + "']", root ? "" : group, run);
        }
    }

    private static void addStats(final Path file, final JsonNode stats, final String path, final String group,
            final PerfRunBuilder run) throws ResultFormatException {
        String name = Measures.group(group);
        addRequests(file, stats, path, name, run);
        for (String[] stat : TIME_STATS) {
            // Gatling writes "-" for statistics it could not compute (no OK requests)
            OptionalDouble value = Nodes.optionalNumber(stats.path(stat[0]).get("total"));
            if (value.isPresent() && Double.isFinite(value.getAsDouble())) {
                run.addTest(Measures.single(name, RESPONSE_TIME, stat[1], "ms", true, value.getAsDouble()).build());
            }
        }
        OptionalDouble perSecond = Nodes.optionalNumber(stats.path("meanNumberOfRequestsPerSecond").get("total"));
        if (perSecond.isPresent() && Double.isFinite(perSecond.getAsDouble())) {
            run.addTest(Measures.single(name, "throughput", "mean", "req/s", false, perSecond.getAsDouble()).build());
        }
    }

    private static void addRequests(final Path file, final JsonNode stats, final String path, final String name,
            final PerfRunBuilder run) throws ResultFormatException {
        JsonNode requests = Nodes.object(file, stats.get("numberOfRequests"), path + ".numberOfRequests");
        double ok = Nodes.requireNumber(file, requests.get("ok"), path + ".numberOfRequests.ok");
        double ko = Nodes.requireNumber(file, requests.get("ko"), path + ".numberOfRequests.ko");
        run.addTest(Measures.single(name, "requests", "ok", "count", false, ok).build());
        PerfTestBuilder failed = Measures.single(name, "requests", "ko", "count", true, ko);
        if (ko > 0) {
            failed.errors(Messages.of(List.of((long) ko + " of " + (long) (ok + ko) + " requests failed (KO)")));
        }
        run.addTest(failed.build());
    }
}
