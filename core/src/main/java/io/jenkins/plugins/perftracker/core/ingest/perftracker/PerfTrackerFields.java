package io.jenkins.plugins.perftracker.core.ingest.perftracker;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.kit.JsonFieldException;
import io.jenkins.plugins.perftracker.core.ingest.kit.JsonFields;
import io.jenkins.plugins.perftracker.core.model.EnvNode;
import io.jenkins.plugins.perftracker.core.model.InvalidValueException;
import io.jenkins.plugins.perftracker.core.model.Messages;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;
import io.jenkins.plugins.perftracker.core.model.PerfTestBuilder;

/** Maps PerfTracker's upload field names (A2 of the inventory) onto the model's tests and environment nodes. */
final class PerfTrackerFields {
    /** The fields of a test PerfTracker reads; others are skipped unread. */
    static final Set<String> TEST_FIELDS = Set.of("tag", "seq_num", "uuid", "group", "category", "binary", "cmdline",
            "description", "metrics", "less_better", "scores", "score", "scores_rejected", "deviations", "deviation",
            "deviations_rejected", "loops", "duration_sec", "begin", "end", "errors", "warnings", "links", "attribs",
            "samples", "status");

    private PerfTrackerFields() {
    }

    /** A test object; {@code score} (one) or {@code scores} (a list), errors and warnings as a count or a list. */
    static PerfTest test(final JsonFields f) {
        try {
            PerfTestBuilder b = PerfTest.builder(f.text("tag"))
                    .seqNum(f.wholeInt("seq_num")).uuid(f.text("uuid"))
                    .group(f.text("group")).category(f.text("category")).binary(f.text("binary"))
                    .cmdline(f.text("cmdline")).description(f.text("description")).unit(f.text("metrics"))
                    .lessIsBetter(f.bool("less_better"))
                    .scores(f.has("scores") ? f.numbers("scores") : f.numbers("score"))
                    .scoresRejected(f.numbers("scores_rejected"))
                    .deviations(f.has("deviations") ? f.numbers("deviations") : f.numbers("deviation"))
                    .deviationsRejected(f.numbers("deviations_rejected"))
                    .loops(f.wholeNumber("loops")).durationSec(f.number("duration_sec").orElse(0.0))
                    .begin(f.time("begin")).end(f.time("end"))
                    .errors(messages(f, "errors")).warnings(messages(f, "warnings"))
                    .links(f.links("links")).attribs(f.stringMap("attribs"));
            if (f.has("samples")) {
                b.sampleCount(f.wholeInt("samples"));
            }
            if (f.has("status")) {
                b.status(Status.parse(f.path("status"), f.text("status")));
            }
            return b.build();
        }
        catch (InvalidValueException e) {
            throw new JsonFieldException(f.path(e.getField()), e.getMessage().substring(e.getField().length() + 2));
        }
    }

    /** An environment node and its children; credentials the client sends (ssh_user, ssh_password) are dropped. */
    static EnvNode envNode(final JsonFields f) {
        List<EnvNode> children = new ArrayList<>();
        JsonNode list = f.get("children");
        if (list != null && list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                children.add(envNode(new JsonFields(list.get(i), f.path("children") + "[" + i + "]")));
            }
        }
        try {
            return EnvNode.builder(f.text("name")).uuid(f.text("uuid")).version(f.text("version"))
                    .nodeType(f.text("node_type")).ip(f.text("ip")).hostname(f.text("hostname"))
                    .params(f.text("params")).cpus(f.wholeInt("cpus"))
                    .cpusTopology(f.text("cpus_topology")).ramMb(f.wholeNumber("ram_mb"))
                    .diskGb(f.wholeNumber("disk_gb")).links(f.links("links")).hwUuid(f.text("hw_uuid"))
                    .model(f.text("model")).serialNum(f.text("serial_num"))
                    .numaNodes(f.wholeInt("numa_nodes")).ramInfo(f.text("ram_info"))
                    .cpuInfo(f.text("cpu_info")).children(children).build();
        }
        catch (InvalidValueException e) {
            throw new JsonFieldException(f.path(e.getField().replace("env_node.", "")),
                    e.getMessage().substring(e.getField().length() + 2));
        }
    }

    private static Messages messages(final JsonFields f, final String field) {
        JsonNode value = f.get(field);
        if (value != null && value.isArray()) {
            return Messages.of(f.texts(field));
        }
        return Messages.count(f.path(field), f.wholeInt(field));
    }
}
