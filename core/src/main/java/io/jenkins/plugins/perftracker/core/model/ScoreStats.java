package io.jenkins.plugins.perftracker.core.model;

/**
 * PerfTracker's derived score values of one test, computed once: avg/min/max of the scores, avg/min/max of
 * the deviations (the population standard deviation of the scores when no deviation was sent, as numpy.std
 * does) and the "±%" columns.
 */
public final class ScoreStats {
    private final double avgScore;
    private final double minScore;
    private final double maxScore;
    private final double avgDev;
    private final double minDev;
    private final double maxDev;

    ScoreStats(final double[] scores, final double[] deviations) {
        avgScore = mean(scores);
        minScore = min(scores);
        maxScore = max(scores);
        if (deviations.length == 0) {
            double std = populationStd(scores, avgScore);
            avgDev = std;
            minDev = std;
            maxDev = std;
        }
        else {
            avgDev = mean(deviations);
            minDev = min(deviations);
            maxDev = max(deviations);
        }
    }

    public double getAvgScore() {
        return avgScore;
    }

    public double getMinScore() {
        return minScore;
    }

    public double getMaxScore() {
        return maxScore;
    }

    public double getAvgDev() {
        return avgDev;
    }

    public double getMinDev() {
        return minDev;
    }

    public double getMaxDev() {
        return maxDev;
    }

    /** round(100·|avg_dev / avg_score|), 0 when the score is 0. */
    public long getAvgPlusMinPercent() {
        return plusMin(avgDev, avgScore);
    }

    public long getMinPlusMinPercent() {
        return plusMin(minDev, minScore);
    }

    public long getMaxPlusMinPercent() {
        return plusMin(maxDev, maxScore);
    }

    private static long plusMin(final double dev, final double score) {
        return score == 0 ? 0 : Math.round(100 * Math.abs(dev / score));
    }

    static double mean(final double[] values) {
        if (values.length == 0) {
            return 0;
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static double min(final double[] values) {
        double min = values.length == 0 ? 0 : Double.POSITIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
        }
        return min;
    }

    private static double max(final double[] values) {
        double max = values.length == 0 ? 0 : Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }

    private static double populationStd(final double[] values, final double mean) {
        if (values.length == 0) {
            return 0;
        }
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / values.length);
    }
}
