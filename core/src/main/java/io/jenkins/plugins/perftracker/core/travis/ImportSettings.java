package io.jenkins.plugins.perftracker.core.travis;

import java.time.Duration;

/**
 * Buildtime Trend's {@code multi_import} settings and the webhook's countdown.
 *
 * @param maxBuilds   the most builds one batch imports (seed default 100)
 * @param delay       the gap between two builds of a batch (seed default 3 s)
 * @param singleDelay the wait before importing a build a webhook announced, so Travis has set
 *                    {@code finished_at} (seed: 10 s, Buildtime Trend issue #96)
 */
public record ImportSettings(int maxBuilds, Duration delay, Duration singleDelay) {
    /** The seed's defaults. */
    public static final ImportSettings DEFAULTS = new ImportSettings(100, Duration.ofSeconds(3), Duration.ofSeconds(10));

    public ImportSettings {
        if (maxBuilds < 1) {
            throw new IllegalArgumentException("maxBuilds must be at least 1 but was " + maxBuilds);
        }
        if (delay.isNegative() || singleDelay.isNegative()) {
            throw new IllegalArgumentException("Delays must not be negative");
        }
    }
}
