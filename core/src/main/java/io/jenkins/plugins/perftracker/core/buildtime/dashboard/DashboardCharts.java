package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.ArrayList;
import java.util.List;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;

/** Charts 1 to 6 of {@code trends.js}, over the filtered records inside the timeframe. */
final class DashboardCharts {
    private final TimeWindow window;
    private final AverageTable stagesPerInterval;
    private final AverageTable stages = new AverageTable(1);
    private final AverageTable perBuild = new AverageTable(1);
    private final AverageTable perJob = new AverageTable(1);
    private final AverageTable perMatrix = new AverageTable(1);
    private final AverageTable perBranch = new AverageTable(1);
    private final UniqueTable buildsPerBranch;
    private final UniqueTable buildsPerBranchTotal = new UniqueTable(1);
    private final UniqueTable results;
    private final UniqueTable jobsPerMatrix = new UniqueTable(1);

    DashboardCharts(final TimeWindow window) {
        this.window = window;
        stagesPerInterval = new AverageTable(window.getBucketCount());
        buildsPerBranch = new UniqueTable(window.getBucketCount());
        results = new UniqueTable(window.getBucketCount());
    }

    void add(final BuildTimeRecord record, final int bucket) {
        for (StageTiming stage : record.getStages()) {
            double seconds = Fields.seconds(stage.getDuration());
            stagesPerInterval.add(stage.getName(), bucket, seconds);
            stages.add(stage.getName(), 0, seconds);
        }
        double seconds = Fields.seconds(record.getDuration());
        // one project's records: job and build ids are unique as they are (Keen filtered by the repo too)
        String buildKey = record.getBuild();
        String jobKey = record.getJob();
        perBuild.add(record.getBuild(), 0, seconds);
        perJob.add(record.getJob(), 0, seconds);
        perMatrix.add(record.getMatrix().getSummary(), 0, seconds);
        perBranch.add(record.getBranch(), 0, seconds);
        buildsPerBranch.add(record.getBranch(), bucket, buildKey);
        buildsPerBranchTotal.add(record.getBranch(), 0, buildKey);
        results.add(record.getResult().id(), bucket, jobKey);
        jobsPerMatrix.add(record.getMatrix().getSummary(), 0, jobKey);
    }

    List<ChartModel> toCharts() {
        List<ChartModel> charts = new ArrayList<>(durationCharts());
        List<String> intervals = window.labels();
        charts.add(new ChartModel("builds-branch", 4, "Builds per branch", "stacked-bar", "count", intervals,
                buildsPerBranch.countsPerGroup(g -> null)));
        charts.add(new ChartModel("builds-branch-pie", 4, "Builds per branch (%)", "pie", "count",
                buildsPerBranchTotal.groups(), List.of(buildsPerBranchTotal.perGroup("builds"))));
        charts.add(new ChartModel("job-results", 5, "Build job results", "stacked-bar", "count", intervals,
                results.countsPerGroup(Colours::ofResult)));
        charts.add(new ChartModel("jobs-matrix", 6, "Build jobs grouped by build matrix parameters", "pie", "count",
                jobsPerMatrix.groups(), List.of(jobsPerMatrix.perGroup("jobs"))));
        return charts;
    }

    /** Panels 1 to 3: stage and job durations. */
    private List<ChartModel> durationCharts() {
        return List.of(
                new ChartModel("stage-duration", 1, "Average build stage duration", "stacked-bar", "seconds",
                        window.labels(), stagesPerInterval.averagesPerGroup(g -> null)),
                stages.categoryChart("stage-fraction", 1, "Average build stage duration (%)", "pie", false),
                perBuild.categoryChart("duration-build", 2, "Total build duration grouped by build ID", "bar", true),
                perJob.categoryChart("duration-job", 2, "Total build job duration grouped by build job ID", "bar",
                        true),
                perMatrix.categoryChart("job-duration-matrix", 3,
                        "Average build job duration grouped by build matrix parameters", "bar", false),
                perBranch.categoryChart("job-duration-branch", 3, "Average build job duration grouped by branch",
                        "bar", false));
    }
}
