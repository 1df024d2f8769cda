package io.jenkins.plugins.perftracker.core.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change has a size whatever the sample count, and a footnote names the rule that judged it: golden files
 * of real result files (sources in the READMEs beside them).
 */
class SmallSampleCompareTest {
    private static final String RESOURCES = "core/src/test/resources/";

    @Test
    void shouldJudgeThreeJmhIterationsWithWelchAndSaySo() throws IOException {
        CliRun run = CliRun.of("compare", RESOURCES + "ingest/jmh/gab-jmh-params.json",
                RESOURCES + "compare/small-n/jmh-params-20pct-slower.json")
                .matchesGolden("compare-jmh-3-iterations.txt");

        assertThat(run.out()).contains("-20.00% worse (p=0.000 n=3+3)¹",
                "¹ Welch t-test: n=3+3 is too few for a rank test (needs ≥ 4 a side)");
    }

    @Test
    void shouldShowTheSizeOfOneValuePerRunAndJudgeItByPerfTrackersRule() throws IOException {
        CliRun run = CliRun.of("compare", RESOURCES + "ingest/k6/k6-summary-export.json",
                RESOURCES + "compare/small-n/k6-summary-export-25pct-slower.json")
                .matchesGolden("compare-k6-one-value.txt");

        assertThat(run.out())
                .containsPattern("my_trend p\\(90\\) +ms +19 ± 0% +23\\.8 ± 0% +\\+25\\.00% worse \\(n=1\\+1\\)¹")
                .contains("¹ PerfTracker's 10% rule: n=1+1, one value a side allows no test")
                // one unit in both directions gets two labelled geomeans, never one mixed figure
                .contains("geomean        count (lower is better)", "geomean        count (higher is better)");
    }

    @Test
    void shouldSayWhyASignificantPIsShownAsUnchanged() throws IOException {
        CliRun run = CliRun.of("compare", RESOURCES + "compare/benchstat/crc-old.txt",
                RESOURCES + "compare/benchstat/crc-new.txt").matchesGolden("compare-benchstat-crc.txt");

        assertThat(run.out())
                .contains("~ -2.00% (p=0.005 n=10+10, |Δ|<2%)", "~ -2.03% (p=0.036 n=10+10, BH-adjusted p=0.069)")
                .containsPattern("geomean +ns/op +-31\\.05%").containsPattern("geomean +MB/s +\\+45\\.06%")
                .contains("#2 vs #1: 72 series: 7 worse, 26 better, 39 unchanged, 0 inconclusive");
        assertThat(CliRun.of("compare", RESOURCES + "compare/benchstat/crc-old.txt",
                RESOURCES + "compare/benchstat/crc-new.txt", "--min-effect", "0.05").out())
                .contains("~ -4.62% (p=0.008 n=10+10, |Δ|<5%)");
    }
}
