package io.jenkins.plugins.perftracker.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.perftracker.core.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The report of the shipped sample history, opened in headless Chromium: numbers, colours, charts, controls. */
@Tag("browser")
class ReportBrowserTest {
    private static final Path SAMPLES = Path.of("..", "samples", "history");
    private static final Path REPORT = Path.of("target", "browser", "sample-report.html");
    private static final String RED = "rgb(255, 160, 160)";
    private static final String GREEN = "rgb(160, 255, 160)";

    private static Browser browser;

    @BeforeAll
    static void openReport() throws IOException {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = Main.run(List.of("report", SAMPLES.toString(), "-o", REPORT.toString()), Path.of(""),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        if (Browser.missing().isPresent()) {
            return;
        }
        browser = Browser.start();
        browser.open(REPORT);
        browser.waitForPages();
    }

    @org.junit.jupiter.api.BeforeEach
    void needsBrowser() {
        Browser.assumeAvailable();
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void shouldShowTheMeanScoresOfTheResultFiles() throws IOException {
        WebElement row = comparisonRow("GET /users", "1 threads");
        List<WebElement> cells = row.findElements(By.tagName("td"));
        // Columns: run #1 Score ±% Errors, run #2 Score ±% Errors vs#1, run #3 Score ±% Errors vs#1 vs#2.
        assertThat(Double.parseDouble(cells.get(0).getText())).isCloseTo(meanScore(1, "GET /users", "1 threads"),
                within(0.05));
        assertThat(Double.parseDouble(cells.get(7).getText())).isCloseTo(meanScore(12, "GET /users", "1 threads"),
                within(0.05));
    }

    @Test
    void shouldColourRegressionsRedAndImprovementsGreen() {
        WebElement regressed = comparisonRow("GET /users", "4 threads").findElements(By.tagName("td")).get(10);
        assertThat(regressed.getAttribute("data-outcome")).isEqualTo("regressed");
        assertThat(browser.background(regressed)).isEqualTo(RED);
        WebElement improved = comparisonRow("login", "2 clients").findElements(By.tagName("td")).get(10);
        assertThat(improved.getAttribute("data-outcome")).isEqualTo("improved");
        assertThat(browser.background(improved)).isEqualTo(GREEN);
        WebElement unchanged = comparisonRow("GET /", "2 threads").findElements(By.tagName("td")).get(10);
        assertThat(unchanged.getAttribute("data-outcome")).isEqualTo("unchanged");
        assertThat(browser.background(unchanged)).isNotIn(RED, GREEN);
    }

    @Test
    void shouldShowTheSameChangeAsTheCliAndSummariesThatAddUp() {
        // #12 against #1 is the pair of the CLI's golden file compare-01-12.txt: one number for one change
        WebElement regressed = comparisonRow("GET /users", "4 threads").findElements(By.tagName("td")).get(10);
        assertThat(regressed.getText()).isEqualTo("-14.33%");
        assertThat(regressed.getAttribute("title")).contains("PerfTracker's symmetric ratio -17%");
        WebElement unchanged = comparisonRow("GET /", "2 threads").findElements(By.tagName("td")).get(10);
        assertThat(unchanged.getText()).isEqualTo("~ -0.34%");
        WebElement summary = browser.all("#comparison table.pt-summary tbody tr").stream()
                .filter(r -> r.getText().startsWith("#3 vs #1")).findFirst().orElseThrow();
        assertThat(summary.findElement(By.cssSelector(".pt-geomeans")).getText())
                .isEqualTo("sec -19.78%; req/sec -9.21%; ms -0.80%");
        assertThat(summary.findElement(By.cssSelector(".pt-overall")).getText()).isEqualTo("+3.39% better");
        List<Integer> counts = summary.findElements(By.tagName("td")).stream().skip(2)
                .map(c -> Integer.parseInt(c.getText())).toList();
        assertThat(counts.get(0)).isEqualTo(counts.get(1) + counts.get(2) + counts.get(3) + counts.get(4));
    }

    @Test
    void shouldMarkTheFailedTest() {
        WebElement row = comparisonRow("GET /", "8 threads");
        assertThat(row.findElements(By.tagName("td")).get(9).getText()).isEqualTo("3 errors, FAILED");
        Object failedPoints = browser.script("var chart = echarts.getInstanceByDom(arguments[0]);"
                + "return chart.getOption().series.filter(function (s) { return s.name === 'Failed test'; })"
                + ".map(function (s) { return s.symbol + ' ' + JSON.stringify(s.data); });",
                section("GET /").findElement(By.cssSelector(".pt-chart")));
        assertThat(failedPoints).asList().singleElement().asString().startsWith("diamond [[8,");
    }

    @Test
    void shouldDrawEveryChart() throws IOException {
        List<Long> painted = browser.paintedPixelsPerChart();
        assertThat(painted).hasSizeGreaterThanOrEqualTo(5).allSatisfy(p -> assertThat(p).isGreaterThan(2_000L));
        browser.screenshot("report");
        browser.screenshot("comparison-throughput", "#comparison .pt-group:nth-of-type(2)");
        browser.screenshot("trends", "#trends");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void shouldSortATableByAColumn() {
        WebElement table = section("GET /users").findElement(By.cssSelector("table.pt-compare"));
        WebElement header = table.findElements(By.cssSelector("thead tr:nth-child(2) th")).get(0);
        header.findElement(By.tagName("button")).click();
        assertThat(header.getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(firstColumnScores(table)).isSorted();
        header.findElement(By.tagName("button")).click();
        assertThat(header.getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(firstColumnScores(table)).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void shouldListTheChangePointsAndPickSeriesBySearch() {
        List<WebElement> rows = browser.all("table.pt-change-points tbody tr");
        assertThat(rows).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).contains("GET /users 4 threads", "nightly #8", "regression"))
                .anySatisfy(text -> assertThat(text).contains("login 2 clients", "nightly #6", "improvement"));
        WebElement search = browser.driver().findElement(By.cssSelector(".pt-picker input[type=search]"));
        search.sendKeys("cold");
        List<WebElement> visible = browser.all(".pt-series-list li").stream().filter(WebElement::isDisplayed).toList();
        assertThat(visible).singleElement().extracting(WebElement::getText).asString().contains("cold start");
        visible.get(0).findElement(By.tagName("input")).click();
        assertThat(browser.all(".pt-trend-charts [data-series]")).anySatisfy(
                chart -> assertThat(chart.getAttribute("aria-label")).contains("cold start"));
        browser.waitForPages();
        assertThat(browser.paintedPixelsPerChart()).allSatisfy(p -> assertThat(p).isGreaterThan(2_000L));
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void shouldFilterTheRegressionTagBySeriesClass() throws IOException {
        List<WebElement> filters = browser.all(".pt-regression .pt-filters input[type=checkbox]");
        assertThat(filters).extracting(f -> f.getAttribute("value")).containsExactly("degradation-50",
                "degradation-10", "no-degradation", "improvement-10", "improvement-50");
        assertThat(browser.all(".pt-regression .pt-filters label")).extracting(WebElement::getText)
                .contains("Degradation > 10% (4)", "Improvement > 10% (5)", "No degradation (5)");
        List<WebElement> cards = browser.all(".pt-regression .pt-mini");
        assertThat(cards).hasSize(14);
        assertThat(cards.stream().filter(WebElement::isDisplayed)).hasSize(4)
                .allSatisfy(card -> assertThat(card.getAttribute("data-class")).isEqualTo("degradation-10"));
        assertThat(browser.all(".pt-regression .pt-group").stream().filter(WebElement::isDisplayed))
                .as("groups without a shown series are hidden").singleElement()
                .satisfies(group -> assertThat(group.getText()).startsWith("throughput"));
        browser.driver().findElement(By.id(filters.get(3).getAttribute("id"))).click();
        assertThat(browser.all(".pt-regression .pt-group").stream().filter(WebElement::isDisplayed)).hasSize(2);
        assertThat(cards.stream().filter(WebElement::isDisplayed)).hasSize(9);
        browser.waitForPages();
        assertThat(browser.paintedPixelsPerChart()).allSatisfy(p -> assertThat(p).isGreaterThan(1_000L));
        assertThat(browser.background(cards.get(0))).isNotEqualTo("rgb(255, 255, 255)");
        browser.screenshot("regression", "#regression");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void shouldOpenTheBuildOfAClickedTrendPoint() {
        WebElement chart = browser.all("#trends .pt-chart").get(0);
        @SuppressWarnings("unchecked")
        List<Number> pixel = (List<Number>) browser.script("var c = echarts.getInstanceByDom(arguments[0]);"
                + "var v = c.getOption().series[0].data[7];"
                + "return c.convertToPixel({seriesIndex: 0}, [7, v]);", chart);
        org.openqa.selenium.Rectangle box = chart.getRect();
        new org.openqa.selenium.interactions.Actions(browser.driver())
                .moveToElement(chart, pixel.get(0).intValue() - box.getWidth() / 2,
                        pixel.get(1).intValue() - box.getHeight() / 2).click().perform();
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().startsWith("https://ci.example.org/"));
        assertThat(browser.driver().getCurrentUrl()).isEqualTo("https://ci.example.org/job/demo-service/8/");
        browser.open(REPORT);
        browser.waitForPages();
        browser.consoleErrors(); // the example.org page cannot load here: its errors are not the report's
    }

    @Test
    void shouldFollowTheDarkThemes() {
        WebElement body = browser.driver().findElement(By.tagName("body"));
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features",
                List.of(java.util.Map.of("name", "prefers-color-scheme", "value", "dark"))));
        try {
            assertThat(browser.background(body)).isEqualTo("rgb(28, 28, 33)");
            browser.script("document.documentElement.setAttribute('data-theme', 'dark');");
            WebElement regressed = comparisonRow("GET /users", "4 threads").findElements(By.tagName("td")).get(10);
            assertThat(browser.background(regressed)).isEqualTo("rgb(139, 43, 43)");
        }
        finally {
            browser.script("document.documentElement.removeAttribute('data-theme');");
            browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", List.of()));
        }
        assertThat(browser.background(body)).isEqualTo("rgb(255, 255, 255)");
    }

    @Test
    void shouldAddTrendLinesOnRequest() {
        WebElement section = section("GET /users");
        WebElement chart = section.findElement(By.cssSelector(".pt-chart"));
        String names = "return echarts.getInstanceByDom(arguments[0]).getOption().series.map(function (s) {"
                + " return s.name + (s.lineStyle && s.lineStyle.type === 'dashed' ? ' (dashed)' : ''); });";
        assertThat(browser.script(names, chart)).asList().hasSize(3).noneMatch(n -> n.toString().contains("trend"));
        section.findElement(By.cssSelector("input.pt-trend-toggle")).click();
        assertThat(browser.script(names, chart)).asList().hasSize(6)
                .contains("#1: nightly #1 trend (dashed)", "#3: nightly #12 trend (dashed)");
        section.findElement(By.cssSelector("input.pt-trend-toggle")).click();
        assertThat(browser.script(names, chart)).asList().hasSize(3);
    }

    @Test
    void shouldLabelEveryControlAndScopeEveryHeader() {
        assertThat(browser.all("input, select")).isNotEmpty().allSatisfy(control -> assertThat(
                browser.all("label[for='" + control.getAttribute("id") + "']")).as(control.getAttribute("outerHTML"))
                .hasSize(1));
        assertThat(browser.all("th")).allSatisfy(th -> assertThat(th.getAttribute("scope")).isIn("col", "colgroup",
                "row"));
        assertThat(browser.all("table")).allSatisfy(table -> assertThat(
                table.findElements(By.tagName("caption"))).hasSize(1));
        assertThat(browser.all("th .pt-sort")).isNotEmpty().allSatisfy(button -> assertThat(
                button.findElement(By.xpath("..")).getAttribute("aria-sort")).isNotNull());
        assertThat(browser.all(".pt-chart")).allSatisfy(chart -> assertThat(chart.getAttribute("role"))
                .isEqualTo("img")).allSatisfy(chart -> assertThat(chart.getAttribute("aria-label")).isNotBlank());
    }

    private static List<Double> firstColumnScores(final WebElement table) {
        return table.findElements(By.cssSelector("tbody tr")).stream()
                .map(r -> Double.parseDouble(r.findElements(By.tagName("td")).get(0).getAttribute("data-value")))
                .toList();
    }

    private static WebElement section(final String title) {
        return browser.all(".pt-section").stream()
                .filter(s -> s.findElement(By.tagName("h4")).getText().equals(title)).findFirst().orElseThrow();
    }

    private static WebElement comparisonRow(final String section, final String category) {
        return section(section).findElements(By.cssSelector("table.pt-compare tbody tr")).stream()
                .filter(r -> r.findElement(By.tagName("th")).getText().startsWith(category + " "))
                .findFirst().orElseThrow();
    }

    /** The mean of a test's samples, read straight from the sample file. */
    private static double meanScore(final int build, final String tag, final String category) throws IOException {
        JsonNode job = new ObjectMapper().readTree(Files.readString(SAMPLES.resolve(
                String.format("build-%02d.json", build))));
        for (JsonNode test : job.get("tests")) {
            if (test.get("tag").asText().equals(tag) && test.path("category").asText().equals(category)) {
                double sum = 0;
                for (JsonNode score : test.get("scores")) {
                    sum += score.asDouble();
                }
                return sum / test.get("scores").size();
            }
        }
        throw new IllegalArgumentException(tag + " " + category + " not in build " + build);
    }
}
