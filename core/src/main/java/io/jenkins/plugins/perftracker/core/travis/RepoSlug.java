package io.jenkins.plugins.perftracker.core.travis;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A repository slug, {@code owner/name}, as GitHub allows it: letters, digits, {@code - _ .}, at most 100
 * characters per part. Anything else is refused before it reaches a URL, a file name or a page.
 */
public record RepoSlug(String owner, String name) {
    private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.-]{1,100}");

    public RepoSlug {
        if (!isPart(owner) || !isPart(name)) {
            throw new IllegalArgumentException("A repository slug owner/name expected but was '"
                    + abbreviate(owner) + "/" + abbreviate(name) + "'");
        }
    }

    /** The slug in {@code owner/name}, or empty when the text is not a valid slug. */
    public static Optional<RepoSlug> parse(final String text) {
        if (text == null || text.length() > 201) {
            return Optional.empty();
        }
        int slash = text.indexOf('/');
        if (slash < 0 || slash != text.lastIndexOf('/')) {
            return Optional.empty();
        }
        String owner = text.substring(0, slash);
        String name = text.substring(slash + 1);
        return isPart(owner) && isPart(name) ? Optional.of(new RepoSlug(owner, name)) : Optional.empty();
    }

    /** GitHub compares names without case. */
    public String canonical() {
        return toString().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return owner + "/" + name;
    }

    private static boolean isPart(final String part) {
        return part != null && PART.matcher(part).matches() && !".".equals(part) && !"..".equals(part);
    }

    private static String abbreviate(final String text) {
        return text == null ? "null" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
