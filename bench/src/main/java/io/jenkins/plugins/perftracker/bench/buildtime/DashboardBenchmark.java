package io.jenkins.plugins.perftracker.bench.buildtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import io.jenkins.plugins.perftracker.core.badge.BadgeInterval;
import io.jenkins.plugins.perftracker.core.badge.BuildtimeBadgeType;
import io.jenkins.plugins.perftracker.core.buildtime.Agent;
import io.jenkins.plugins.perftracker.core.buildtime.BuildMatrix;
import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecordBuilder;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;
import io.jenkins.plugins.perftracker.core.buildtime.Trigger;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.BadgeValue;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.BadgeValues;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.CountTarget;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.DashboardBuilder;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.DashboardFilter;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.DashboardModel;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.StatsBuilder;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.StatsModel;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.Timeframe;

/**
 * The build-time dashboard over 10,000 build jobs (target: at most 50 ms): one year of builds, 8 branches,
 * 4 matrix cells, 5 top-level stages with 2 nested stages each, 10 % failing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DashboardBenchmark {
    private static final Instant NOW = Instant.parse("2026-11-21T13:45:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String[] STAGES = {"Checkout", "Build", "Test", "Package", "Deploy"};

    @Param("10000")
    private int builds;

    @Param({"YEAR", "WEEK"})
    private Timeframe timeframe;

    private List<BuildTimeRecord> records;

    @Setup
    public void createRecords() {
        Random random = new Random(42);
        records = new ArrayList<>(builds);
        long spanSeconds = Duration.ofDays(364).getSeconds();
        for (int i = 0; i < builds; i++) {
            Instant finished = NOW.minusSeconds(spanSeconds * (builds - i) / builds);
            records.add(record(random, i, finished));
        }
    }

    static BuildTimeRecord record(final Random random, final int i, final Instant finished) {
        long seconds = 300 + random.nextInt(900);
        BuildTimeRecordBuilder builder = BuildTimeRecord.builder().repo("org/app").build(String.valueOf(i / 4 + 1))
                .job((i / 4 + 1) + "." + (i % 4 + 1)).branch("branch-" + random.nextInt(8))
                .result(random.nextInt(10) == 0 ? BuildResult.FAILED : BuildResult.PASSED)
                .trigger(random.nextBoolean() ? Trigger.PUSH : Trigger.PULL_REQUEST)
                .agent(Agent.of("agent-" + random.nextInt(16), "linux"))
                .matrix(BuildMatrix.of(Map.of("jdk", String.valueOf(11 + 2 * (i % 4)), "os", "linux")))
                .queuedAt(finished.minusSeconds(seconds + 20)).startedAt(finished.minusSeconds(seconds))
                .finishedAt(finished);
        for (String name : STAGES) {
            builder.stage(StageTiming.builder(name).duration(Duration.ofSeconds(seconds / 5))
                    .child(StageTiming.builder(name + " a").duration(Duration.ofSeconds(seconds / 10)))
                    .child(StageTiming.builder(name + " b").duration(Duration.ofSeconds(seconds / 10))));
        }
        return builder.build();
    }

    @Benchmark
    public DashboardModel dashboard() {
        return DashboardBuilder.build(records, timeframe, DashboardFilter.NONE, CLOCK);
    }

    @Benchmark
    public DashboardModel dashboardFilteredByBranch() {
        return DashboardBuilder.build(records, timeframe, new DashboardFilter("branch-3", "", "", "", ""), CLOCK);
    }

    @Benchmark
    public StatsModel stats() {
        return StatsBuilder.build(records, timeframe, CountTarget.JOBS, CLOCK);
    }

    @Benchmark
    public BadgeValue badgeAverage() {
        return BadgeValues.compute(records, BuildtimeBadgeType.AVG, BadgeInterval.YEAR, CLOCK);
    }
}
