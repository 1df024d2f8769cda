package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointOptions.Mode;

import static org.assertj.core.api.Assertions.*;

class ChangePointDetectorTest {
    @ParameterizedTest
    @EnumSource(Mode.class)
    void shouldFindAClearStepAndDescribeItsSegments(final Mode mode) {
        double[] values = new Noise(1).series(300, 120, 5);
        var detector = new ChangePointDetector(ChangePointOptions.defaults().withMode(mode));

        List<ChangePoint> found = detector.detect(values);

        assertThat(found).singleElement().satisfies(cp -> {
            assertThat(cp.index()).isEqualTo(120);
            assertThat(cp.pValue()).isLessThan(1e-6);
            assertThat(cp.meanBefore()).isCloseTo(mean(values, 0, 120), within(1e-9));
            assertThat(cp.meanAfter()).isCloseTo(mean(values, 120, 300), within(1e-9));
            assertThat(cp.forwardChange()).isCloseTo(cp.meanAfter() / cp.meanBefore() - 1, within(1e-15))
                    .isBetween(0.08, 0.12);
            assertThat(cp.magnitude()).isCloseTo(cp.forwardChange(), within(1e-15));
        });
    }

    @Test
    void shouldFindNothingInShortEmptyOrMissingSeries() {
        var detector = new ChangePointDetector();

        assertThat(detector.detect(new double[0])).isEmpty();
        assertThat(detector.detect(new double[] {5})).isEmpty();
        assertThat(detector.detect(new double[] {Double.NaN, Double.NaN, Double.NaN})).isEmpty();
        assertThat(detector.detect(new double[] {7, 7, 7, 7, 7, 7, 7, 7})).isEmpty();
    }

    @Test
    void shouldForwardFillMissingValues() {
        double[] values = new Noise(2).series(150, 80, 6);
        double[] gaps = values.clone();
        for (int i : new int[] {0, 1, 40, 41, 42, 90, 149}) {
            gaps[i] = Double.NaN;
        }
        double[] filled = gaps.clone();
        filled[0] = values[2];
        filled[1] = values[2];
        filled[40] = filled[41] = filled[42] = values[39];
        filled[90] = values[89];
        filled[149] = values[148];
        var detector = new ChangePointDetector();

        assertThat(detector.detect(gaps)).isEqualTo(detector.detect(filled)).extracting(ChangePoint::index)
                .containsExactly(80);
    }

    @Test
    void shouldRejectInfiniteValuesNamingTheIndex() {
        assertThatIllegalArgumentException().isThrownBy(
                () -> new ChangePointDetector().detect(new double[] {1, 2, Double.POSITIVE_INFINITY}))
                .withMessageContaining("index 2");
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void shouldGiveBitIdenticalResultsOnEveryRun(final Mode mode) {
        double[] values = new Noise(3).series(500, 250, 2);
        var detector = new ChangePointDetector(ChangePointOptions.defaults().withMode(mode));

        DetectionState first = detector.analyse(values);
        DetectionState second = new ChangePointDetector(detector.getOptions()).analyse(values.clone());

        assertThat(second.getChangePoints()).isEqualTo(first.getChangePoints());
        assertThat(second.getWeakChangePoints()).isEqualTo(first.getWeakChangePoints());
    }

    @ParameterizedTest
    @EnumSource(Mode.class)
    void shouldNotDependOnTheUnitOfTheValues(final Mode mode) {
        double[] values = new Noise(4).series(400, 150, 3);
        double[] scaled = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            scaled[i] = values[i] * 1024; // a power of two: exact, so the p-values must match bit for bit
        }
        var detector = new ChangePointDetector(ChangePointOptions.defaults().withMode(mode));

        assertThat(detector.detect(scaled)).extracting(ChangePoint::index, ChangePoint::pValue,
                ChangePoint::forwardChange).isEqualTo(detector.detect(values).stream()
                .map(cp -> tuple(cp.index(), cp.pValue(), cp.forwardChange())).toList());
    }

    @Test
    void shouldAnalyseManySeriesInParallelInTheirOrder() {
        var noise = new Noise(5);
        List<double[]> series = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            series.add(noise.series(200 + i, 50 + i, i % 4));
        }
        var detector = new ChangePointDetector();
        var pool = new ForkJoinPool(3);
        try {
            List<List<ChangePoint>> parallel = detector.detectAll(series, pool);

            assertThat(parallel).isEqualTo(series.stream().map(detector::detect).toList());
            assertThat(detector.detectAll(series)).isEqualTo(parallel);
        }
        finally {
            pool.shutdown();
        }
    }

    @Test
    void shouldDropChangePointsBelowTheMinimumMagnitude() {
        double[] values = new Noise(6).series(300, 150, 4); // an 8% step
        var options = ChangePointOptions.defaults();

        assertThat(new ChangePointDetector(options.withMinMagnitude(0.05)).detect(values)).hasSize(1);
        assertThat(new ChangePointDetector(options.withMinMagnitude(0.0)).detect(values)).hasSize(1);
    }

    private static double mean(final double[] values, final int from, final int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += values[i];
        }
        return sum / (to - from);
    }
}
