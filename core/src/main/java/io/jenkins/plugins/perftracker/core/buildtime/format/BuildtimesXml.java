package io.jenkins.plugins.perftracker.core.buildtime.format;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One {@code <build>} of Buildtime Trend's native XML: its label (job id, else build id, else {@code #n} as
 * {@code Trend.gather_data()} names it), its attributes and its stage durations in seconds, in file order.
 */
public final class BuildtimesXml {
    private final String label;
    private final Map<String, String> attributes;
    private final Map<String, Double> stages;

    BuildtimesXml(final String label, final Map<String, String> attributes, final Map<String, Double> stages) {
        this.label = label;
        this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
        this.stages = Collections.unmodifiableMap(new LinkedHashMap<>(stages));
    }

    public String getLabel() {
        return label;
    }

    /** The build's attributes ({@code build}, {@code job}, {@code branch}, ...). */
    public Map<String, String> getAttributes() {
        return attributes;
    }

    /** Stage name to duration in seconds; stages without a name or a duration are skipped, as in the seed. */
    public Map<String, Double> getStages() {
        return stages;
    }
}
