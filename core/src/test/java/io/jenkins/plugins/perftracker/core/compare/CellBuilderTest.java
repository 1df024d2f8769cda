package io.jenkins.plugins.perftracker.core.compare;

import java.util.Random;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import io.jenkins.plugins.perftracker.core.stats.ChangeEstimate;

import static org.assertj.core.api.Assertions.*;

class CellBuilderTest {
    private static final CompareOptions OPTIONS = CompareOptions.defaults();
    private static final ChangeEstimate NONE = ChangeEstimate.none(0.95);

    @Test
    void shouldReportOnlySignificantChangesAboveTheMinimumEffect() {
        assertThat(CellBuilder.decide(OPTIONS, stats(0.05, true), 0.01)).isEqualTo(Outcome.REGRESSED);
        assertThat(CellBuilder.decide(OPTIONS, stats(0.05, false), 0.01)).isEqualTo(Outcome.IMPROVED);
        assertThat(CellBuilder.decide(OPTIONS, stats(0.05, true), 0.05)).isEqualTo(Outcome.UNCHANGED);
        assertThat(CellBuilder.decide(OPTIONS, stats(0.019, true), 0.0001)).isEqualTo(Outcome.UNCHANGED);
        assertThat(CellBuilder.decide(OPTIONS, stats(-0.02, true), 0.0001)).isEqualTo(Outcome.IMPROVED);
        assertThat(CellBuilder.decide(OPTIONS, stats(0.5, true), Double.NaN)).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(CellBuilder.decide(OPTIONS, PairStats.inconclusive("missing in #1", NONE, true), 0.0))
                .isEqualTo(Outcome.INCONCLUSIVE);
    }

    @Test
    void shouldSayWhyASignificantPIsUnchanged() {
        assertThat(CellBuilder.whyUnchanged(OPTIONS, stats(0.019, true), 0.0001)).isEqualTo("|Δ|<2%");
        // significant before the adjustment, not after it
        assertThat(CellBuilder.whyUnchanged(OPTIONS, stats(0.05, true), 0.071)).isEqualTo("BH-adjusted p=0.071");
        PairStats plain = new PairStats(new ChangeEstimate(0.05, 0, 0.1, 0.95), 0.3, 0.3, Method.MANN_WHITNEY, null,
                true, false, "");
        assertThat(CellBuilder.whyUnchanged(OPTIONS, plain, 0.3)).isEmpty();
    }

    @Test
    void shouldJudgeRulesWithoutPByTheirOwnVerdictAndTheMinimumEffect() {
        PairStats apart = new PairStats(new ChangeEstimate(0.5, Double.NaN, Double.NaN, 0.95), Double.NaN,
                Double.NaN, Method.TOOL_ERROR, null, false, true, "JMH");
        PairStats overlap = new PairStats(new ChangeEstimate(0.5, Double.NaN, Double.NaN, 0.95), Double.NaN,
                Double.NaN, Method.THRESHOLD, null, false, false, "10%");
        PairStats tiny = new PairStats(new ChangeEstimate(0.01, Double.NaN, Double.NaN, 0.95), Double.NaN,
                Double.NaN, Method.TOOL_ERROR, null, false, true, "JMH");

        assertThat(CellBuilder.decide(OPTIONS, apart, Double.NaN)).isEqualTo(Outcome.IMPROVED);
        assertThat(apart.decidingP()).isNaN();
        assertThat(CellBuilder.decide(OPTIONS, overlap, Double.NaN)).isEqualTo(Outcome.UNCHANGED);
        assertThat(CellBuilder.decide(OPTIONS, tiny, Double.NaN)).isEqualTo(Outcome.UNCHANGED);
        assertThat(CellBuilder.whyUnchanged(OPTIONS, tiny, Double.NaN)).isEqualTo("|Δ|<2%");
    }

    @Test
    void shouldDecideWithTheTestOfItsMethod() {
        PairStats raw = new PairStats(new ChangeEstimate(0.1, 0, 0.2, 0.95), 0.01, 0.02, Method.MANN_WHITNEY, null,
                true, false, "");
        PairStats summary = new PairStats(new ChangeEstimate(0.1, 0, 0.2, 0.95), Double.NaN, 0.02,
                Method.WELCH_SUMMARY, null, true, false, "Welch");

        assertThat(raw.decidingP()).isEqualTo(0.01);
        assertThat(summary.decidingP()).isEqualTo(0.02);
        assertThat(PairStats.inconclusive("x", NONE, true).decidingP()).isNaN();
    }

    @Test
    void shouldValidateOptions() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CompareOptions(0.05, -0.1, 0.95));
        assertThatIllegalArgumentException().isThrownBy(() -> new CompareOptions(0.05, 0.02, 1))
                .withMessageContaining("confidence");
        assertThat(CompareOptions.defaults().withMinEffect(0.1).minEffect()).isEqualTo(0.1);
    }

    @Property(tries = 200)
    void shouldGiveTheSameLegacyPValueWhenTheSidesSwap(@ForAll final long seed) {
        Random random = new Random(seed);
        double m1 = 1 + 100 * random.nextDouble();
        double m2 = 1 + 100 * random.nextDouble();
        double s1 = 10 * random.nextDouble();
        double s2 = 10 * random.nextDouble();
        int n1 = 1 + random.nextInt(20);
        int n2 = 1 + random.nextInt(20);

        double forward = PerfTrackerLegacy.pValue(m1, s1, n1, m2, s2, n2);
        double backward = PerfTrackerLegacy.pValue(m2, s2, n2, m1, s1, n1);

        if (Double.isNaN(forward)) {
            assertThat(backward).isNaN();
        }
        else {
            assertThat(backward).isCloseTo(forward, within(1e-12));
        }
    }

    private static PairStats stats(final double change, final boolean lessIsBetter) {
        return new PairStats(new ChangeEstimate(change, change, change, 0.95), 0.001, 0.001, Method.MANN_WHITNEY,
                null, lessIsBetter, false, "");
    }
}
