package io.jenkins.plugins.perftracker.core.report;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.support.Color;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's headless Chromium driven by its chromedriver, with the paths set explicitly (no Selenium Manager
 * download). Without them the test is skipped, unless -Dperftracker.requireBrowser=true makes that a failure.
 */
final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of(System.getProperty("perftracker.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("perftracker.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(final ChromeDriver driver, final Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /**
     * Why the browser tests cannot run here, or empty when Chromium and chromedriver are installed; with
     * -Dperftracker.requireBrowser=true a missing browser fails instead.
     */
    static java.util.Optional<String> missing() {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
            return java.util.Optional.empty();
        }
        String message = "browser tests skipped: they need " + CHROMIUM + " and " + CHROMEDRIVER
                + " (apt-get install chromium chromium-driver; .ci/install does it)";
        if (Boolean.getBoolean("perftracker.requireBrowser")) {
            fail(message + " but perftracker.requireBrowser=true");
        }
        System.err.println(message);
        return java.util.Optional.of(message);
    }

    /** Skips the calling test (with the reason) when there is no browser. */
    static void assumeAvailable() {
        missing().ifPresent(Assumptions::abort);
    }

    /** Starts a fresh headless browser; call {@link #missing()} first. */
    static Browser start() throws IOException {
        Path profile = Files.createTempDirectory("perftracker-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--user-data-dir=" + profile);
        options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), profile);
    }

    ChromeDriver driver() {
        return driver;
    }

    void open(final Path file) {
        driver.get(file.toAbsolutePath().toUri().toString());
    }

    /** Waits until every page element is rendered and every visible chart has drawn its canvas. */
    void waitForPages() {
        try {
            waitUntilDrawn();
        }
        catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("pages not drawn; console errors: " + consoleErrors(), e);
        }
    }

    private void waitUntilDrawn() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> Boolean.TRUE.equals(script(
                "var pages = document.querySelectorAll('[data-perftracker-page]');"
                        + "var charts = document.querySelectorAll('.pt-chart');"
                        + "return pages.length > 0"
                        + " && Array.prototype.every.call(pages, function (p) { return p.dataset.rendered; })"
                        + " && Array.prototype.every.call(charts,"
                        + " function (c) { return c.offsetParent === null || c.querySelector('canvas'); });")));
    }

    Object script(final String code, final Object... args) {
        return ((JavascriptExecutor) driver).executeScript(code, args);
    }

    /** For each chart, how many of its canvas pixels are painted (alpha > 0): a blank canvas has none. */
    @SuppressWarnings("unchecked")
    List<Long> paintedPixelsPerChart() {
        return (List<Long>) script("return Array.prototype.filter.call(document.querySelectorAll('.pt-chart canvas'),"
                + " function (c) { return c.offsetParent !== null; }).map("
                + " function (c) { var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
                + " var n = 0; for (var i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; } } return n; });");
    }

    /** The browser console's errors (uncaught exceptions, failed loads, console.error) since the last call. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::toString).toList();
    }

    /** The computed background colour of an element as "rgb(r, g, b)". */
    String background(final WebElement element) {
        return Color.fromString(element.getCssValue("background-color")).asRgb();
    }

    List<WebElement> all(final String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Saves a screenshot of the whole page under target/screenshots/. */
    Path screenshot(final String name) throws IOException {
        fitWindowToPage();
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** Saves a screenshot of one element. */
    Path screenshot(final String name, final String css) throws IOException {
        fitWindowToPage();
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, driver.findElement(By.cssSelector(css)).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    /** Makes the window as tall as the page (up to 8000 pixels), so screenshots are not cut at the viewport. */
    private void fitWindowToPage() {
        long height = (Long) script("return Math.ceil(document.documentElement.scrollHeight);");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, (int) Math.min(height + 50, 8000)));
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
