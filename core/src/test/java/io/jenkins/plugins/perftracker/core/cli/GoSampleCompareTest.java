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
        // benchstat reports format=json -17.39% (p=0.000 n=10) and format=gob ~ (p=0.529 n=10).
        assertThat(run.out()).containsPattern("format=json.* -17\\.\\d% better \\(p=0\\.000 n=10\\+10\\)")
                .containsPattern("format=gob.* ~ \\(p=0\\.\\d+ n=10\\+10\\)");
        assertThat(run.out()).startsWith("#1  (samples/go/old.txt)\n#2  (samples/go/new.txt)\n");
    }
}
