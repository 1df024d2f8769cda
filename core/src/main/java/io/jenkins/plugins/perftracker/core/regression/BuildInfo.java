package io.jenkins.plugins.perftracker.core.regression;

import java.util.Objects;

/**
 * What a regression view needs to know of one build besides its series points.
 *
 * @param build          the build number
 * @param timeMillis     when the run ended (PerfTracker orders a tag's jobs by their end)
 * @param productVersion the product version (the X axis; "?" when empty)
 * @param regressionTag  the tag the run was published with ("" when none)
 */
public record BuildInfo(int build, long timeMillis, String productVersion, String regressionTag) {
    /** PerfTracker's X value for a build without product version. */
    public static final String UNKNOWN_VERSION = "?";

    public BuildInfo {
        productVersion = Objects.requireNonNullElse(productVersion, "");
        regressionTag = Objects.requireNonNullElse(regressionTag, "");
    }

    /** The X-axis label: the product version, or "?". */
    public String label() {
        return productVersion.isEmpty() ? UNKNOWN_VERSION : productVersion;
    }
}
