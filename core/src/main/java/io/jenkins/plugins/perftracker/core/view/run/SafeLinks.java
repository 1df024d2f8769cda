package io.jenkins.plugins.perftracker.core.view.run;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Links from result files are untrusted: only http and https addresses become links on a page, anything else
 * (a {@code javascript:} address, say) is shown as plain text.
 */
public final class SafeLinks {
    private SafeLinks() {
    }

    /** A name and an address; {@code href} is empty when the address may not be a link. */
    public record Link(String name, String href, String text) {
    }

    public static List<Link> of(final Map<String, String> links) {
        List<Link> result = new ArrayList<>();
        links.forEach((name, url) -> result.add(new Link(name, isWebAddress(url) ? url : "", url)));
        return result;
    }

    public static boolean isWebAddress(final String url) {
        try {
            String scheme = new URI(url.strip()).getScheme();
            return scheme != null && ("http".equals(scheme.toLowerCase(Locale.ROOT))
                    || "https".equals(scheme.toLowerCase(Locale.ROOT)));
        }
        catch (URISyntaxException e) {
            return false;
        }
    }
}
