package io.jenkins.plugins.perftracker.core.ingest.perftracker;

import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.jenkins.plugins.perftracker.core.model.EnvNode;
import io.jenkins.plugins.perftracker.core.model.Messages;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;

/**
 * Writes a run as the job JSON the PerfTracker server accepts, with perftracker-client's habit of leaving out
 * empty values. Reading the output back gives an equal run.
 */
public final class PerfTrackerJsonWriter {
    private final JsonFactory factory = new JsonFactory();

    public void write(final PerfRun run, final OutputStream out) throws IOException {
        try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            text(g, "uuid", run.getUuid());
            text(g, "project_name", run.getProjectName());
            text(g, "job_title", run.getTitle());
            text(g, "cmdline", run.getCmdline());
            text(g, "suite_name", run.getSuiteName());
            text(g, "suite_ver", run.getSuiteVer());
            text(g, "author", run.getAuthor());
            text(g, "product_name", run.getProductName());
            text(g, "product_ver", run.getProductVer());
            text(g, "regression_tag", run.getRegressionTag());
            time(g, "begin", run.getBegin());
            time(g, "end", run.getEnd());
            number(g, "duration", run.getDurationSec());
            flag(g, "append", run.isAppend());
            flag(g, "is_edited", run.isEdited());
            map(g, "links", run.getLinks());
            envNodes(g, "env_nodes", run.getEnvNodes());
            g.writeArrayFieldStart("tests");
            for (PerfTest test : run.getTests()) {
                test(g, test);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void test(final JsonGenerator g, final PerfTest t) throws IOException {
        g.writeStartObject();
        if (t.getSeqNum() > 0) {
            g.writeNumberField("seq_num", t.getSeqNum());
        }
        text(g, "uuid", t.getUuid());
        g.writeStringField("tag", t.getTag());
        text(g, "group", t.getGroup());
        text(g, "category", t.getCategory());
        text(g, "binary", t.getBinary());
        text(g, "cmdline", t.getCmdline());
        text(g, "description", t.getDescription());
        g.writeStringField("metrics", t.getUnit());
        flag(g, "less_better", t.isLessIsBetter());
        g.writeStringField("status", t.getStatus().name());
        numbers(g, "scores", t.getScores());
        numbers(g, "scores_rejected", t.getScoresRejected());
        numbers(g, "deviations", t.getDeviations());
        numbers(g, "deviations_rejected", t.getDeviationsRejected());
        if (t.getSampleCount() != t.getScoreCount()) {
            g.writeNumberField("samples", t.getSampleCount());
        }
        if (t.getLoops() > 0) {
            g.writeNumberField("loops", t.getLoops());
        }
        number(g, "duration_sec", t.getDurationSec());
        time(g, "begin", t.getBegin());
        time(g, "end", t.getEnd());
        messages(g, "errors", t.getErrors());
        messages(g, "warnings", t.getWarnings());
        map(g, "links", t.getLinks());
        map(g, "attribs", t.getAttribs());
        g.writeEndObject();
    }

    private static void envNodes(final JsonGenerator g, final String field, final List<EnvNode> nodes)
            throws IOException {
        if (nodes.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(field);
        for (EnvNode n : nodes) {
            g.writeStartObject();
            g.writeStringField("name", n.getName());
            text(g, "uuid", n.getUuid());
            text(g, "version", n.getVersion());
            text(g, "node_type", n.getNodeType());
            text(g, "ip", n.getIp());
            text(g, "hostname", n.getHostname());
            text(g, "params", n.getParams());
            number(g, "cpus", n.getCpus());
            text(g, "cpus_topology", n.getCpusTopology());
            number(g, "ram_mb", n.getRamMb());
            number(g, "disk_gb", n.getDiskGb());
            map(g, "links", n.getLinks());
            text(g, "hw_uuid", n.getHwUuid());
            text(g, "model", n.getModel());
            text(g, "serial_num", n.getSerialNum());
            number(g, "numa_nodes", n.getNumaNodes());
            text(g, "ram_info", n.getRamInfo());
            text(g, "cpu_info", n.getCpuInfo());
            envNodes(g, "children", n.getChildren());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void text(final JsonGenerator g, final String field, final String value) throws IOException {
        if (!value.isEmpty()) {
            g.writeStringField(field, value);
        }
    }

    private static void time(final JsonGenerator g, final String field, final OffsetDateTime value)
            throws IOException {
        if (value != null) {
            g.writeStringField(field, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
        }
    }

    private static void number(final JsonGenerator g, final String field, final double value) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            number(g, field, (long) value);
        }
        else {
            g.writeNumberField(field, value);
        }
    }

    private static void number(final JsonGenerator g, final String field, final long value) throws IOException {
        if (value != 0) {
            g.writeNumberField(field, value);
        }
    }

    private static void flag(final JsonGenerator g, final String field, final boolean value) throws IOException {
        if (value) {
            g.writeBooleanField(field, true);
        }
    }

    private static void numbers(final JsonGenerator g, final String field, final double[] values) throws IOException {
        if (values.length > 0) {
            g.writeFieldName(field);
            g.writeArray(values, 0, values.length);
        }
    }

    private static void messages(final JsonGenerator g, final String field, final Messages messages)
            throws IOException {
        if (messages.hasTexts()) {
            g.writeArrayFieldStart(field);
            for (String text : messages.getTexts()) {
                g.writeString(text);
            }
            g.writeEndArray();
        }
        else if (!messages.isEmpty()) {
            g.writeNumberField(field, messages.getCount());
        }
    }

    private static void map(final JsonGenerator g, final String field, final Map<String, String> map)
            throws IOException {
        if (map.isEmpty()) {
            return;
        }
        g.writeObjectFieldStart(field);
        for (Map.Entry<String, String> e : map.entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }
}
