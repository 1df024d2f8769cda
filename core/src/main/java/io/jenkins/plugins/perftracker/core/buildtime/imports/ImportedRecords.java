package io.jenkins.plugins.perftracker.core.buildtime.imports;

import java.util.ArrayList;
import java.util.List;

import io.jenkins.plugins.perftracker.core.buildtime.BuildMatrix;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecordBuilder;

/**
 * Turns imported files into records of the build that imported them: CSV and XML stages are added to the
 * build's own record; each Travis CI log is a build job of its own ({@code 42.1}, {@code 42.2}, …), with its
 * worker, times and substages, as Buildtime Trend stored Travis jobs.
 */
public final class ImportedRecords {
    private ImportedRecords() {
    }

    /**
     * The job id of a build's record made by the step: the build number, or with a matrix the number and the
     * matrix values ({@code 42.17-linux}), so each cell the step records keeps its own record.
     */
    public static String jobId(final String build, final BuildMatrix matrix) {
        return matrix.isEmpty() ? build : build + "." + matrix.getSummary().replace(' ', '-');
    }

    /** The records: the build's record (with the added stages) first, then one per Travis log. */
    public static List<BuildTimeRecord> of(final BuildTimeRecord build, final List<ImportedTimes> imported) {
        BuildTimeRecordBuilder own = build.toBuilder();
        List<BuildTimeRecord> travis = new ArrayList<>();
        for (ImportedTimes file : imported) {
            if ("travis".equals(file.getFormat())) {
                travis.add(travisJob(build, file, travis.size() + 1));
            }
            else {
                own.stages(file.getStages());
            }
        }
        List<BuildTimeRecord> records = new ArrayList<>();
        records.add(own.build());
        records.addAll(travis);
        return records;
    }

    private static BuildTimeRecord travisJob(final BuildTimeRecord build, final ImportedTimes log, final int n) {
        BuildTimeRecordBuilder job = BuildTimeRecord.builder().repo(build.getRepo()).build(build.getBuild()).job(build.getJob() + "." + n)
                .branch(build.getBranch()).ciPlatform("travis").result(build.getResult()).trigger(build.getTrigger())
                .matrix(build.getMatrix()).agent(log.getWorker() != null ? log.getWorker() : build.getAgent())
                .finishedAt(log.getFinishedAt() != null ? log.getFinishedAt() : build.getFinishedAt())
                .stages(log.getStages());
        if (log.getStartedAt() != null && log.getFinishedAt() != null) {
            job.startedAt(log.getStartedAt());
        }
        if (log.getDuration() != null) {
            job.duration(log.getDuration());
        }
        return job.build();
    }
}
