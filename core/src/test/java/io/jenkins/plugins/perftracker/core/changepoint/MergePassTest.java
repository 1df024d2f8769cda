package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointOptions.Mode;

import static org.assertj.core.api.Assertions.*;

class MergePassTest {
    private static final double[] TIGERBEETLE = SeriesCsv.column("otava/tigerbeetle.csv", "value");

    @Test
    void shouldDescribeEverySurvivorAgainstItsCurrentNeighbours() {
        var options = new ChangePointOptions(30, 0.2, 0.0, Mode.CALIBRATED);
        var merge = new MergePass(options);

        List<ChangePoint> kept = new ChangePointDetector(options).detect(TIGERBEETLE);

        assertThat(kept).hasSizeGreaterThan(3);
        assertThat(merge.describe(TIGERBEETLE, kept.stream().mapToInt(ChangePoint::index).toArray()))
                .isEqualTo(kept);
    }

    @Test
    void shouldKeepOtavasStaleLeftNeighbourInOtavaMode() {
        var options = new ChangePointOptions(30, 0.2, 0.0, Mode.OTAVA);
        var merge = new MergePass(options);

        List<ChangePoint> kept = new ChangePointDetector(options).detect(TIGERBEETLE);
        List<ChangePoint> fresh = merge.describe(TIGERBEETLE, kept.stream().mapToInt(ChangePoint::index).toArray());

        assertThat(fresh).extracting(ChangePoint::index).isEqualTo(kept.stream().map(ChangePoint::index).toList());
        assertThat(fresh).as("some p-values are stale, as in Otava").isNotEqualTo(kept);
    }

    @Test
    void shouldKeepEverythingThatPassesBothThresholds() {
        double[] z = {1, 1.1, 0.9, 1, 5, 5.1, 4.9, 5, 9, 9.1, 8.9, 9};
        var merge = new MergePass(new ChangePointOptions(50, 0.05, 0.1, Mode.OTAVA));

        List<ChangePoint> weak = merge.describe(z, new int[] {2, 4, 8});

        assertThat(merge.merge(z, weak)).extracting(ChangePoint::index).containsExactly(4, 8);
    }

    @Test
    void shouldRemoveChangePointsSmallerThanTheMinimumMagnitude() {
        double[] z = {100, 100.1, 99.9, 100, 102, 102.1, 101.9, 102, 102.1, 101.9};
        var strict = new MergePass(new ChangePointOptions(50, 0.05, 0.05, Mode.OTAVA));
        var lenient = new MergePass(new ChangePointOptions(50, 0.05, 0.01, Mode.OTAVA));

        assertThat(strict.merge(z, strict.describe(z, new int[] {4}))).isEmpty();
        assertThat(lenient.merge(z, lenient.describe(z, new int[] {4}))).extracting(ChangePoint::index)
                .containsExactly(4);
    }
}
