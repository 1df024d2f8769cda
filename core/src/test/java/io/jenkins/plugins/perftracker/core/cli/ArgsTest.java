package io.jenkins.plugins.perftracker.core.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArgsTest {
    private static final Set<String> FLAGS = Set.of("--json");
    private static final Set<String> OPTIONS = Set.of("--format", "-o");

    @Test
    void shouldSeparatePositionalArgumentsFlagsAndOptions() throws UsageException {
        Args args = Args.parse(List.of("a", "--json", "-o", "out.html", "b", "--format=jmh", "-"), FLAGS, OPTIONS);
        assertThat(args.positional()).containsExactly("a", "b", "-");
        assertThat(args.flag("--json")).isTrue();
        assertThat(args.option("-o")).contains("out.html");
        assertThat(args.option("--format")).contains("jmh");
        assertThat(args.option("--title")).isEmpty();
    }

    @Test
    void shouldTakeEverythingAfterDoubleDashAsPositional() throws UsageException {
        Args args = Args.parse(List.of("--", "--json", "-o"), FLAGS, OPTIONS);
        assertThat(args.positional()).containsExactly("--json", "-o");
        assertThat(args.flag("--json")).isFalse();
    }

    @Test
    void shouldRefuseUnknownOptionsAndMissingValues() {
        assertThatThrownBy(() -> Args.parse(List.of("--nope"), FLAGS, OPTIONS)).hasMessage("unknown option --nope");
        assertThatThrownBy(() -> Args.parse(List.of("-o"), FLAGS, OPTIONS)).hasMessage("option -o needs a value");
        assertThatThrownBy(() -> Args.parse(List.of("-o", "--"), FLAGS, OPTIONS))
                .hasMessage("option -o needs a value");
        assertThatThrownBy(() -> Args.parse(List.of("--json=yes"), FLAGS, OPTIONS))
                .hasMessage("unknown option --json=yes");
    }

    @Test
    void shouldCheckNumbersAgainstTheirBounds() throws UsageException {
        Args args = Args.parse(List.of("--format", "0.5"), FLAGS, OPTIONS);
        assertThat(args.number("--format", 1, 0, 1)).isEqualTo(0.5);
        assertThat(args.number("-o", 0.25, 0, 1)).isEqualTo(0.25);
        assertThatThrownBy(() -> args.number("--format", 1, 0.6, 1)).hasMessageContaining("a number from 0.6 to 1.0");
        Args text = Args.parse(List.of("--format", "many"), FLAGS, OPTIONS);
        assertThatThrownBy(() -> text.number("--format", 1, 0, 1)).hasMessageContaining("but was 'many'");
    }
}
