package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One series of a chart: its name, its colour (hex, or {@code null}) and one value per X label. */
public record SeriesModel(String name, String colour, List<Double> values) {
    public SeriesModel {
        // not List.copyOf: a missing average is null and must stay null
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }
}
