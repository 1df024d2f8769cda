package io.jenkins.plugins.perftracker.core.travis;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which repositories the webhook and imports accept: Buildtime Trend's {@code allowed_repo} and
 * {@code denied_repo}. Denied wins; an empty allowed list allows every repository not denied. Each entry is
 * <ul>
 *   <li>{@code =owner/name}: exactly this repository;</li>
 *   <li>text with {@code *} or {@code ?}: a glob over the whole slug, where {@code *} matches within one
 *       part (not {@code /}), {@code **} matches across parts and {@code ?} one character;</li>
 *   <li>anything else: a substring of the slug, as the seed matched.</li>
 * </ul>
 * Matching ignores case, as GitHub does. Blank entries are ignored.
 */
public final class RepoRules {
    private final List<Predicate<String>> allowed;
    private final List<Predicate<String>> denied;

    public RepoRules(final List<String> allowed, final List<String> denied) {
        this.allowed = compile(allowed);
        this.denied = compile(denied);
    }

    /** Rules that allow every repository. */
    public static RepoRules allowAll() {
        return new RepoRules(List.of(), List.of());
    }

    public boolean isAllowed(final RepoSlug slug) {
        String key = slug.canonical();
        if (denied.stream().anyMatch(rule -> rule.test(key))) {
            return false;
        }
        return allowed.isEmpty() || allowed.stream().anyMatch(rule -> rule.test(key));
    }

    /** The seed's refusal message. */
    public static String refusal(final RepoSlug slug) {
        return "Project '" + slug + "' is not allowed.";
    }

    private static List<Predicate<String>> compile(final List<String> entries) {
        return entries == null ? List.of() : entries.stream().filter(e -> e != null && !e.isBlank())
                .map(e -> rule(e.trim().toLowerCase(Locale.ROOT))).toList();
    }

    static Predicate<String> rule(final String entry) {
        if (entry.startsWith("=")) {
            String exact = entry.substring(1);
            return exact::equals;
        }
        if (entry.contains("*") || entry.contains("?")) {
            return glob(entry).asMatchPredicate();
        }
        return slug -> slug.contains(entry);
    }

    static Pattern glob(final String glob) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }
}
