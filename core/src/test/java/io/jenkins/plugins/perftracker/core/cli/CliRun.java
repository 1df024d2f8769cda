package io.jenkins.plugins.perftracker.core.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One command line run in-process from the repository root (so paths read as in the docs), and golden files. */
record CliRun(int exit, String out, String err) {
    /** The repository root: the tests run in core/. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path GOLDEN = Path.of("src", "test", "resources", "cli", "golden");

    static CliRun of(final String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(List.of(args), ROOT, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * Checks the output against a reviewed golden file, as benchstat's tests do. With
     * -Dperftracker.updateGolden=true the file is (re)written instead, to be reviewed in the diff.
     */
    CliRun matchesGolden(final String name) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("perftracker.updateGolden")) {
            Files.writeString(file, out, StandardCharsets.UTF_8);
        }
        assertThat(out).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
        return this;
    }
}
