package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

/** The /stats counters, filled record by record inside the timeframe. */
final class StatsTables {
    private final CountTarget count;
    private final Set<String> repos = new HashSet<>();
    private long jobs;
    private long stageCount;
    private final UniqueTable reposByLanguage;
    private final UniqueTable counted;
    private final UniqueTable countedTotal = new UniqueTable(1);
    private final AverageTable stages;
    private final AverageTable stagesTotal = new AverageTable(1);

    StatsTables(final int buckets, final CountTarget count) {
        this.count = count;
        reposByLanguage = new UniqueTable(buckets);
        counted = new UniqueTable(buckets);
        stages = new AverageTable(buckets);
    }

    void add(final BuildTimeRecord record, final int bucket) {
        int recordStages = record.getStageCount();
        repos.add(record.getRepo());
        jobs++;
        stageCount += recordStages;
        String language = record.getMatrix().getAxes().getOrDefault("language", "");
        reposByLanguage.add(language.isEmpty() ? "unknown" : language, bucket, record.getRepo());
        String key = count == CountTarget.BUILDS ? Fields.buildKey(record) : Fields.jobKey(record);
        counted.add(record.getRepo(), bucket, key);
        countedTotal.add(record.getRepo(), 0, key);
        stages.add(record.getRepo(), bucket, recordStages);
        stagesTotal.add(record.getRepo(), 0, recordStages);
    }

    List<MetricModel> metrics() {
        return List.of(
                new MetricModel("repos", "Unique repos", (double) repos.size(), "", null),
                new MetricModel("events", "Total events", (double) jobs + stageCount, "", null),
                new MetricModel("jobs", "Total build jobs", (double) jobs, "", null),
                new MetricModel("substages", "Total substages", (double) stageCount, "", null));
    }

    List<ChartModel> charts(final List<String> intervals) {
        String perProject = count.getCaption() + " per project";
        return List.of(
                new ChartModel("repos-language", 1, "Unique project repositories", "area", "count", intervals,
                        reposByLanguage.countsPerGroup(g -> null)),
                new ChartModel("count-project", 2, perProject, "bar", "count", intervals,
                        counted.countsPerGroup(g -> null)),
                new ChartModel("count-project-pie", 2, perProject, "pie", "count", countedTotal.groups(),
                        List.of(countedTotal.perGroup(count.id()))),
                new ChartModel("substages-project", 3, "Substages per project", "bar", "count", intervals,
                        stages.sumsPerGroup()),
                new ChartModel("substages-project-pie", 3, "Substages per project", "pie", "count",
                        stagesTotal.groups(), List.of(stagesTotal.perGroup("substages", true))),
                EventsChart.perInterval(counted, stages, intervals),
                EventsChart.total(countedTotal, stagesTotal));
    }
}
