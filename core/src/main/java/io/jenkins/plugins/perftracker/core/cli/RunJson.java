package io.jenkins.plugins.perftracker.core.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.perftracker.core.model.EnvNode;
import io.jenkins.plugins.perftracker.core.model.Messages;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;

import java.time.OffsetDateTime;
import java.util.Map;

/** The normalised run as the {@code ingest --json} schema of docs/cli.md: the run's fields, then its tests. */
final class RunJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private RunJson() {
    }

    static String write(final PerfRun run) {
        ObjectNode json = MAPPER.createObjectNode();
        json.put("title", run.getTitle()).put("projectName", run.getProjectName()).put("uuid", run.getUuid())
                .put("suiteName", run.getSuiteName()).put("suiteVer", run.getSuiteVer())
                .put("productName", run.getProductName()).put("productVer", run.getProductVer())
                .put("regressionTag", run.getRegressionTag()).put("author", run.getAuthor())
                .put("cmdline", run.getCmdline());
        time(json, "begin", run.getBegin());
        time(json, "end", run.getEnd());
        number(json, "durationSec", run.getDuration().toNanos() / 1e9);
        map(json.putObject("links"), run.getLinks());
        map(json.putObject("attributes"), run.getAttributes());
        run.getArtifacts().forEach(json.putArray("artifacts")::add);
        ArrayNode nodes = json.putArray("envNodes");
        run.getEnvNodes().forEach(node -> envNode(nodes.addObject(), node));
        ArrayNode tests = json.putArray("tests");
        run.getTests().forEach(test -> test(tests.addObject(), test));
        return json.toPrettyString();
    }

    private static void test(final ObjectNode json, final PerfTest test) {
        json.put("seqNum", test.getSeqNum()).put("group", test.getGroup()).put("tag", test.getTag())
                .put("category", test.getCategory()).put("unit", test.getUnit())
                .put("lessIsBetter", test.isLessIsBetter()).put("status", test.getStatus().name());
        numbers(json.putArray("samples"), test.getScores());
        numbers(json.putArray("deviations"), test.getDeviations());
        numbers(json.putArray("samplesRejected"), test.getScoresRejected());
        json.put("sampleCount", test.getSampleCount()).put("loops", test.getLoops());
        number(json, "durationSec", test.getDuration().toNanos() / 1e9);
        time(json, "begin", test.getBegin());
        time(json, "end", test.getEnd());
        messages(json.putObject("errors"), test.getErrors());
        messages(json.putObject("warnings"), test.getWarnings());
        json.put("binary", test.getBinary()).put("cmdline", test.getCmdline())
                .put("description", test.getDescription());
        map(json.putObject("links"), test.getLinks());
        map(json.putObject("attribs"), test.getAttribs());
    }

    private static void envNode(final ObjectNode json, final EnvNode node) {
        json.put("name", node.getName()).put("nodeType", node.getNodeType()).put("version", node.getVersion())
                .put("hostname", node.getHostname()).put("ip", node.getIp()).put("cpus", node.getCpus())
                .put("ramMb", node.getRamMb()).put("diskGb", node.getDiskGb());
    }

    private static void messages(final ObjectNode json, final Messages messages) {
        json.put("count", messages.getCount());
        messages.getTexts().forEach(json.putArray("texts")::add);
    }

    private static void numbers(final ArrayNode array, final double[] values) {
        for (double value : values) {
            if (Double.isFinite(value)) {
                array.add(value);
            }
            else {
                array.addNull();
            }
        }
    }

    private static void number(final ObjectNode json, final String name, final double value) {
        if (Double.isFinite(value)) {
            json.put(name, value);
        }
        else {
            json.putNull(name);
        }
    }

    private static void time(final ObjectNode json, final String name, final OffsetDateTime time) {
        if (time == null) {
            json.putNull(name);
        }
        else {
            json.put(name, time.toString());
        }
    }

    private static void map(final ObjectNode json, final Map<String, String> map) {
        new java.util.TreeMap<>(map).forEach(json::put);
    }
}
