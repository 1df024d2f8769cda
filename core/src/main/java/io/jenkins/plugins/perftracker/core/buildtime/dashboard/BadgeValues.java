package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Set;

import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.BadgeValue.Kind;

/** The values of Buildtime Trend's build-time badges over one project's records (B3). */
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
    public static BadgeValue compute(final Collection<BuildTimeRecord> records, final BadgeType type,
            final BadgeInterval interval, final Clock clock) {
        Instant now = clock.instant();
        String subject = type.subject(interval);
        switch (type) {
            case LATEST:
                return records.stream().max(LATEST).map(r -> BadgeValue.of(Kind.DURATION_SECONDS, subject,
                        Fields.seconds(r.getDuration()))).orElse(BadgeValue.unknown(Kind.DURATION_SECONDS, subject));
            case LAST_FAIL:
                return lastFail(records, now, subject);
            default:
                return inInterval(records, type, interval.getTimeframe().window(now), subject);
        }
    }

    private static BadgeValue lastFail(final Collection<BuildTimeRecord> records, final Instant now,
            final String subject) {
        return records.stream().filter(r -> r.getResult() != BuildResult.PASSED)
                .map(BuildTimeRecord::getFinishedAt).max(Comparator.naturalOrder())
                .map(t -> BadgeValue.of(Kind.DAYS, subject,
                        Math.floorDiv(now.toEpochMilli() - t.toEpochMilli(), MILLIS_PER_DAY)))
                .orElse(BadgeValue.unknown(Kind.DAYS, subject));
    }

    private static BadgeValue inInterval(final Collection<BuildTimeRecord> records, final BadgeType type,
            final TimeWindow window, final String subject) {
        Tally tally = new Tally();
        records.stream().filter(r -> window.contains(r.getFinishedAt())).forEach(tally::add);
        switch (type) {
            case JOBS:
                return BadgeValue.of(Kind.COUNT, subject, tally.jobs.size());
            case BUILDS:
                return BadgeValue.of(Kind.COUNT, subject, tally.builds.size());
            case PASSED:
                return tally.jobs.isEmpty() ? BadgeValue.unknown(Kind.PERCENT, subject)
                        : BadgeValue.of(Kind.PERCENT, subject, (int) (100.0 * tally.passed.size() / tally.jobs.size()));
            default:
                return tally.count == 0 ? BadgeValue.unknown(Kind.DURATION_SECONDS, subject)
                        : BadgeValue.of(Kind.DURATION_SECONDS, subject, tally.durationSum / tally.count);
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
