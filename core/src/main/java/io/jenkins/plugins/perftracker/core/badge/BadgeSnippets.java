package io.jenkins.plugins.perftracker.core.badge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The badge URLs of one job with ready-to-paste Markdown and HTML, for the job's "Badges" page: every
 * build-time type for the week (the other intervals are one path segment away), the verdict, and, when the
 * job has them, its regression tags. Text is escaped for the target language here; the page escapes again
 * for HTML when it shows the snippet as text.
 */
public final class BadgeSnippets {
    private BadgeSnippets() {
    }

    /**
     * One badge: what it shows, its URL and the snippets that embed it linked to {@code linkUrl}.
     *
     * @param title    what the badge shows, for the page
     * @param url      the absolute badge URL
     * @param markdown {@code [![alt](url)](link)}
     * @param html     {@code <a href="link"><img src="url" alt="alt"></a>}
     */
    public record Snippet(String title, String url, String markdown, String html) {
    }

    /**
     * The snippets of a job.
     *
     * @param badgeRoot      the absolute URL of {@code /perftracker/badge/}, ending in {@code /}
     * @param jobFullName    the job's full name
     * @param jobUrl         the absolute URL of the job's page, for the link around the badge
     * @param regressionTags the job's regression tags
     */
    public static List<Snippet> forJob(final String badgeRoot, final String jobFullName, final String jobUrl,
            final List<String> regressionTags) {
        List<Snippet> snippets = new ArrayList<>();
        for (BuildtimeBadgeType type : BuildtimeBadgeType.values()) {
            BadgePath path = new BadgePath(BadgePath.Kind.BUILDTIME, jobFullName, Optional.of(type),
                    Optional.of(BadgeInterval.WEEK));
            snippets.add(forUrl("Build time: " + type.getId() + " (week)", badgeRoot + path.toPath(), jobUrl));
        }
        snippets.add(forUrl("Verdict of the last build", badgeRoot + plain(BadgePath.Kind.VERDICT, jobFullName),
                jobUrl));
        for (String tag : regressionTags) {
            snippets.add(forUrl("Open regressions of " + tag, badgeRoot
                    + plain(BadgePath.Kind.REGRESSIONS, jobFullName) + "?tag=" + BadgePath.encode(tag), jobUrl));
        }
        return snippets;
    }

    /** One badge URL with its snippets, linked to {@code link}. */
    public static Snippet forUrl(final String title, final String url, final String link) {
        String markdown = "[![" + markdownText(title) + "](" + markdownUrl(url) + ")](" + markdownUrl(link) + ")";
        String html = "<a href=\"" + BadgeText.escapeXml(link) + "\"><img src=\"" + BadgeText.escapeXml(url)
                + "\" alt=\"" + BadgeText.escapeXml(title) + "\"></a>";
        return new Snippet(title, url, markdown, html);
    }

    private static String plain(final BadgePath.Kind kind, final String jobFullName) {
        return new BadgePath(kind, jobFullName, Optional.empty(), Optional.empty()).toPath();
    }

    /** A URL inside Markdown's parentheses: those and spaces percent-encoded, so the link cannot end early. */
    static String markdownUrl(final String url) {
        return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E");
    }

    /** Markdown link text: brackets and backslashes escaped, line breaks flattened. */
    static String markdownText(final String text) {
        return text.replaceAll("[\\r\\n]+", " ").replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]");
    }
}
