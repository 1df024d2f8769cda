package io.jenkins.plugins.perftracker.core.report;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.jenkins.plugins.perftracker.core.farm.FarmSnapshot;
import io.jenkins.plugins.perftracker.core.farm.FarmTimeline;
import io.jenkins.plugins.perftracker.core.farm.FarmTimelineBuilder;
import io.jenkins.plugins.perftracker.core.farm.FarmXmlCodec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hosts timeline and the build-time dashboard in headless Chromium. The dashboard is served live by a JDK
 * HTTP server on loopback, so its timeframe buttons, filters and auto-refresh really fetch the model again.
 */
@Tag("browser")
class PagesBrowserTest {
    private static final Path FARM = Path.of("src", "test", "resources", "farm", "perftracker-farm-v1.xml");

    private static final List<String> REQUESTS = new CopyOnWriteArrayList<>();
    private static HttpServer server;
    private static Browser browser;
    private static FarmTimeline timeline;

    @BeforeAll
    static void serve() throws IOException {
        FarmSnapshot farm = new FarmXmlCodec().fromXml(Files.readString(FARM), FARM.toString());
        timeline = new FarmTimelineBuilder(ZoneOffset.UTC).build(farm);
        String html = HtmlReport.render("Farm and build times", List.of(
                new HtmlReport.Page("comparison", "Many categories", manyCategories()),
                new HtmlReport.Page("timeline", "Hosts timeline", timeline),
                HtmlReport.Page.live("dashboard", "Build times", "/dashboard.json")))
                .replace("data-model-url=\"/dashboard.json\"", "data-model-url=\"/dashboard.json\" data-refresh=\"0.02\"");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/report.html", exchange -> send(exchange, "text/html", html));
        server.createContext("/dashboard.json", PagesBrowserTest::dashboard);
        server.createContext("/favicon.ico", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        if (Browser.missing().isPresent()) {
            return;
        }
        browser = Browser.start();
        browser.driver().get("http://127.0.0.1:" + server.getAddress().getPort() + "/report.html");
        browser.waitForPages();
    }

    @org.junit.jupiter.api.BeforeEach
    void needsBrowser() {
        Browser.assumeAvailable();
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.stop(0);
        }
    }

    /** Two runs of one tag in 25 categories: PerfTracker collapses such a table and pages it. */
    private static io.jenkins.plugins.perftracker.core.view.ComparisonView manyCategories() {
        List<io.jenkins.plugins.perftracker.core.model.PerfRun> runs = new java.util.ArrayList<>();
        for (int r = 0; r < 2; r++) {
            var run = io.jenkins.plugins.perftracker.core.model.PerfRun.builder().title("run " + (r + 1));
            for (int c = 1; c <= 25; c++) {
                run.addTest(io.jenkins.plugins.perftracker.core.model.PerfTest.builder("read").group("disk")
                        .category("case " + (char) ('a' + c - 1)).unit("MB/s").scores(c, c + 0.5).build());
            }
            runs.add(run.build());
        }
        var comparison = new io.jenkins.plugins.perftracker.core.compare.RunComparator(
                io.jenkins.plugins.perftracker.core.compare.CompareOptions.defaults()).compare(runs);
        return io.jenkins.plugins.perftracker.core.view.ComparisonViews.of("many", comparison, runs);
    }

