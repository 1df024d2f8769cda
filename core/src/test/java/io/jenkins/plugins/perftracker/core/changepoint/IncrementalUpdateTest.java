package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.Arrays;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointOptions.Mode;

import static org.assertj.core.api.Assertions.*;

class IncrementalUpdateTest {
    @Property(tries = 40)
    void shouldEqualAFullAnalysisAfterEveryNewBuild(@ForAll final long seed, @ForAll final Mode mode,
                                                    @ForAll @IntRange(min = 4, max = 60) final int window) {
        var noise = new Noise(seed);
        double[] values = randomHistory(noise);
        var detector = new ChangePointDetector(ChangePointOptions.defaults().withMode(mode).withWindow(window));

        DetectionState state = detector.analyse(Arrays.copyOf(values, 1));
        for (int n = 2; n <= values.length; n++) {
            double[] prefix = Arrays.copyOf(values, n);
            state = detector.update(state, prefix);
            DetectionState full = detector.analyse(prefix);

            assertThat(state.getChangePoints()).as("length %d", n).isEqualTo(full.getChangePoints());
            assertThat(state.getWeakChangePoints()).as("length %d", n).isEqualTo(full.getWeakChangePoints());
        }
    }

    /** The robust mode's extra passes (rank confirmation, refinement, tail test) on steps and spikes. */
    @Property(tries = 25)
    void shouldEqualAFullAnalysisAfterEveryNewBuildInTheRobustMode(@ForAll final long seed,
                                                                   @ForAll final boolean spiky) {
        var noise = new Noise(seed);
        double[] values = randomHistory(noise);
        for (int i = 0; spiky && i < values.length; i++) {
            values[i] *= noise.nextInt(15) == 0 ? 1.5 : 1;
        }
        var detector = new ChangePointDetector(ChangePointOptions.defaults().withWindow(10 + noise.nextInt(50)));

        DetectionState state = detector.analyse(Arrays.copyOf(values, 1));
        for (int n = 2; n <= values.length; n++) {
            double[] prefix = Arrays.copyOf(values, n);
            state = detector.update(state, prefix);

            assertThat(state.getChangePoints()).as("length %d", n).isEqualTo(detector.detect(prefix));
        }
    }

    @Property(tries = 20)
    void shouldEqualAFullAnalysisAfterSeveralNewBuilds(@ForAll final long seed,
                                                       @ForAll @IntRange(min = 2, max = 30) final int added) {
        double[] values = randomHistory(new Noise(seed));
        var detector = new ChangePointDetector();
        int old = values.length - added;

        DetectionState state = detector.update(detector.analyse(Arrays.copyOf(values, old)), values);

        assertThat(state.getChangePoints()).isEqualTo(detector.detect(values));
    }

    @Test
    void shouldRecomputeEverythingWhenTheHistoryWasRewritten() {
        double[] values = new Noise(9).series(200, 100, 4);
        var detector = new ChangePointDetector();
        DetectionState before = detector.analyse(Arrays.copyOf(values, 150));
        double[] rewritten = values.clone();
        rewritten[10] += 50;

        assertThat(detector.update(before, rewritten).getChangePoints()).isEqualTo(detector.detect(rewritten));
        assertThat(detector.update(before, Arrays.copyOf(values, 100)).getChangePoints())
                .isEqualTo(detector.detect(Arrays.copyOf(values, 100)));
    }

    @Test
    void shouldRecomputeEverythingWhenTheSettingsChanged() {
        double[] values = new Noise(10).series(200, 100, 2);
        DetectionState otava = new ChangePointDetector(ChangePointOptions.otava()).analyse(values);
        var calibrated = new ChangePointDetector();

        DetectionState state = calibrated.update(otava, values);

        assertThat(state.getOptions()).isEqualTo(calibrated.getOptions());
        assertThat(state.getChangePoints()).isEqualTo(calibrated.detect(values));
    }

    @Test
    void shouldHandleAHistoryThatStartsWithMissingValues() {
        double[] values = new Noise(12).series(120, 60, 5);
        values[0] = values[1] = Double.NaN;
        var detector = new ChangePointDetector();
        DetectionState state = detector.analyse(new double[] {Double.NaN});

        for (int n = 2; n <= values.length; n++) {
            state = detector.update(state, Arrays.copyOf(values, n));
        }

        assertThat(state.getChangePoints()).isEqualTo(detector.detect(values)).extracting(ChangePoint::index)
                .containsExactly(60);
        assertThat(state.getLength()).isEqualTo(120);
    }

    /** 60..260 values with up to three steps of 0..6 sigmas and some gaps. */
    private static double[] randomHistory(final Noise noise) {
        int n = 60 + noise.nextInt(200);
        double[] values = noise.stationary(n);
        for (int step = noise.nextInt(4); step > 0; step--) {
            int at = noise.nextInt(n);
            double shift = 0.02 * (noise.nextInt(13) - 6);
            for (int i = at; i < n; i++) {
                values[i] += 100 * shift;
            }
        }
        for (int gap = noise.nextInt(4); gap > 0; gap--) {
            values[noise.nextInt(n)] = Double.NaN;
        }
        return values;
    }
}
