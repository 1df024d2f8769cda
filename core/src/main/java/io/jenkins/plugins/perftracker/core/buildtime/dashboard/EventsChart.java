package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * "Total events per project": the seed's sum of the substage count and the counted jobs (or builds, per the
 * count toggle) of each project, as a stacked bar per interval and as a pie.
 */
final class EventsChart {
    private static final String TITLE = "Total events per project";

    private EventsChart() {
    }

    static ChartModel perInterval(final UniqueTable counted, final AverageTable stages, final List<String> labels) {
        List<SeriesModel> series = new ArrayList<>();
        for (String project : projects(counted, stages)) {
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < labels.size(); i++) {
                values.add(counted.count(project, i) + stages.sum(project, i));
            }
            series.add(new SeriesModel(project, null, values));
        }
        return new ChartModel("events-project", 4, TITLE, "stacked-bar", "count", labels, series);
    }

    static ChartModel total(final UniqueTable counted, final AverageTable stages) {
        List<String> projects = new ArrayList<>(projects(counted, stages));
        List<Double> values = new ArrayList<>();
        for (String project : projects) {
            values.add(counted.count(project, 0) + stages.sum(project, 0));
        }
        return new ChartModel("events-project-pie", 4, TITLE, "pie", "count", projects,
                List.of(new SeriesModel("events", null, values)));
    }

    private static Set<String> projects(final UniqueTable counted, final AverageTable stages) {
        Set<String> projects = new TreeSet<>(Fields.NATURAL);
        projects.addAll(counted.groups());
        projects.addAll(stages.groups());
        return projects;
    }
}
