package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.*;

class BuildDataTest {
    private static final BuildData BUILD = new BuildData(17, 42, -5_000L, false, new int[] {1, 4, 300},
            new double[] {1.5, -0.0, Double.MAX_VALUE}, new float[] {0.25f, 0, Float.MIN_VALUE},
            new long[] {BuildData.countOf(3, Status.SUCCESS), BuildData.countOf(0, Status.SKIPPED),
                    BuildData.countOf(Integer.MAX_VALUE, Status.FAILED)});

    @Test
    void shouldRoundTripABuildRecord() {
        BuildData read = roundTrip(BUILD);

        assertThat(read.seq()).isEqualTo(17);
        assertThat(read.build()).isEqualTo(42);
        assertThat(read.time()).isEqualTo(-5_000L);
        assertThat(read.tombstone()).isFalse();
        assertThat(read.ids()).containsExactly(1, 4, 300);
        assertThat(read.means()).containsExactly(1.5, -0.0, Double.MAX_VALUE);
        assertThat(read.stds()).containsExactly(0.25f, 0, Float.MIN_VALUE);
        assertThat(read.counts()).containsExactly(BUILD.counts());
    }

    @Test
    void shouldRoundTripATombstone() {
        BuildData read = roundTrip(BuildData.tombstone(99, 7));

        assertThat(read.tombstone()).isTrue();
        assertThat(read.seq()).isEqualTo(99);
        assertThat(read.build()).isEqualTo(7);
        assertThat(read.size()).isZero();
    }

    @Test
    void shouldFindSeriesById() {
        assertThat(BUILD.find(4)).isEqualTo(1);
        assertThat(BUILD.find(300)).isEqualTo(2);
        assertThat(BUILD.find(5)).isEqualTo(-1);
        assertThat(BUILD.find(0)).isEqualTo(-1);
    }

    @Test
    void shouldTurnAStoredPointIntoASeriesPoint() {
        assertThat(BUILD.point(0)).isEqualTo(new SeriesPoint(42, -5_000L, 1.5, 0.25, 3, Status.SUCCESS));
        assertThat(BUILD.point(2).n()).isEqualTo(Integer.MAX_VALUE);
        assertThat(BUILD.point(2).status()).isEqualTo(Status.FAILED);
        assertThat(BUILD.withSeq(3).seq()).isEqualTo(3);
    }

    @ParameterizedTest
    @EnumSource(Status.class)
    void shouldKeepEveryStatusNextToTheSampleCount(final Status status) {
        long count = BuildData.countOf(12_345, status);

        SeriesPoint point = BuildData.point(1, 2, 3, 4, count);

        assertThat(point.status()).isEqualTo(status);
        assertThat(point.n()).isEqualTo(12_345);
    }

    @Test
    void shouldRefuseAStatusOrCountThatCannotBe() {
        assertThatIllegalStateException().isThrownBy(() -> BuildData.point(1, 2, 3, 4, 7))
                .withMessageContaining("bad status or sample count 7 in build 1");
        assertThatIllegalStateException().isThrownBy(() -> BuildData.point(1, 2, 3, 4, (1L << 40) << 3));
    }

    @Test
    void shouldRefuseUnknownKindsAndImpossibleSizes() {
        ByteSink kind = new ByteSink(8).put(3).putVarLong(1).putVarLong(1);
        ByteSink size = new ByteSink(8).put(1).putVarLong(1).putVarLong(1).putZigZag(0).putVarLong(1_000_000);

        assertThatIllegalStateException().isThrownBy(() -> decode(kind)).withMessage("unknown record kind 3");
        assertThatIllegalStateException().isThrownBy(() -> decode(size))
                .withMessageContaining("1000000 points cannot fit in 0 bytes");
    }

    private static BuildData roundTrip(final BuildData data) {
        ByteSink sink = new ByteSink(8);
        data.encode(sink);
        return decode(sink);
    }

    private static BuildData decode(final ByteSink sink) {
        return BuildData.decode(new ByteSource(ByteBuffer.wrap(sink.toArray())));
    }
}
