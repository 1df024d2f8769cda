package io.jenkins.plugins.perftracker.core.publish;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.jenkins.plugins.perftracker.core.model.EnvNode;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.view.run.SafeLinks;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

/**
 * The run-level values a publish step sets (title, product, suite, regression tag, links, environment,
 * artifacts). A value given here wins over the one in the result files; an empty one leaves the file's value.
 */
public final class RunOverrides implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int MAX_LINKS = 100;

    private final Map<String, String> texts;
    private final Map<String, String> links;
    private final List<EnvNode> envNodes;
    private final List<String> artifacts;

    private RunOverrides(final Map<String, String> texts, final Map<String, String> links,
            final List<EnvNode> envNodes, final List<String> artifacts) {
        this.texts = texts;
        this.links = links;
        this.envNodes = List.copyOf(envNodes);
        this.artifacts = List.copyOf(artifacts);
    }

    /**
     * The overrides of a publish call.
     *
     * @param title         the run's title
     * @param productName   the product under test
     * @param productVer    its version (PerfTracker's X axis in regression tags)
     * @param suiteName     the benchmark suite
     * @param suiteVer      its version
     * @param regressionTag the regression tag the run joins
     * @param links         {@code name=url} pairs, one per line or comma-separated
     * @param envNodes      the environment tree; empty keeps the files' tree
     * @param artifacts     archived files linked to the run
     * @throws IllegalArgumentException naming the option when a link is malformed
     */
    @SuppressWarnings("checkstyle:ParameterNumber")
    public static RunOverrides of(final String title, final String productName, final String productVer,
            final String suiteName, final String suiteVer, final String regressionTag, final String links,
            final List<EnvNode> envNodes, final List<String> artifacts) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("title", clean(title));
        texts.put("productName", clean(productName));
        texts.put("productVer", clean(productVer));
        texts.put("suiteName", clean(suiteName));
        texts.put("suiteVer", clean(suiteVer));
        texts.put("regressionTag", clean(regressionTag));
        return new RunOverrides(texts, parseLinks(links), envNodes, artifacts);
    }

    /** The run with these overrides applied. */
    public PerfRun applyTo(final PerfRun run) {
        PerfRunBuilder b = run.toBuilder()
                .title(pick(texts.get("title"), run.getTitle()))
                .productName(pick(texts.get("productName"), run.getProductName()))
                .productVer(pick(texts.get("productVer"), run.getProductVer()))
                .suiteName(pick(texts.get("suiteName"), run.getSuiteName()))
                .suiteVer(pick(texts.get("suiteVer"), run.getSuiteVer()))
                .regressionTag(pick(texts.get("regressionTag"), run.getRegressionTag()));
        if (!links.isEmpty()) {
            Map<String, String> all = new LinkedHashMap<>(run.getLinks());
            all.putAll(links);
            b.links(all);
        }
        if (!envNodes.isEmpty()) {
            b.envNodes(envNodes);
        }
        if (!artifacts.isEmpty()) {
            b.artifacts(artifacts);
        }
        return b.build();
    }

    /**
     * Parses {@code name=url} pairs; only http and https links are kept, so that a crafted link cannot run
     * script when a user clicks it.
     */
    public static Map<String, String> parseLinks(final String text) {
        Map<String, String> links = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return links;
        }
        for (String pair : text.split("[,\\n]")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("links: 'name=url' expected but was '" + pair.strip() + "'");
            }
            links.put(pair.substring(0, eq).strip(), checkedUrl(pair.substring(eq + 1).strip()));
            if (links.size() > MAX_LINKS) {
                throw new IllegalArgumentException("links: at most " + MAX_LINKS + " links expected");
            }
        }
        return links;
    }

    private static String checkedUrl(final String url) {
        if (SafeLinks.isWebAddress(url)) {
            return url;
        }
        throw new IllegalArgumentException("links: an http or https URL expected but was '" + url + "'");
    }

    private static String clean(final String text) {
        return text == null ? "" : text.strip();
    }

    private static String pick(final String override, final String fromFiles) {
        return override.isEmpty() ? fromFiles : override;
    }
}
