package io.jenkins.plugins.perftracker.job;

import java.io.IOException;
import java.util.List;

import hudson.model.Job;

import io.jenkins.plugins.perftracker.config.PerftrackerConfiguration;
import io.jenkins.plugins.perftracker.core.badge.PerfBadges;
import io.jenkins.plugins.perftracker.core.store.index.SeriesHistory;
import io.jenkins.plugins.perftracker.core.view.job.JobRegressions;

/**
 * The open regressions of a regression tag, computed exactly as the tag's page computes them (same builds,
 * same exclusions, same detector), so the badge and the page never disagree.
 */
public final class JobRegressionCounts {
    private JobRegressionCounts() {
    }

    /**
     * The count of series in a degradation class of the tag; -1 when no recent build carries the tag or the
     * job's index is being rebuilt.
     */
    public static int open(final Job<?, ?> job, final String tag) throws IOException {
        int builds = PerftrackerConfiguration.get().getTrendBuilds();
        JobTags tags = new JobTags(job);
        if (!tags.names(builds).contains(tag)) {
            return -1;
        }
        // a GET: a damaged index is queued for a rebuild; meanwhile the count is unknown, not zero
        List<SeriesHistory> histories = SeriesIndexes.read(job, index -> index.readLastBuilds(builds), null);
        if (histories == null) {
            return -1;
        }
        return PerfBadges.openRegressionCount(new JobRegressions(PerftrackerConfiguration.get().detector())
                .of(tag, tags.builds(builds), tags.excluded(tag), histories));
    }
}
