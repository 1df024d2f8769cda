package io.jenkins.plugins.perftracker.core.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/** benchstat's own example, compared as benchstat does: json encoding got faster, gob did not change. */
class GoSampleCompareTest {
    @Test
    void shouldAgreeWithBenchstatOnItsExample() throws IOException {
        CliRun run = CliRun.of("compare", "samples/go/old.txt", "samples/go/new.txt")
                .matchesGolden("compare-go-benchstat-example.txt");
        // benchstat (golang/perf cmd/benchstat/testdata/csvOldNew.stdout): json -17.20% p=0.000, gob ~ p=0.446,
        // geomean -8.94%; the unit is printed once
        assertThat(run.out()).containsPattern("format=json +ns/op .* -17\\.20% better \\(p=0\\.000 n=10\\+10\\)")
                .containsPattern("format=gob +ns/op .* ~ \\+0\\.15% \\(p=0\\.446 n=10\\+10\\)")
                .containsPattern("geomean +ns/op +-8\\.94%").doesNotContain("ns/op  ns/op");
        assertThat(run.out()).startsWith("#1  (samples/go/old.txt)\n#2  (samples/go/new.txt)\n");
    }
}
