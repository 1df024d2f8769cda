package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;

/**
 * A build job's stage tree next to the median of the same stages (same path of names) in other builds of the
 * job: the build page's table. The first row is the whole job. Durations are seconds, without pauses; the
 * change is this duration − the median, and its percentage of the median (none when the median is 0 or
 * there is no other build with that stage).
 */
public final class StageComparison {
    private static final String WHOLE_JOB = "";

    private StageComparison() {
    }

    /**
     * One row.
     *
     * @param path the stage names from the top, joined with " / "; empty for the whole job
     * @param depth 0 for the whole job, 1 for top-level stages
     * @param name the stage name ("Total" for the whole job)
     * @param status the stage status id, empty for the whole job
     * @param seconds the duration
     * @param pauseSeconds the pause
     * @param medianSeconds the median duration in the other builds, or {@code null} without one
     * @param changeSeconds seconds − median, or {@code null}
     * @param changePercent the change in percent of the median, or {@code null}
     * @param samples how many other builds had this stage
     */
    public record Row(String path, int depth, String name, String status, double seconds, double pauseSeconds,
            Double medianSeconds, Double changeSeconds, Double changePercent, int samples) {
    }

    /** The rows of {@code record} against {@code history} (records of the same build job are ignored). */
    public static List<Row> of(final BuildTimeRecord record, final Collection<BuildTimeRecord> history) {
        Map<String, List<Double>> samples = new HashMap<>();
        for (BuildTimeRecord other : history) {
            if (other.getBuild().equals(record.getBuild()) && other.getJob().equals(record.getJob())) {
                continue;
            }
            samples.computeIfAbsent(WHOLE_JOB, k -> new ArrayList<>()).add(seconds(other.getDuration()));
            for (StageTiming stage : other.getAllStages()) {
                samples.computeIfAbsent(key(stage), k -> new ArrayList<>()).add(seconds(stage.getDuration()));
            }
        }
        List<Row> rows = new ArrayList<>();
        rows.add(row(WHOLE_JOB, 0, "Total", "", seconds(record.getDuration()), 0, samples.get(WHOLE_JOB)));
        for (StageTiming stage : record.getAllStages()) {
            rows.add(row(key(stage), stage.getPath().size(), stage.getName(), stage.getStatus().name(),
                    seconds(stage.getDuration()), seconds(stage.getPause()), samples.get(key(stage))));
        }
        return rows;
    }

    private static Row row(final String path, final int depth, final String name, final String status,
            final double seconds, final double pause, final List<Double> others) {
        if (others == null || others.isEmpty()) {
            return new Row(path, depth, name, status, seconds, pause, null, null, null, 0);
        }
        double median = median(others);
        double change = seconds - median;
        Double percent = median > 0 ? 100 * change / median : null;
        return new Row(path, depth, name, status, seconds, pause, median, change, percent, others.size());
    }

    static double median(final List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String key(final StageTiming stage) {
        return String.join(" / ", stage.getPath());
    }

    private static double seconds(final Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
