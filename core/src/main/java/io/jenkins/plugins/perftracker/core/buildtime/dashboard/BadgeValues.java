package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

import io.jenkins.plugins.perftracker.core.badge.BadgeInterval;
import io.jenkins.plugins.perftracker.core.badge.BuildtimeBadgeType;
import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

/**
 * The values of Buildtime Trend's build-time badges over one project's records (B3), for the badge package's
 * types and intervals: week, month and year are the dashboard's {@code this_7_days}, {@code this_30_days} and
 * {@code this_52_weeks} windows; {@code latest} and {@code last_fail} look at every record.
 */
public final class BadgeValues {
    private static final long MILLIS_PER_DAY = 86_400_000L;
    /** The latest job: the last to finish; among equal finishes the highest job id. */
    private static final Comparator<BuildTimeRecord> LATEST = Comparator.comparing(BuildTimeRecord::getFinishedAt)
            .thenComparing(BuildTimeRecord::getJob, Fields.NATURAL);

    private BadgeValues() {
    }

    /**
     * The value of one badge.
     *
     * @param records the project's records
     * @param type the badge type
     * @param interval the interval (ignored by {@code latest} and {@code last_fail})
     * @param clock gives "now"
     */
    public static BadgeValue compute(final Collection<BuildTimeRecord> records, final BuildtimeBadgeType type,
            final BadgeInterval interval, final Clock clock) {
        Instant now = clock.instant();
        switch (type) {
            case LATEST:
                return records.stream().max(LATEST).map(r -> BadgeValue.of(Fields.seconds(r.getDuration())))
                        .orElse(BadgeValue.none());
            case LAST_FAIL:
                return lastFail(records, now);
            default:
                return inInterval(records, type, Timeframe.fromId(interval.getId()).window(now));
        }
    }

    private static BadgeValue lastFail(final Collection<BuildTimeRecord> records, final Instant now) {
        return records.stream().filter(r -> r.getResult() != BuildResult.PASSED)
                .map(BuildTimeRecord::getFinishedAt).max(Comparator.naturalOrder())
                .map(t -> BadgeValue.of(Math.floorDiv(now.toEpochMilli() - t.toEpochMilli(), MILLIS_PER_DAY)))
                .orElse(BadgeValue.none());
    }

    private static BadgeValue inInterval(final Collection<BuildTimeRecord> records, final BuildtimeBadgeType type,
            final TimeWindow window) {
        Tally tally = new Tally();
        records.stream().filter(r -> window.contains(r.getFinishedAt())).forEach(tally::add);
        switch (type) {
            case JOBS:
                return BadgeValue.of(tally.jobs.size());
            case BUILDS:
                return BadgeValue.of(tally.builds.size());
            case PASSED:
                return tally.jobs.isEmpty() ? BadgeValue.none()
                        : BadgeValue.of((int) (100.0 * tally.passed.size() / tally.jobs.size()));
            default:
                return tally.count == 0 ? BadgeValue.none() : BadgeValue.of(tally.durationSum / tally.count);
        }
    }

    /** Distinct jobs, passed jobs and builds, and the duration sum of the records in the interval. */
    private static final class Tally {
        private final Set<String> jobs = new HashSet<>();
        private final Set<String> passed = new HashSet<>();
        private final Set<String> builds = new HashSet<>();
        private double durationSum;
        private long count;

        void add(final BuildTimeRecord record) {
            jobs.add(Fields.jobKey(record));
            builds.add(Fields.buildKey(record));
            if (record.getResult() == BuildResult.PASSED) {
                passed.add(Fields.jobKey(record));
            }
            durationSum += Fields.seconds(record.getDuration());
            count++;
        }
    }
}
