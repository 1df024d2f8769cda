package io.jenkins.plugins.perftracker.core.report;

import io.jenkins.plugins.perftracker.core.view.TrendsView;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportTest {
    private static final String EVIL = "<img src=x onerror=alert(1)>\"'&</script>";

    private static String report() {
        TrendsView trends = new TrendsView(EVIL, List.of(new TrendsView.Build(0, EVIL, "javascript:alert(1)")),
                List.of());
        return HtmlReport.render(EVIL, Optional.empty(), Optional.of(trends));
    }

    @Test
    void shouldEscapeTextInTheMarkup() {
        assertThat(HtmlReport.escape(EVIL)).isEqualTo(
                "&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;&lt;/script&gt;");
        String markup = markup(report());
        assertThat(markup).contains("<title>&lt;img src=x", "<h1>&lt;img src=x").doesNotContain("<img");
    }

    @Test
    void shouldKeepModelsInsideTheirScriptElement() {
        Matcher model = Pattern.compile("<script type=\"application/json\" id=\"pt-model-trends\">(.*?)</script>",
                Pattern.DOTALL).matcher(report());
        assertThat(model.find()).isTrue();
        assertThat(model.group(1)).startsWith("{\"title\":\"\\u003cimg").doesNotContain("<", ">");
    }

    /** The report without its inlined scripts (ECharts alone is 1 MB: failures would print it all). */
    private static String markup(final String html) {
        return html.substring(0, html.indexOf("<script>"));
    }

    @Test
    void shouldBeSelfContained() {
        String html = report();
        assertThat(Pattern.compile("<script[^>]+src=|<link[^>]+href=|@import|<iframe").matcher(html).find())
                .as("a reference to another file").isFalse();
        assertThat(List.of("echarts.init", "perftracker.common", "perftracker.trends", "--text-color"))
                .allSatisfy(part -> assertThat(html.contains(part)).as(part).isTrue());
        int scripts = html.split("<script", -1).length - 1;
        int ends = html.split("</script>", -1).length - 1;
        assertThat(ends).as("every script element ends once: no '</script>' inside the inlined code")
                .isEqualTo(scripts);
    }

    @Test
    void shouldLeaveOutPagesWithoutModels() {
        String html = HtmlReport.render("t", Optional.empty(), Optional.empty());
        assertThat(markup(html)).doesNotContain("data-perftracker-page=").doesNotContain("href=\"#comparison\"");
    }

    @Test
    void shouldPointLivePagesAtTheirModelUrl() {
        String html = HtmlReport.render("t", List.of(HtmlReport.Page.live("dashboard", "Build times",
                "dashboard.json?timeframe=week&a=<b>")));
        assertThat(markup(html)).contains("data-perftracker-page=\"dashboard\" data-model-url=\""
                + "dashboard.json?timeframe=week&amp;a=&lt;b&gt;\"").doesNotContain("pt-model-dashboard");
    }

    @Test
    void shouldRefuseBadPages() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new HtmlReport.Page("Bad Id", "h", "model")).withMessageContaining("'Bad Id'");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new HtmlReport.Page("x", "h", null, ""))
                .withMessage("a page needs either a model or a model URL");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new HtmlReport.Page("x", "h", "model", "url"));
    }
}
