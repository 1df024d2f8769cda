package io.jenkins.plugins.perftracker.core.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MainTest {
    @Test
    void shouldListTheCommandsOnHelp() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("ingest FILE", "compare BASE NEW", "detect HISTORY", "report INPUT",
                "exit codes: 0 fine, 1 regression");
    }

    @Test
    void shouldExitWithTwoWithoutOrWithAnUnknownCommand() {
        assertThat(CliRun.of().exit()).isEqualTo(Main.BAD_INPUT);
        CliRun unknown = CliRun.of("frobnicate");
        assertThat(unknown.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(unknown.err()).contains("unknown command 'frobnicate'");
    }

    @Test
    void shouldAcceptOptionsWithEqualsAndStopAtDoubleDash() throws Exception {
        Args args = Args.parse(java.util.List.of("--format=x", "a", "--", "--json"), java.util.Set.of("--json"),
                java.util.Set.of("--format"));
        assertThat(args.option("--format")).contains("x");
        assertThat(args.positional()).containsExactly("a", "--json");
        assertThat(args.flag("--json")).isFalse();
    }
}
