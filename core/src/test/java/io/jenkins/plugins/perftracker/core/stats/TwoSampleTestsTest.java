package io.jenkins.plugins.perftracker.core.stats;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class TwoSampleTestsTest {
    /** Hollander &amp; Wolfe (1973) p. 69, the example of R's {@code ?wilcox.test}: W = 35, p = 0.1272 one-sided. */
    private static final double[] PERMEABILITY_X = {0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46};
    private static final double[] PERMEABILITY_Y = {1.15, 0.88, 0.90, 0.74, 1.21};
    /** The two samples of Wikipedia's "Welch's t-test" examples (t = −2.46, df = 24.9, p = 0.021). */
    private static final double[] A1 = {27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0,
            21.7, 21.4};
    private static final double[] A2 = {27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9,
            20.5, 24.4};

    @Test
    void shouldReproduceTheWilcoxonExampleOfR() {
        TestResult result = TwoSampleTests.mannWhitney(PERMEABILITY_X, PERMEABILITY_Y);

        assertThat(result.statistic()).isEqualTo(35.0);
        // R: one-sided p = 0.1272 -> two-sided 0.2544; scipy 1.17 mannwhitneyu(method='exact'): 0.2544122544122544
        assertThat(result.pValue()).isCloseTo(0.2544122544122544, within(1e-12));
    }

    @Test
    void shouldReproduceWelchAndStudentOnTheWikipediaExample() {
        // scipy 1.17 ttest_ind(equal_var=False): t = -2.455356398286006, p = 0.021378001462866992
        assertThat(TwoSampleTests.welch(A1, A2).statistic()).isCloseTo(-2.455356398286006, within(1e-12));
        assertThat(TwoSampleTests.welch(A1, A2).pValue()).isCloseTo(0.021378001462866992, within(1e-10));
        // scipy 1.17 ttest_ind (pooled): p = 0.020544522734125926 (Wikipedia: 0.021, df 28)
        assertThat(TwoSampleTests.student(A1, A2).pValue()).isCloseTo(0.020544522734125926, within(1e-10));
    }

    @Test
    void shouldReproduceTheScipyDocumentationExampleFromSummaries() {
        Summary first = new Summary(15.0, Math.sqrt(87.5), 13);
        Summary second = new Summary(12.0, Math.sqrt(39.0), 11);

        // scipy docs, ttest_ind_from_stats: statistic 0.9051358093310269, pvalue 0.3751996797581487 (pooled)
        assertThat(TwoSampleTests.student(first, second).statistic()).isCloseTo(0.9051358093310269, within(1e-12));
        assertThat(TwoSampleTests.student(first, second).pValue()).isCloseTo(0.3751996797581487, within(1e-12));
        // scipy 1.17, equal_var=False: statistic 0.9358461935556048, pvalue 0.35999818693244234
        assertThat(TwoSampleTests.welch(first, second).statistic()).isCloseTo(0.9358461935556048, within(1e-12));
        assertThat(TwoSampleTests.welch(first, second).pValue()).isCloseTo(0.35999818693244234, within(1e-12));
    }

    @Test
    void shouldRefuseSummariesWithFewerThanTwoValues() {
        assertThat(TwoSampleTests.welch(new Summary(1, 0, 1), new Summary(2, 1, 5)).isValid()).isFalse();
        assertThat(TwoSampleTests.student(new Summary(1, 1, 5), new Summary(2, 1, 0)).isValid()).isFalse();
        assertThat(TwoSampleTests.mannWhitney(new double[0], new double[] {1}).isValid()).isFalse();
    }

    @Test
    void shouldDecideSamplesWithoutAnyNoise() {
        assertThat(TwoSampleTests.welch(new double[] {3, 3, 3}, new double[] {3, 3}).pValue()).isEqualTo(1.0);
        assertThat(TwoSampleTests.welch(new double[] {3, 3, 3}, new double[] {4, 4}).pValue()).isZero();
        assertThat(TwoSampleTests.student(new double[] {5, 5}, new double[] {4, 4}).statistic()).isPositive();
    }

    @Test
    void shouldSummariseWithTheSampleDeviation() {
        Summary summary = Summary.of(new double[] {2, 4, 4, 4, 5, 5, 7, 9});

        assertThat(summary.mean()).isEqualTo(5.0);
        assertThat(summary.std()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
        assertThat(Summary.of(new double[] {42}).std()).isZero();
        assertThatIllegalArgumentException().isThrownBy(() -> new Summary(Double.NaN, 1, 2));
        assertThatIllegalArgumentException().isThrownBy(() -> new Summary(1, -1, 2));
    }
}
