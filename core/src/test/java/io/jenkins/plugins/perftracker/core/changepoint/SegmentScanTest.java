package io.jenkins.plugins.perftracker.core.changepoint;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class SegmentScanTest {
    @Test
    void shouldPlaceACleanStepExactly() {
        double[] z = {5, 5, 5, 5, 5, 5, 9, 9, 9, 9};

        assertThat(new SegmentScan(z).best(0, 10)).isEqualTo(6);
        assertThat(new SegmentScan(z).best(3, 10)).as("within a segment").isEqualTo(6);
    }

    @Test
    void shouldKeepTwoValuesEachSide() {
        double[] z = {1, 1, 1, 1, 1, 1, 1, 1, 1, 50};

        assertThat(new SegmentScan(z).best(0, 10)).as("a last spike alone is no step").isEqualTo(8);
        assertThat(new SegmentScan(z).best(0, 3)).isEqualTo(-1);
        assertThat(new SegmentScan(z).best(0, 4)).isEqualTo(2);
    }

    @Test
    void shouldResolveTiesToTheFirstPosition() {
        double[] z = {0, 0, 1, 1, 0, 0, 1, 1};

        assertThat(new SegmentScan(z).best(0, 8)).isEqualTo(2);
    }

    @Test
    void shouldKeepTheDigitsOfLargeLevels() {
        double[] z = new double[200];
        for (int i = 0; i < z.length; i++) {
            z[i] = 1.5e9 + (i >= 120 ? 3 : 0) + (i % 2 == 0 ? 1 : -1);
        }

        assertThat(new SegmentScan(z).best(0, 200)).isEqualTo(120);
    }

    @Test
    void shouldFindAOneSigmaStepNearItsPositionInALongSegment() {
        var noise = new Noise(31);
        int near = 0;
        for (int i = 0; i < 50; i++) {
            int best = new SegmentScan(noise.series(400, 200, 2)).best(0, 400);
            near += Math.abs(best - 200) <= 3 ? 1 : 0;
        }

        assertThat(near).as("2σ steps placed within ±3 of 50").isGreaterThanOrEqualTo(45);
    }
}
