package io.jenkins.plugins.perftracker.core.stats;

import java.util.Random;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import static org.assertj.core.api.Assertions.*;

class PValueAdjustmentTest {
    /** The 15 p-values of Benjamini &amp; Hochberg (1995), section 4: at q = 0.05 the first four are rejected. */
    private static final double[] BH_1995 = {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459,
            0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.000};

    @Test
    void shouldRejectWhatBenjaminiAndHochbergRejected() {
        double[] adjusted = PValueAdjustment.benjaminiHochberg(BH_1995);

        // scipy 1.17 false_discovery_control(p) (= R p.adjust "BH")
        assertThat(adjusted).containsExactly(new double[] {0.0015, 0.003, 0.0095, 0.035625, 0.0603,
                0.06385714285714286, 0.06385714285714286, 0.0645, 0.0765, 0.486, 0.5811818181818181, 0.714875,
                0.7532307692307693, 0.8132142857142857, 1.0}, within(1e-12));
        assertThat(java.util.Arrays.stream(adjusted).filter(p -> p <= 0.05).count()).isEqualTo(4);
    }

    @Test
    void shouldAdjustLikeHolm() {
        // by hand: sorted p times (m - i + 1) = 0.05, 0.08, 0.09, 0.08, 0.05, then the running maximum
        assertThat(PValueAdjustment.holm(new double[] {0.04, 0.01, 0.05, 0.02, 0.03}))
                .containsExactly(new double[] {0.09, 0.05, 0.09, 0.08, 0.09}, within(1e-12));
        // Bonferroni's cap: 0.3 * 4 > 1
        assertThat(PValueAdjustment.holm(new double[] {0.3, 0.5, 0.6, 0.9})).containsOnly(1.0);
    }

    @Test
    void shouldIgnoreTestsThatDidNotRun() {
        double[] adjusted = PValueAdjustment.holm(new double[] {0.01, Double.NaN, 0.02});

        assertThat(adjusted[0]).isCloseTo(0.02, within(1e-15));
        assertThat(adjusted[1]).isNaN();
        assertThat(adjusted[2]).isCloseTo(0.02, within(1e-15));
        assertThat(PValueAdjustment.benjaminiHochberg(new double[0])).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> PValueAdjustment.holm(new double[] {1.5}));
    }

    @Property(tries = 300)
    void shouldNeverLowerAPValueAndKeepItsRank(@ForAll final long seed) {
        Random random = new Random(seed);
        double[] p = random.doubles(1 + random.nextInt(50)).map(v -> v * v).toArray();

        double[] bh = PValueAdjustment.benjaminiHochberg(p);
        double[] holm = PValueAdjustment.holm(p);

        for (int i = 0; i < p.length; i++) {
            assertThat(bh[i]).isGreaterThanOrEqualTo(p[i]).isLessThanOrEqualTo(1.0);
            assertThat(holm[i]).isGreaterThanOrEqualTo(bh[i] - 1e-15);
            for (int j = 0; j < p.length; j++) {
                if (p[i] <= p[j]) {
                    assertThat(bh[i]).isLessThanOrEqualTo(bh[j]);
                    assertThat(holm[i]).isLessThanOrEqualTo(holm[j]);
                }
            }
        }
    }

    @Test
    void shouldTakeTheGeometricMean() {
        assertThat(GeometricMeans.of(2, 8)).isCloseTo(4.0, within(1e-12));
        assertThat(GeometricMeans.of(0.5, 2)).isCloseTo(1.0, within(1e-12));
        assertThat(GeometricMeans.of()).isNaN();
        assertThat(GeometricMeans.of(1, 0)).isNaN();
    }
}
