package io.jenkins.plugins.perftracker.core.report;

import io.jenkins.plugins.perftracker.core.cli.Main;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The report of ONE run shows that run's tables and charts by group, in a real browser. */
@Tag("browser")
class OneRunReportBrowserTest {
    private static final Path REPORT = Path.of("target", "browser", "one-run-report.html");

    @Test
    void shouldShowTheTablesAndChartsOfOneRun() throws IOException {
        Browser.assumeAvailable();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(List.of("report", Path.of("..", "samples", "history", "build-12.json").toString(), "-o",
                REPORT.toString()), Path.of(""), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        try (Browser browser = Browser.start()) {
            browser.open(REPORT);
            browser.waitForPages();

            assertThat(browser.all("#comparison h3")).extracting(WebElement::getText)
                    .containsExactly("latency", "throughput", "startup");
            assertThat(browser.all("#comparison table.pt-compare tbody tr")).hasSize(14);
            WebElement login = browser.all("#comparison table.pt-compare tbody tr").get(0);
            assertThat(login.findElement(By.tagName("th")).getText()).isEqualTo("1 clients sec");
            assertThat(login.findElements(By.tagName("td")).get(0).getText()).isEqualTo("0.927");
            assertThat(browser.all("#comparison table.pt-summary")).isEmpty();
            assertThat(browser.paintedPixelsPerChart()).hasSize(4).allSatisfy(p -> assertThat(p).isGreaterThan(2_000L));
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
