package io.jenkins.plugins.perftracker.core.verdict;

import java.util.List;

import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.model.Status;
import io.jenkins.plugins.perftracker.core.stats.ChangeEstimate;
import io.jenkins.plugins.perftracker.core.stats.PredictionTest;
import io.jenkins.plugins.perftracker.core.stats.Summary;
import io.jenkins.plugins.perftracker.core.stats.TestResult;
import io.jenkins.plugins.perftracker.core.stats.TwoSampleTests;
import io.jenkins.plugins.perftracker.core.stats.WelchInterval;

/**
 * Tests one series of the new build against its baseline: Welch from summaries against a single baseline
 * build, a prediction test against several (the build is then the unit of replication). The new build's raw
 * samples are used when its run is at hand.
 */
final class SeriesJudge {
    static final String WELCH = "welch-summary";
    static final String PREDICTION = "prediction";

    /** The unadjusted result of one series. */
    record Judgement(Summary newValue, List<SeriesPoint> baseline, ChangeEstimate change, String method,
            double pValue, String note) {
        double baselineMean() {
            return baseline.isEmpty() ? Double.NaN : baseline.stream().mapToDouble(SeriesPoint::mean).average()
                    .orElseThrow();
        }
    }

    private final double confidence;

    SeriesJudge(final double confidence) {
        this.confidence = confidence;
    }

    Judgement judge(final int build, final SeriesPoint point, final PerfTest test, final List<SeriesPoint> baseline) {
        Summary value = newValue(point, test);
        if (value == null) {
            return new Judgement(null, baseline, ChangeEstimate.none(confidence), "", Double.NaN,
                    "no value in build #" + build);
        }
        if (baseline.isEmpty()) {
            return new Judgement(value, baseline, ChangeEstimate.none(confidence), "", Double.NaN, "no baseline");
        }
        if (baseline.size() == 1) {
            return againstOneBuild(value, baseline);
        }
        double[] means = baseline.stream().mapToDouble(SeriesPoint::mean).toArray();
        return new Judgement(value, baseline, PredictionTest.relativeChange(means, value.mean(), confidence),
                PREDICTION, PredictionTest.test(means, value.mean()).pValue(), null);
    }

    private Judgement againstOneBuild(final Summary value, final List<SeriesPoint> baseline) {
        SeriesPoint base = baseline.get(0);
        Summary old = new Summary(base.mean(), base.std(), base.n());
        TestResult result = TwoSampleTests.welch(old, value);
        String note = result.isValid() ? null : "inconclusive: needs ≥ 2 samples";
        return new Judgement(value, baseline, WelchInterval.relativeChange(old, value, confidence), WELCH,
                result.pValue(), note);
    }

    /** Raw samples of the run when they are its samples, else the index summary; null without a value. */
    private static Summary newValue(final SeriesPoint point, final PerfTest test) {
        if (test != null && test.getStatus() == Status.SUCCESS && test.getScoreCount() > 0
                && test.getScoreCount() == test.getSampleCount()) {
            return Summary.of(test.getScores());
        }
        if (point != null && point.hasValue()) {
            return new Summary(point.mean(), point.std(), point.n());
        }
        return null;
    }
}
