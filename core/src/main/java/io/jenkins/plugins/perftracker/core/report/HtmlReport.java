package io.jenkins.plugins.perftracker.core.report;

import io.jenkins.plugins.perftracker.core.view.ComparisonView;
import io.jenkins.plugins.perftracker.core.view.TrendsView;
import io.jenkins.plugins.perftracker.core.view.ViewJson;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes the standalone report: one HTML file with the style sheet, ECharts, the UI modules and the page models
 * inlined, so it opens from disk with no network. Text goes through {@link #escape}; models are JSON in
 * {@code <script type="application/json">} elements that the modules read.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    /** The report's HTML; absent pages are left out. */
    public static String render(final String title, final Optional<ComparisonView> comparison,
            final Optional<TrendsView> trends) {
        List<Page> pages = new ArrayList<>();
        comparison.ifPresent(c -> pages.add(new Page("comparison", "Comparison", c)));
        trends.ifPresent(t -> pages.add(new Page("trends", "Trends and change points", t)));
        return render(title, pages);
    }

    /** The report's HTML with the given pages, in order. */
    public static String render(final String title, final List<Page> pages) {
        StringBuilder html = new StringBuilder(1_200_000);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(ReportAssets.css())
                .append("</style>\n</head>\n<body class=\"pt-report\">\n<header class=\"pt-header\"><h1>")
                .append(escape(title)).append("</h1>\n<nav aria-label=\"Pages\"><ul>");
        pages.forEach(p -> html.append("<li><a href=\"#").append(p.id()).append("\">").append(escape(p.heading()))
                .append("</a></li>"));
        html.append("</ul></nav></header>\n<main>\n");
        pages.forEach(p -> page(html, p));
        html.append("</main>\n<footer class=\"pt-footer\">Made by perftracker.</footer>\n")
                .append(ReportAssets.scripts()).append("</body>\n</html>\n");
        return html.toString();
    }

    /**
     * A page of the report.
     *
     * @param id       the page module's name (comparison, trends, regression, dashboard, timeline)
     * @param model    its view model, inlined; null when the page fetches it
     * @param modelUrl where the page fetches its model (a live page served over HTTP), empty when inlined
     */
    public record Page(String id, String heading, Object model, String modelUrl) {
        public Page {
            if (!id.matches("[a-z]+")) {
                throw new IllegalArgumentException("a page id of lower-case letters expected but was '" + id + "'");
            }
            if ((model == null) == modelUrl.isEmpty()) {
                throw new IllegalArgumentException("a page needs either a model or a model URL");
            }
        }

        /** A page with its model inlined. */
        public Page(final String id, final String heading, final Object model) {
            this(id, heading, model, "");
        }

        /** A page that fetches its model from {@code modelUrl}. */
        public static Page live(final String id, final String heading, final String modelUrl) {
            return new Page(id, heading, null, modelUrl);
        }
    }

    private static void page(final StringBuilder html, final Page page) {
        String id = page.id();
        html.append("<section id=\"").append(id).append("\" class=\"pt-page-section\" aria-labelledby=\"")
                .append(id).append("-heading\">\n<h2 id=\"").append(id).append("-heading\">")
                .append(escape(page.heading())).append("</h2>\n<div class=\"pt-page\" data-perftracker-page=\"")
                .append(id).append('"');
        if (page.model() == null) {
            html.append(" data-model-url=\"").append(escape(page.modelUrl())).append("\"></div>\n</section>\n");
            return;
        }
        html.append(" data-model=\"pt-model-").append(id).append("\"></div>\n")
                .append("<script type=\"application/json\" id=\"pt-model-").append(id).append("\">")
                .append(ViewJson.writeForHtml(page.model())).append("</script>\n</section>\n");
    }

    /** HTML-escapes text for element content and quoted attribute values. */
    public static String escape(final String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
