package io.jenkins.plugins.perftracker.core.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ReportCommandTest {
    @TempDir
    Path dir;

    @Test
    void shouldWriteAllPagesForTheSampleHistory() throws IOException {
        Path out = dir.resolve("nested/report.html");
        CliRun run = CliRun.of("report", "samples/history", "-o", out.toString(), "--title", "Nightly <demo>");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("report written to " + out);
        String head = head(out);
        assertThat(head).contains("<title>Nightly &lt;demo&gt;</title>", "href=\"#comparison\"", "href=\"#trends\"",
                "href=\"#regression\"");
    }

    @Test
    void shouldWriteOnlyTrendsForACsvHistory() throws IOException {
        Path out = dir.resolve("otava.html");
        CliRun run = CliRun.of("report", "core/src/test/resources/report/otava/sample.csv", "--output",
                out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(head(out)).contains("href=\"#trends\"").doesNotContain("href=\"#comparison\"");
    }

    @Test
    void shouldCompareTheChosenNumberOfRuns() throws IOException {
        Path out = dir.resolve("five.html");
        assertThat(CliRun.of("report", "samples/history", "-o", out.toString(), "--compare", "5").exit()).isZero();
        assertThat(head(out)).contains("#5: nightly #12").doesNotContain("#6:");
    }

    @Test
    void shouldShowTheResultsOfOneRun() throws IOException {
        Path out = dir.resolve("one.html");
        CliRun run = CliRun.of("report", "samples/history/build-12.json", "-o", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(head(out)).contains("href=\"#comparison\">Results</a>", "login 16 clients", "GET /users 8 threads");
    }

    @Test
    void shouldWarnAboutAnInputThatContributesNothing() {
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        Command.Context context = new Command.Context(CliRun.ROOT, System.out,
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));

        ReportCommand.warnAboutEmpty(java.util.List.of(new io.jenkins.plugins.perftracker.core.report.RunLoader
                .LoadedRun("empty.json", io.jenkins.plugins.perftracker.core.model.PerfRun.builder().build())),
                context);

        assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("warning: empty.json contributes nothing: no results were read from it");
    }

    @Test
    void shouldRefuseMissingOutputAndBadCounts() {
        CliRun noOutput = CliRun.of("report", "samples/history");
        assertThat(noOutput.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(noOutput.err()).contains("-o FILE expected");
        assertThat(CliRun.of("report", "samples/history", "-o", dir.resolve("x.html").toString(), "--compare", "1")
                .err()).contains("--compare: a number from 2.0 to 32.0");
        assertThat(CliRun.of("report", "-o", dir.resolve("x.html").toString()).err())
                .contains("at least one INPUT expected");
        assertThat(Files.exists(dir.resolve("x.html"))).isFalse();
    }

    /** The report without its inlined scripts (the models stay: they come before the scripts). */
    private static String head(final Path file) throws IOException {
        String html = Files.readString(file);
        return html.substring(0, html.indexOf("<script>"));
    }
}
