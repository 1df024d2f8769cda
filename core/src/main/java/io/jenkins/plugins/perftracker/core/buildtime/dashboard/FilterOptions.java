package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

/**
 * The filter drop-downs: Buildtime Trend's {@code select_unique} of each field over the timeframe, without
 * the other filters, plus the selected value when it is not among them (as the seed added the URL value).
 */
final class FilterOptions {
    private FilterOptions() {
    }

    static List<FilterModel> of(final Collection<BuildTimeRecord> records, final TimeWindow window,
            final DashboardFilter filter) {
        List<BuildTimeRecord> inWindow = new ArrayList<>();
        for (BuildTimeRecord record : records) {
            if (window.contains(record.getFinishedAt())) {
                inWindow.add(record);
            }
        }
        return List.of(
                model("filter_build_matrix", "Build matrix", filter.matrix(), inWindow,
                        r -> r.getMatrix().getSummary()),
                model("filter_build_result", "Build result", filter.result(), inWindow, r -> r.getResult().id()),
                model("filter_build_trigger", "Build trigger", filter.trigger(), inWindow, Fields::trigger),
                model("filter_branch", "Branch", filter.branch(), inWindow, BuildTimeRecord::getBranch),
                model("filter_agent", "Agent", filter.agent(), inWindow, Fields::agent));
    }

    private static FilterModel model(final String parameter, final String caption, final String selected,
            final List<BuildTimeRecord> records, final Function<BuildTimeRecord, String> field) {
        Set<String> distinct = new HashSet<>();
        for (BuildTimeRecord record : records) {
            distinct.add(field.apply(record));
        }
        distinct.add(selected);
        distinct.remove("");
        List<String> options = new ArrayList<>(distinct);
        options.sort(Fields.NATURAL);
        return new FilterModel(parameter, caption, selected, options);
    }
}
