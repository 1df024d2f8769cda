package io.jenkins.plugins.perftracker.core.regression;

import java.util.List;
import java.util.Map;

/**
 * A regression tag's view: its summary, the series per group, the count per class for the filter check boxes
 * and the classes shown by default (the degradations, or the first non-empty class when there are none).
 *
 * @param summary        the tag's summary
 * @param groups         groups in key order
 * @param classCounts    the number of series per class, every class present
 * @param shownByDefault the classes whose check boxes start ticked
 */
public record RegressionReport(TagSummary summary, List<GroupTrends> groups, Map<TrendClass, Integer> classCounts,
        List<TrendClass> shownByDefault) {
    public RegressionReport {
        groups = List.copyOf(groups);
        classCounts = Map.copyOf(classCounts);
        shownByDefault = List.copyOf(shownByDefault);
    }
}
