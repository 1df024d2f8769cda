package io.jenkins.plugins.perftracker.core.ingest.perftracker;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.jenkins.plugins.perftracker.core.ingest.kit.JsonFields;
import io.jenkins.plugins.perftracker.core.model.EnvNode;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/**
 * Collects a job's fields while the reader streams through the file: tests go straight into the run builder,
 * the small job-level fields are kept until the end and then applied with PerfTracker's names.
 */
final class JobAssembler {
    /** The job-level fields PerfTracker reads; others are skipped unread. */
    static final Set<String> FIELDS = Set.of("uuid", "project_name", "job_title", "title", "cmdline", "suite_name",
            "suite_ver", "author", "product_name", "product_ver", "regression_tag", "begin", "end", "duration",
            "append", "is_edited", "links", "env_nodes");

    private final PerfRunBuilder run;
    private final ObjectNode jobFields = JsonNodeFactory.instance.objectNode();
    private int testLine;

    JobAssembler(final PerfRunBuilder run) {
        this.run = run;
    }

    void field(final String name, final JsonNode value) {
        testLine = 0;
        jobFields.set(name, value);
    }

    void startTest(final int line) {
        testLine = line;
    }

    void test(final JsonFields test) {
        run.addTest(PerfTrackerFields.test(test));
        testLine = 0;
    }

    /** Where in the file the problem is, for tests whose JSON path alone is hard to find. */
    String where() {
        return testLine > 0 ? " (the test starting on line " + testLine + ")" : "";
    }

    void finish() {
        JsonFields f = new JsonFields(jobFields, "$");
        run.uuid(f.text("uuid")).projectName(f.text("project_name"))
                .title(f.has("job_title") ? f.text("job_title") : f.text("title"))
                .cmdline(f.text("cmdline")).suiteName(f.text("suite_name")).suiteVer(f.text("suite_ver"))
                .author(f.text("author")).productName(f.text("product_name")).productVer(f.text("product_ver"))
                .regressionTag(f.text("regression_tag")).begin(f.time("begin")).end(f.time("end"))
                .durationSec(f.number("duration").orElse(0.0)).append(f.bool("append"))
                .edited(f.bool("is_edited")).links(f.links("links")).envNodes(envNodes(f));
    }

    private static List<EnvNode> envNodes(final JsonFields f) {
        List<EnvNode> nodes = new ArrayList<>();
        JsonNode list = f.get("env_nodes");
        if (list != null && list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                nodes.add(PerfTrackerFields.envNode(new JsonFields(list.get(i), "$.env_nodes[" + i + "]")));
            }
        }
        return nodes;
    }
}
