package io.jenkins.plugins.perftracker.core.stats;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import static org.assertj.core.api.Assertions.*;

class SelectionTest {
    @Property(tries = 300)
    void shouldFindEveryOrderStatisticOfASortedCopy(@ForAll final long seed) {
        Random random = new Random(seed);
        double[] values = random.doubles(1 + random.nextInt(200), -3, 3).map(Math::rint).toArray();
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int k = random.nextInt(values.length);

        double selected = Selection.select(values, 0, values.length - 1, k);

        assertThat(selected).isEqualTo(sorted[k]);
        for (int i = 0; i < values.length; i++) {
            if (i < k) {
                assertThat(values[i]).isLessThanOrEqualTo(selected);
            }
            else {
                assertThat(values[i]).isGreaterThanOrEqualTo(selected);
            }
        }
        double[] rearranged = values.clone();
        Arrays.sort(rearranged);
        assertThat(rearranged).containsExactly(sorted);
    }

    @Test
    void shouldStayFastOnManyEqualValues() {
        double[] values = new double[200_000];
        Arrays.fill(values, 7.0);
        values[123] = 1.0;

        assertThat(Selection.select(values, 0, values.length - 1, 0)).isEqualTo(1.0);
        assertThat(Selection.select(values, 0, values.length - 1, values.length / 2)).isEqualTo(7.0);
    }

    @Test
    void shouldSelectInsideASubRange() {
        double[] values = {9, 1, 8, 2, 7, 3};

        assertThat(Selection.select(values, 2, 5, 3)).isEqualTo(3.0);
        assertThat(values[0]).isEqualTo(9.0);
        assertThat(values[1]).isEqualTo(1.0);
    }
}
