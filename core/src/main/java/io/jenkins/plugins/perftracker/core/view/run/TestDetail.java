package io.jenkins.plugins.perftracker.core.view.run;

import java.util.Arrays;
import java.util.List;

import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.ScoreStats;

/** One test in full: every field, its samples, their summary and a distribution for a small histogram. */
public final class TestDetail {
    private static final int MAX_BINS = 20;

    private final PerfTest test;

    TestDetail(final PerfTest test) {
        this.test = test;
    }

    public PerfTest getTest() {
        return test;
    }

    public ScoreStats getStats() {
        return test.getStats();
    }

    public List<SafeLinks.Link> getLinks() {
        return SafeLinks.of(test.getLinks());
    }

    /** The median of the scores, or NaN without scores. */
    public double getMedian() {
        double[] sorted = test.getScores();
        Arrays.sort(sorted);
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** Equal-width bins over [min, max] (Sturges' rule, at most 20); one bin when all scores are equal. */
    public List<Bin> getDistribution() {
        double[] scores = test.getScores();
        if (scores.length == 0) {
            return List.of();
        }
        double min = test.getStats().getMinScore();
        double max = test.getStats().getMaxScore();
        int bins = max == min ? 1 : Math.min(MAX_BINS, (int) Math.ceil(Math.log(scores.length) / Math.log(2)) + 1);
        int[] counts = new int[bins];
        double width = (max - min) / bins;
        for (double score : scores) {
            counts[bins == 1 ? 0 : Math.min(bins - 1, (int) ((score - min) / width))]++;
        }
        Bin[] result = new Bin[bins];
        for (int i = 0; i < bins; i++) {
            result[i] = new Bin(min + i * width, bins == 1 ? max : min + (i + 1) * width, counts[i]);
        }
        return List.of(result);
    }

    /**
     * One histogram bin.
     *
     * @param from  its lower bound
     * @param to    its upper bound
     * @param count how many scores fall into it
     */
    public record Bin(double from, double to, int count) {
    }
}
