package io.jenkins.plugins.perftracker.root;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

import hudson.model.Job;
import hudson.model.Run;
import hudson.security.ACL;
import hudson.security.ACLContext;
import jenkins.model.Jenkins;

import io.jenkins.plugins.perftracker.core.badge.Badge;
import io.jenkins.plugins.perftracker.core.badge.BadgeAnswers;
import io.jenkins.plugins.perftracker.core.badge.BadgePath;
import io.jenkins.plugins.perftracker.core.badge.BuildtimeBadges;
import io.jenkins.plugins.perftracker.core.badge.PerfBadges;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.BadgeValues;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.travis.RepoSlug;
import io.jenkins.plugins.perftracker.job.JobRegressionCounts;
import io.jenkins.plugins.perftracker.job.SeriesIndexes;
import io.jenkins.plugins.perftracker.model.PerfBuildAction;

/**
 * Finds what a badge URL names and whether the requester may see it: the job is looked up as the system (so
 * that a requester holding only {@link BadgePermissions#VIEW_BADGE} finds it, as embeddable-build-status does),
 * then the requester's own permission decides. Empty means "answer the 404 badge".
 */
final class BadgeSubjects {
    private static final Logger LOGGER = Logger.getLogger(BadgeSubjects.class.getName());
    /** How far back the verdict badge looks for a build that published results. */
    private static final int MAX_BUILDS_SCANNED = 100;
    private static final int MAX_PARAMETER = 512;

    /** A badge found, with how long it may be cached and whether anonymous users may see it. */
    record Found(Badge badge, int maxAgeSeconds, boolean isPublic) {
    }

    private final UnaryOperator<String> parameters;

    BadgeSubjects(final UnaryOperator<String> parameters) {
        this.parameters = parameters;
    }

    Optional<Found> resolve(final BadgePath path) {
        try {
            if (path.kind() == BadgePath.Kind.TRAVIS) {
                return travis(path);
            }
            Optional<Job<?, ?>> job = visibleJob(path.subject());
            return job.isEmpty() ? Optional.empty() : Optional.of(found(job.get(), badge(path, job.get()),
                    path.interval().map(i -> i.getMaxAgeSeconds()).orElse(BadgeAnswers.PERF_MAX_AGE_SECONDS)));
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "perftracker: cannot compute the badge " + path.toPath(), e);
            return Optional.empty();
        }
    }

    private Badge badge(final BadgePath path, final Job<?, ?> job) throws IOException {
        return switch (path.kind()) {
            case BUILDTIME -> buildTime(path, BuildTimeSource.get().records(job));
            case VERDICT -> PerfBadges.verdict(lastVerdict(job));
            case SERIES -> series(job);
            default -> regressions(job);
        };
    }

    private Optional<Found> travis(final BadgePath path) throws IOException {
        Optional<RepoSlug> slug = RepoSlug.parse(path.subject());
        Jenkins jenkins = Jenkins.get();
        if (slug.isEmpty() || !jenkins.hasPermission(BadgePermissions.VIEW_BADGE)
                || !BuildTimeSource.get().imported(slug.get())) {
            return Optional.empty();
        }
        Badge badge = buildTime(path, BuildTimeSource.get().records(slug.get()));
        return Optional.of(new Found(badge, path.interval().orElseThrow().getMaxAgeSeconds(),
                jenkins.getACL().hasPermission2(Jenkins.ANONYMOUS2, BadgePermissions.VIEW_BADGE)));
    }

    private static Badge buildTime(final BadgePath path, final List<BuildTimeRecord> records) {
        return BuildtimeBadges.badge(path.type().orElseThrow(), path.interval().orElseThrow(),
                BadgeValues.compute(records, path.type().orElseThrow(), path.interval().orElseThrow(),
                        Clock.systemUTC()).toOptionalDouble());
    }

    private static String lastVerdict(final Job<?, ?> job) {
        int scanned = 0;
        for (Run<?, ?> build : job.getBuilds()) {
            PerfBuildAction action = PerfBuildAction.first(build);
            if (action != null) {
                return action.getSummary().getVerdict();
            }
            if (++scanned >= MAX_BUILDS_SCANNED) {
                break;
            }
        }
        return "";
    }

    private Badge series(final Job<?, ?> job) throws IOException {
        String tag = parameter("tag");
        if (tag.isEmpty()) {
            return PerfBadges.latestValue("series", OptionalDouble.empty(), "");
        }
        SeriesKey key = new SeriesKey(parameter("group"), tag, parameter("category"), parameter("unit"));
        // a GET: a damaged index is queued for a rebuild and the badge shows no value meanwhile
        List<SeriesPoint> points = SeriesIndexes.read(job, index -> index.readSeries(key, 1), List.of());
        OptionalDouble value = points.isEmpty() || !points.get(points.size() - 1).hasValue()
                ? OptionalDouble.empty() : OptionalDouble.of(points.get(points.size() - 1).mean());
        return PerfBadges.latestValue(key.displayName(), value, key.getUnit());
    }

    private Badge regressions(final Job<?, ?> job) throws IOException {
        String tag = parameter("tag");
        return PerfBadges.openRegressions(tag, tag.isEmpty() ? -1 : JobRegressionCounts.open(job, tag));
    }

    /** A query parameter, empty when missing or longer than {@link #MAX_PARAMETER} characters. */
    private String parameter(final String name) {
        String value = parameters.apply(name);
        return value == null || value.length() > MAX_PARAMETER ? "" : value.strip();
    }

    private static Found found(final Job<?, ?> job, final Badge badge, final int maxAgeSeconds) {
        return new Found(badge, maxAgeSeconds, job.getACL().hasPermission2(Jenkins.ANONYMOUS2,
                BadgePermissions.VIEW_BADGE));
    }

    /** The job when it exists and the requester may see its badges; empty for a missing and a hidden job alike. */
    static Optional<Job<?, ?>> visibleJob(final String fullName) {
        Job<?, ?> job;
        try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
            job = Jenkins.get().getItemByFullName(fullName, Job.class);
        }
        return job != null && job.hasPermission(BadgePermissions.VIEW_BADGE) ? Optional.of(job) : Optional.empty();
    }
}
