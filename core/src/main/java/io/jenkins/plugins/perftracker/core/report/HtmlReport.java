package io.jenkins.plugins.perftracker.core.report;

import io.jenkins.plugins.perftracker.core.view.ComparisonView;
import io.jenkins.plugins.perftracker.core.view.TrendsView;
import io.jenkins.plugins.perftracker.core.view.ViewJson;

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
        StringBuilder html = new StringBuilder(1_200_000);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(escape(title)).append("</title>\n<style>\n").append(ReportAssets.css())
                .append("</style>\n</head>\n<body class=\"pt-report\">\n<header class=\"pt-header\"><h1>")
                .append(escape(title)).append("</h1>\n<nav aria-label=\"Pages\"><ul>");
        comparison.ifPresent(c -> html.append("<li><a href=\"#comparison\">Comparison</a></li>"));
        trends.ifPresent(t -> html.append("<li><a href=\"#trends\">Trends</a></li>"));
        html.append("</ul></nav></header>\n<main>\n");
        comparison.ifPresent(c -> page(html, "comparison", "Comparison", c));
        trends.ifPresent(t -> page(html, "trends", "Trends and change points", t));
        html.append("</main>\n<footer class=\"pt-footer\">Made by perftracker.</footer>\n")
                .append(ReportAssets.scripts()).append("</body>\n</html>\n");
        return html.toString();
    }

    private static void page(final StringBuilder html, final String page, final String heading, final Object model) {
        html.append("<section id=\"").append(page).append("\" class=\"pt-page-section\" aria-labelledby=\"")
                .append(page).append("-heading\">\n<h2 id=\"").append(page).append("-heading\">").append(heading)
                .append("</h2>\n<div class=\"pt-page\" data-perftracker-page=\"").append(page)
                .append("\" data-model=\"pt-model-").append(page).append("\"></div>\n")
                .append("<script type=\"application/json\" id=\"pt-model-").append(page).append("\">")
                .append(ViewJson.writeForHtml(model)).append("</script>\n</section>\n");
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
