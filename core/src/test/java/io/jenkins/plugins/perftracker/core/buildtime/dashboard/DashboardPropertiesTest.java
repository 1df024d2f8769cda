package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import io.jenkins.plugins.perftracker.core.badge.BadgeInterval;
import io.jenkins.plugins.perftracker.core.badge.BuildtimeBadgeType;
import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

import static io.jenkins.plugins.perftracker.core.buildtime.dashboard.Records.*;
import static org.assertj.core.api.Assertions.*;

/** Invariants that hold for any set of records: counts agree across metrics, charts and badges. */
class DashboardPropertiesTest {
    private static List<BuildTimeRecord> random(final long seed, final int count) {
        Random random = new Random(seed);
        List<BuildTimeRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant finished = NOW.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 400)));
            records.add(job((i / 3 + 1) + "." + (i % 3 + 1), finished.toString(), random.nextInt(3000))
                    .branch("b" + random.nextInt(4)).result(BuildResult.values()[random.nextInt(4)])
                    .stage(stage("s" + random.nextInt(3), random.nextInt(100))).build());
        }
        return records;
    }

    private static double metric(final DashboardModel model, final String id) {
        return model.metrics().stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow().value();
    }

    private static ChartModel chart(final DashboardModel model, final String id) {
        return model.charts().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    private static double sum(final ChartModel chart) {
        return chart.series().stream().flatMap(s -> s.values().stream()).mapToDouble(Double::doubleValue).sum();
    }

    @Property(tries = 50)
    void shouldCountEveryJobOfTheTimeframeOnceInTheResultChart(@ForAll final long seed,
            @ForAll @IntRange(max = 200) final int count, @ForAll final Timeframe timeframe) {
        List<BuildTimeRecord> records = random(seed, count);
        DashboardModel model = DashboardBuilder.build(records, timeframe, DashboardFilter.NONE, CLOCK);

        TimeWindow window = timeframe.window(NOW);
        long inWindow = records.stream().filter(r -> window.contains(r.getFinishedAt())).count();
        assertThat(metric(model, "total")).isEqualTo(inWindow);
        assertThat(sum(chart(model, "job-results"))).isEqualTo(inWindow);
        assertThat(metric(model, "passed") + metric(model, "failed")).isLessThanOrEqualTo(inWindow);
    }

    @Property(tries = 50)
    void shouldAgreeWithTheBadgeValues(@ForAll final long seed, @ForAll @IntRange(max = 200) final int count) {
        List<BuildTimeRecord> records = random(seed, count);
        DashboardModel model = DashboardBuilder.build(records, Timeframe.MONTH, DashboardFilter.NONE, CLOCK);

        BadgeValue jobs = BadgeValues.compute(records, BuildtimeBadgeType.JOBS, BadgeInterval.MONTH, CLOCK);
        BadgeValue builds = BadgeValues.compute(records, BuildtimeBadgeType.BUILDS, BadgeInterval.MONTH, CLOCK);

        assertThat(jobs.getAsDouble()).isEqualTo(metric(model, "total"));
        assertThat(builds.getAsDouble()).isEqualTo(chart(model, "duration-build").labels().size());
        assertThat(sum(chart(model, "duration-build"))).isCloseTo(sum(chart(model, "duration-job")),
                within(1e-6));
    }

    @Property(tries = 30)
    void shouldSplitTheTotalByFilterValue(@ForAll final long seed, @ForAll @IntRange(max = 150) final int count) {
        List<BuildTimeRecord> records = random(seed, count);
        DashboardModel all = DashboardBuilder.build(records, Timeframe.YEAR, DashboardFilter.NONE, CLOCK);

        double perBranch = 0;
        for (String branch : all.filters().get(3).options()) {
            perBranch += metric(DashboardBuilder.build(records, Timeframe.YEAR,
                    new DashboardFilter(branch, null, null, null, null), CLOCK), "total");
        }

        assertThat(perBranch).isEqualTo(metric(all, "total"));
    }

    @Property(tries = 30)
    void shouldNotDependOnTheOrderOfRecords(@ForAll final long seed, @ForAll @IntRange(max = 100) final int count) {
        List<BuildTimeRecord> records = random(seed, count);
        List<BuildTimeRecord> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new Random(seed));

        DashboardModel a = DashboardBuilder.build(records, Timeframe.YEAR, DashboardFilter.NONE, CLOCK);
        DashboardModel b = DashboardBuilder.build(shuffled, Timeframe.YEAR, DashboardFilter.NONE, CLOCK);

        assertThat(b.metrics()).isEqualTo(a.metrics());
        assertThat(b.filters()).isEqualTo(a.filters());
        for (int i = 0; i < a.charts().size(); i++) {
            assertThat(b.charts().get(i).labels()).isEqualTo(a.charts().get(i).labels());
            assertThat(b.charts().get(i).series()).extracting(SeriesModel::name)
                    .isEqualTo(a.charts().get(i).series().stream().map(SeriesModel::name).toList());
        }
    }

    @Property(tries = 30)
    void shouldCountStatsJobsAsTheDashboardsTotalsOfAllProjects(@ForAll final long seed,
            @ForAll @IntRange(max = 100) final int count) {
        List<BuildTimeRecord> records = new ArrayList<>(random(seed, count));
        random(seed + 1, count).forEach(r -> records.add(job(r.getJob(), r.getFinishedAt().toString(), 1)
                .repo("org/other").build()));
        StatsModel stats = StatsBuilder.build(records, Timeframe.WEEK, CountTarget.JOBS, CLOCK);

        Set<String> repos = new HashSet<>();
        double total = 0;
        for (String repo : List.of("org/app", "org/other")) {
            List<BuildTimeRecord> ofRepo = records.stream().filter(r -> r.getRepo().equals(repo)).toList();
            double jobs = metric(DashboardBuilder.build(ofRepo, Timeframe.WEEK, DashboardFilter.NONE, CLOCK), "total");
            total += jobs;
            if (jobs > 0) {
                repos.add(repo);
            }
        }

        assertThat(stats.metrics().get(2).value()).isEqualTo(total);
        assertThat(stats.metrics().get(0).value()).isEqualTo(repos.size());
    }
}
