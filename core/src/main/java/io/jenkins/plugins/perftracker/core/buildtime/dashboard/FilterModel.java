package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.List;

/** One filter drop-down: URL parameter, caption, selected value (empty = all) and the values to offer. */
public record FilterModel(String parameter, String caption, String selected, List<String> options) {
    public FilterModel {
        options = List.copyOf(options);
    }
}
