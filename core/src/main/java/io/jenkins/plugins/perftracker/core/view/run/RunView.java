package io.jenkins.plugins.perftracker.core.view.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jenkins.plugins.perftracker.core.model.EnvNode;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.RunCounts;

/**
 * The build page of one run: its details (with only safe links), the environment tree, and the tests by group
 * in PerfTracker's columns. Built per request from the run; the Jelly page only lays it out.
 */
public final class RunView {
    private final PerfRun run;

    public RunView(final PerfRun run) {
        this.run = run;
    }

    public PerfRun getRun() {
        return run;
    }

    public RunCounts getCounts() {
        return run.getCounts();
    }

    public List<SafeLinks.Link> getLinks() {
        return SafeLinks.of(run.getLinks());
    }

    /** The environment tree flattened in display order with each node's depth, for an indented list. */
    public List<EnvRow> getEnvironment() {
        List<EnvRow> rows = new ArrayList<>();
        run.getEnvNodes().forEach(node -> flatten(node, 0, rows));
        return rows;
    }

    private static void flatten(final EnvNode node, final int depth, final List<EnvRow> rows) {
        rows.add(new EnvRow(depth, node, SafeLinks.of(node.getLinks())));
        node.getChildren().forEach(child -> flatten(child, depth + 1, rows));
    }

    /** Tests by group, in the order the run lists them. */
    public Map<String, List<TestRow>> getGroups() {
        Map<String, List<TestRow>> groups = new LinkedHashMap<>();
        List<PerfTest> tests = run.getTests();
        for (int i = 0; i < tests.size(); i++) {
            PerfTest test = tests.get(i);
            groups.computeIfAbsent(test.getGroup(), g -> new ArrayList<>()).add(TestRow.of(i, test));
        }
        return groups;
    }

    /** One test's detail, or null for an index out of range (an untrusted query parameter). */
    public TestDetail getTest(final int index) {
        return index >= 0 && index < run.getTests().size() ? new TestDetail(run.getTests().get(index)) : null;
    }

    /**
     * An environment node with its indentation depth.
     *
     * @param depth 0 for a root node
     * @param node  the node
     * @param links its links, made safe
     */
    public record EnvRow(int depth, EnvNode node, List<SafeLinks.Link> links) {
    }
}
