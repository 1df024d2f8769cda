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
    void shouldExitWithTwoAndOneLineOnAFailureNobodyExpected() {
        Command broken = new Command() {
            @Override
            public int run(final java.util.List<String> args, final Context context) {
                throw new IllegalStateException("a bug\nwith a second line");
            }

            @Override
            public String usage() {
                return "broken";
            }
        };
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        Command.Context context = new Command.Context(CliRun.ROOT, System.out,
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));

        assertThat(Main.runCommand("broken", broken, java.util.List.of(), context, false)).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(
                "perftracker broken: internal error:"
                + " IllegalStateException: a bug (run with --debug for the stack trace)" + System.lineSeparator());
        err.reset();
        assertThat(Main.runCommand("broken", broken, java.util.List.of(), context, true)).isEqualTo(Main.BAD_INPUT);
        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("at io.jenkins.plugins");
    }

    @Test
    void shouldTakeDebugAnywhereBeforeADoubleDash() {
        assertThat(CliRun.of("--debug", "--help").exit()).isZero();
        assertThat(CliRun.of("compare", "--debug", "samples/go/old.txt", "samples/go/new.txt").exit()).isZero();
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
