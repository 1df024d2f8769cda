package io.jenkins.plugins.perftracker.core.cli;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class BadgeCommandTest {
    private static Document svg(final CliRun run) throws Exception {
        assertThat(run.exit()).as(run.err()).isZero();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void shouldCountTheSeriesThatRegressedAgainstTheBase() throws Exception {
        Document badge = svg(CliRun.of("badge", "regressions", "samples/history/build-01.json",
                "samples/history/build-12.json"));
        // The four GET /users series lose 15 % from build 8 on.
        assertThat(badge.getDocumentElement().getAttribute("aria-label")).isEqualTo("1.x regressions: 4 open");
        Document none = svg(CliRun.of("badge", "regressions", "samples/history/build-11.json",
                "samples/history/build-12.json", "--label", "nightly"));
        assertThat(none.getDocumentElement().getAttribute("aria-label")).isEqualTo("nightly regressions: 0 open");
    }

    @Test
    void shouldShowTheLatestValueOfASeriesWithItsUnit() throws Exception {
        Document badge = svg(CliRun.of("badge", "latest", "samples/history/build-12.json",
                "throughput / GET /users 4 threads", "--style", "flat-square"));
        assertThat(badge.getDocumentElement().getAttribute("aria-label"))
                .matches("GET /users 4 threads: 70\\.\\d req/sec");
        assertThat(CliRun.of("badge", "latest", "samples/history/build-12.json", "nope").err())
                .contains("no series 'nope'");
    }

    @Test
    void shouldDrawATextBadgeAndEscapeIt() throws Exception {
        Document badge = svg(CliRun.of("badge", "text", "a<b", "c&d", "--color", "green"));
        assertThat(badge.getDocumentElement().getAttribute("aria-label")).isEqualTo("a<b: c&d");
        CliRun bad = CliRun.of("badge", "text", "a", "b", "--color", "not-a-colour");
        assertThat(bad.exit()).isEqualTo(Main.BAD_INPUT);
        assertThat(bad.err()).contains("--color");
        assertThat(CliRun.of("badge", "pie").err()).contains("unknown badge 'pie'");
        assertThat(CliRun.of("badge").exit()).isEqualTo(Main.BAD_INPUT);
    }
}
