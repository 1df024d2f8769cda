package io.jenkins.plugins.perftracker.core.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.perftracker.core.buildtime.dashboard.ChartModel;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.DashboardModel;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.LinkedDashboard;

import static org.assertj.core.api.Assertions.*;

/** The Jenkins dashboards' bar links: a click on a build's bar opens its build page; unsafe links are ignored. */
class DashboardLinksBrowserTest {
    @TempDir
    Path dir;

    @Test
    void shouldOpenTheBuildOfAClickedBarAndIgnoreUnsafeLinks() throws Exception {
        Browser.assumeAvailable();
        DashboardModel model = BuildTimes.dashboard("year", Map.of());
        ChartModel byBuild = model.charts().stream().filter(c -> c.id().equals("duration-build")).findFirst()
                .orElseThrow();
        String first = byBuild.labels().get(0);
        String second = byBuild.labels().get(1);
        LinkedDashboard linked = LinkedDashboard.of(model, Map.of(first, "#build-" + first,
                second, "javascript:location.hash='#pwned'"));
        Path page = dir.resolve("linked.html");
        Files.writeString(page, HtmlReport.render("Links", List.of(new HtmlReport.Page("dashboard", "Build times",
                linked))));

        try (Browser browser = Browser.start()) {
            browser.open(page);
            browser.waitForPages();
            String click = "echarts.getInstanceByDom(document.querySelector('[data-chart=duration-build]'))"
                    + ".trigger('click', {name: arguments[0]});";
            browser.script(click, second);
            assertThat(browser.script("return location.hash;")).isEqualTo("");
            browser.script(click, first);
            assertThat(browser.script("return location.hash;")).isEqualTo("#build-" + first);
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }
}
