package io.jenkins.plugins.perftracker.core.compare;

import java.util.List;

/**
 * One group of a comparison: its sections and a geometric-mean summary per pair of runs.
 *
 * @param name      the group (test.group)
 * @param sections  its sections in order of first appearance
 * @param summaries one summary per pair, in the cells' order
 */
public record GroupComparison(String name, List<Section> sections, List<PairSummary> summaries) {
    public GroupComparison {
        sections = List.copyOf(sections);
        summaries = List.copyOf(summaries);
    }
}
