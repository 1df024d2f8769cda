package io.jenkins.plugins.perftracker.core.ingest;

import java.util.LinkedHashMap;
import java.util.Map;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/** Joins the runs read from several files into one: the first non-empty run-level value wins, tests add up. */
final class RunMerge {
    private RunMerge() {
    }

    static PerfRun merge(final PerfRun first, final PerfRun next) {
        PerfRunBuilder b = first.toBuilder()
                .uuid(pick(first.getUuid(), next.getUuid()))
                .projectName(pick(first.getProjectName(), next.getProjectName()))
                .title(pick(first.getTitle(), next.getTitle()))
                .cmdline(pick(first.getCmdline(), next.getCmdline()))
                .suiteName(pick(first.getSuiteName(), next.getSuiteName()))
                .suiteVer(pick(first.getSuiteVer(), next.getSuiteVer()))
                .author(pick(first.getAuthor(), next.getAuthor()))
                .productName(pick(first.getProductName(), next.getProductName()))
                .productVer(pick(first.getProductVer(), next.getProductVer()))
                .regressionTag(pick(first.getRegressionTag(), next.getRegressionTag()))
                .begin(first.getBegin() == null ? next.getBegin() : first.getBegin())
                .end(first.getEnd() == null ? next.getEnd() : first.getEnd())
                .links(union(first.getLinks(), next.getLinks()))
                .attributes(union(first.getAttributes(), next.getAttributes()));
        if (first.getEnvNodes().isEmpty()) {
            b.envNodes(next.getEnvNodes());
        }
        next.getTests().forEach(b::addTest);
        return b.build();
    }

    private static String pick(final String first, final String next) {
        return first.isEmpty() ? next : first;
    }

    private static Map<String, String> union(final Map<String, String> first, final Map<String, String> next) {
        Map<String, String> all = new LinkedHashMap<>(first);
        next.forEach(all::putIfAbsent);
        return all;
    }
}