    private static void dashboard(final HttpExchange exchange) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        REQUESTS.add(query == null ? "" : query);
        Map<String, String> parameters = new LinkedHashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                String[] parts = pair.split("=", 2);
                parameters.put(URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                        parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : "");
            }
        }
        // The real model says how long it may be cached (300 s and more); this server allows 1 s, so the page's
        // auto-refresh can be seen within the test.
        com.fasterxml.jackson.databind.node.ObjectNode model = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(io.jenkins.plugins.perftracker.core.view
                        .ViewJson.write(BuildTimes.dashboard(parameters.getOrDefault("timeframe", "week"), parameters)));
        send(exchange, "application/json", model.put("maxAgeSeconds", 1).toString());
    }

    private static void send(final HttpExchange exchange, final String type, final String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Test
    void shouldListEveryLockOfTheTimelineAndDrawIt() {
        List<WebElement> rows = browser.all(".pt-locks tbody tr");
        assertThat(rows).hasSize(timeline.getBars().size());
        assertThat(rows).extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).contains(timeline.getBars().get(0).getTitle()));
        WebElement swatch = browser.all(".pt-legend li").stream().filter(li -> li.getText().contains("Maintenance"))
                .findFirst().orElseThrow().findElement(By.cssSelector(".pt-swatch"));
        assertThat(browser.background(swatch)).isEqualTo("rgb(204, 0, 0)");
        assertThat(browser.paintedPixelsPerChart()).isNotEmpty().allSatisfy(p -> assertThat(p).isGreaterThan(1_000L));
        assertThat(browser.script("return perftracker.timeline.escapeHtml(arguments[0]);", "<b a='1'>&"))
                .isEqualTo("&lt;b a=&#39;1&#39;&gt;&amp;");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void shouldShowTheFiveMetricsAndEightPanels() throws IOException {
        // The dashboard refreshes itself every 1.2 s here and replaces its elements: each look is one script, so
        // that no element found in one refresh is read in the next.
        // 24 builds of 2 jobs, every 6 hours: all in this week; builds 8, 16, 24 fail and 11, 22 error.
        assertThat(texts(".pt-metric")).hasSize(5)
                .anySatisfy(t -> assertThat(t).startsWith("48\nTotal build jobs"))
                .anySatisfy(t -> assertThat(t).startsWith("38\nBuild jobs passed"))
                .anySatisfy(t -> assertThat(t).startsWith("10\nBuild jobs failed"))
                .anySatisfy(t -> assertThat(t).contains(" min\nAverage job duration"));
        // 10 of 48 failed: at most 25 % is yellow.
        assertThat(browser.script("return document.querySelector('.pt-metric[data-metric=failed]')"
                + ".getAttribute('data-colour');")).asString().isEqualToIgnoringCase("#eeb058");
        assertThat(browser.script("return document.querySelectorAll('.pt-panel').length;")).isEqualTo(8L);
        assertThat(browser.script("return Array.from(document.querySelectorAll('.pt-dashboard select')).map("
                + "function (s) { return document.querySelectorAll(\"label[for='\" + s.id + \"']\").length; });"))
                .asList().as("each of the 5 filters has its label").containsExactly(1L, 1L, 1L, 1L, 1L);
        assertThat(clickSecondTab()).isEqualTo("true");
        browser.waitForPages();
        assertThat(browser.paintedPixelsPerChart()).hasSizeGreaterThanOrEqualTo(9)
                .allSatisfy(p -> assertThat(p).isGreaterThan(500L));
        browser.screenshot("farm-and-dashboard");
        browser.screenshot("timeline", "#timeline");
        browser.screenshot("dashboard", "#dashboard");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** The rendered texts of the elements a selector finds, read in one script. */
    private static List<String> texts(final String selector) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) browser.script("return Array.from(document.querySelectorAll(arguments[0]))"
                + ".map(function (e) { return e.innerText; });", selector);
        return texts;
    }

    /**
     * The dashboard refreshes itself every 1.2 s here (data-refresh 0.02 min), which may replace the tab between
     * finding and clicking it on a loaded machine: the click is tried again on the new element.
     */
    private static String clickSecondTab() {
        for (int attempt = 1; ; attempt++) {
            try {
                WebElement tab = browser.all(".pt-panel [role=tab]").get(1);
                tab.click();
                return tab.getAttribute("aria-selected");
            }
            catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
    }

    @Test
    void shouldFetchTheModelAgainForATimeframeOrFilterAndRefreshByItself() {
        browser.driver().findElement(By.cssSelector(".pt-timeframe[data-timeframe=month]")).click();
        waitFor(".pt-dashboard[data-timeframe=month]");
        assertThat(REQUESTS).anySatisfy(q -> assertThat(q).contains("timeframe=month"));
        assertThat(browser.driver().findElement(By.cssSelector(".pt-timeframe[data-timeframe=month]"))
                .getAttribute("aria-pressed")).isEqualTo("true");
        new Select(browser.driver().findElement(By.cssSelector("select[name=filter_branch]"))).selectByValue("main");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> REQUESTS.stream()
                .anyMatch(q -> q.contains("timeframe=month") && q.contains("filter_branch=main")));
        waitFor(".pt-dashboard select[name=filter_branch] option[value=main][selected]");
        assertThat(browser.all(".pt-metric").get(0).getText()).as("16 of the 24 builds are on main")
                .startsWith("32\n");
        int before = REQUESTS.size();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> REQUESTS.size() > before);
        assertThat(REQUESTS.get(REQUESTS.size() - 1)).contains("filter_branch=main");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void shouldCollapseAndPageALongTable() {
        WebElement details = browser.driver().findElement(By.cssSelector("#comparison details.pt-table-details"));
        assertThat(details.getAttribute("open")).isNull();
        details.findElement(By.tagName("summary")).click();
        assertThat(visibleRows()).hasSize(20);
        WebElement status = details.findElement(By.cssSelector(".pt-page-status"));
        assertThat(status.getText()).isEqualTo("Rows 1–20 of 25");
        details.findElement(By.cssSelector("button[aria-label='Next rows']")).click();
        assertThat(visibleRows()).hasSize(5).first().extracting(WebElement::getText).asString().startsWith("case u");
        assertThat(status.getText()).isEqualTo("Rows 21–25 of 25");
        assertThat(details.findElement(By.cssSelector("button[aria-label='Next rows']")).isEnabled()).isFalse();
        details.findElement(By.cssSelector("button[aria-label='Previous rows']")).click();
        assertThat(visibleRows()).hasSize(20);
    }

    private static List<WebElement> visibleRows() {
        return browser.all("#comparison table.pt-compare tbody tr").stream().filter(WebElement::isDisplayed)
                .toList();
    }

    @Test
    void shouldOfferSafeAndCorrectHelpers() {
        assertThat(browser.script("return [perftracker.common.safeUrl('javascript:alert(1)'),"
                + " perftracker.common.safeUrl(' JaVaScRiPt:x'), perftracker.common.safeUrl('data:text/html,x'),"
                + " perftracker.common.safeUrl('../12/'), perftracker.common.safeUrl('https://ci/x')];"))
                .asList().containsExactly("", "", "", "http://127.0.0.1:" + server.getAddress().getPort() + "/12/",
                        "https://ci/x");
        // a browser drops tabs and newlines inside a scheme and C0 characters before it: these ran script on click
        assertThat(browser.script("return [perftracker.common.safeUrl('java\\tscript:alert(1)'),"
                + " perftracker.common.safeUrl('\\x01javascript:alert(1)'),"
                + " perftracker.common.safeUrl('java\\nscript:alert(1)'),"
                + " perftracker.common.safeUrl('\\u0000 javascript:alert(1)')];"))
                .asList().containsExactly("", "", "", "");
        assertThat(browser.script("return [perftracker.dashboard.duration(3723), perftracker.dashboard.duration(59),"
                + " perftracker.dashboard.duration(600)];")).asList().containsExactly("1h 2m 3s", "59s", "10m 0s");
        assertThat(browser.script("return ['2026-11-16T00:00:00Z', '2026-11-16T13:00:00Z', 'main'].map("
                + "perftracker.dashboard.shortTime);")).asList().containsExactly("2026-11-16", "11-16 13:00", "main");
        @SuppressWarnings("unchecked")
        List<Number> cubic = (List<Number>) browser.script("var xs = [0, 1, 2, 3, 4, 5];"
                + "var ys = xs.map(function (x) { return 2 - x + 0.5 * x * x - 0.25 * x * x * x; });"
                + "return perftracker.common.polyfit(xs, ys, 3);");
        assertThat(cubic).extracting(Number::doubleValue).satisfies(c -> {
            assertThat(c.get(0)).isCloseTo(2, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(c.get(1)).isCloseTo(-1, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(c.get(2)).isCloseTo(0.5, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(c.get(3)).isCloseTo(-0.25, org.assertj.core.data.Offset.offset(1e-9));
        });
        assertThat(browser.script("return [perftracker.common.formatNumber(1234.5),"
                + " perftracker.common.formatNumber(0.012345), perftracker.common.formatNumber(null)];"))
                .asList().containsExactly("1235", "0.0123", "-");
    }

    private static void waitFor(final String css) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
    }
}
