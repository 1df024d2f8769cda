package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class TailTestTest {
    private final TailTest tail = new TailTest(ChangePointOptions.defaults());

    @Test
    void shouldConfirmAClearStepTwoBuildsAfterIt() {
        double[] z = new Noise(51).stationary(102);
        z[100] += 12;
        z[101] += 12;

        ChangePoint found = tail.test(z, 0);

        assertThat(found).isNotNull();
        assertThat(found.index()).isEqualTo(100);
        assertThat(found.pValue()).isLessThan(0.001);
        assertThat(found.meanBefore()).isCloseTo(100, within(1.0));
        assertThat(found.meanAfter()).isCloseTo(112, within(3.0));
    }

    @Test
    void shouldNeverCallASingleNewValueAStep() {
        double[] z = new Noise(52).stationary(102);
        z[101] += 40;
        double[] earlier = Arrays.copyOf(z, 102);
        earlier[100] += 40;
        earlier[101] -= 40;

        assertThat(tail.test(z, 0)).as("the newest value").isNull();
        assertThat(tail.test(earlier, 0)).as("the one before").isNull();
    }

    @Test
    void shouldCompareTheSpreadOfTheNewestValuesWithTheReference() {
        var reference = new SegmentMoments(50, 100, 49 * 4, 2);

        assertThat(TailTest.sameSpread(reference, new SegmentMoments(2, 112, 8, Math.sqrt(8)))).isTrue();
        assertThat(TailTest.sameSpread(reference, new SegmentMoments(2, 120, 800, Math.sqrt(800)))).isFalse();
        assertThat(TailTest.sameSpread(reference, new SegmentMoments(3, 120, 0, 0))).isTrue();
    }

    @Test
    void shouldStayQuietWhenTheReferenceHasOutliers() {
        double[] z = new Noise(53).stationary(102);
        z[100] += 12;
        z[101] += 12;
        z[60] += 30;

        assertThat(tail.test(z, 0)).as("heavy-tailed series: two high values may be two spikes").isNull();
    }

    @Test
    void shouldOnlyCompareWithTheLastSegment() {
        double[] z = new Noise(54).series(60, 20, 10);

        assertThat(tail.test(z, 0)).as("the step is in the reference: not Gaussian").isNull();
        assertThat(tail.test(z, 20)).as("no step after the last change point").isNull();
        assertThat(tail.test(Arrays.copyOf(z, 22), 0)).as("two builds after the step").isNotNull()
                .extracting(ChangePoint::index).isEqualTo(20);
    }

    @Test
    void shouldRarelyFireOnNoise() {
        var noise = new Noise(55);
        int fired = 0;
        for (int i = 0; i < 20_000; i++) {
            fired += tail.test(noise.stationary(60), 0) == null ? 0 : 1;
        }

        assertThat(fired).as("per 20,000 tests at p 0.001").isLessThanOrEqualTo(40);
    }

    @Test
    void shouldTellGaussianValuesFromValuesWithAnOutlier() {
        double[] z = new Noise(56).stationary(50);

        assertThat(TailTest.looksGaussian(z, 0, 50)).isTrue();
        z[7] *= 1.3;
        assertThat(TailTest.looksGaussian(z, 0, 50)).isFalse();
    }
}
