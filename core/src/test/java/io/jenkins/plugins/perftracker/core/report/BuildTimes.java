package io.jenkins.plugins.perftracker.core.report;

import io.jenkins.plugins.perftracker.core.buildtime.Agent;
import io.jenkins.plugins.perftracker.core.buildtime.BuildMatrix;
import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;
import io.jenkins.plugins.perftracker.core.buildtime.Trigger;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.DashboardBuilder;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.DashboardFilter;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.DashboardModel;
import io.jenkins.plugins.perftracker.core.buildtime.dashboard.Timeframe;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A week of build-time records (two branches, two matrix cells, three results, two stages) and the buildtime
 * package's real dashboard model over them, as the plugin's JSON endpoint would serve it.
 */
final class BuildTimes {
    static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    /** Builds in the records; each has two jobs (matrix cells). */
    static final int BUILDS = 24;

    private BuildTimes() {
    }

    static List<BuildTimeRecord> records() {
        List<BuildTimeRecord> records = new ArrayList<>();
        for (int b = 1; b <= BUILDS; b++) {
            for (String jdk : List.of("jdk17", "jdk21")) {
                records.add(record(b, jdk));
            }
        }
        return records;
    }

    private static BuildTimeRecord record(final int build, final String jdk) {
        Instant start = NOW.minus(Duration.ofHours(6L * (BUILDS - build) + 1));
        Duration compile = Duration.ofSeconds(120 + 7L * (build % 5) + ("jdk21".equals(jdk) ? 30 : 0));
        Duration test = Duration.ofSeconds(300 + 11L * (build % 7));
        BuildResult result = build % 8 == 0 ? BuildResult.fromId("failed")
                : build % 11 == 0 ? BuildResult.fromId("errored") : BuildResult.fromId("passed");
        return BuildTimeRecord.builder().repo("demo").build(String.valueOf(build))
                .job(build + ("jdk17".equals(jdk) ? ".1" : ".2")).branch(build % 3 == 0 ? "feature-x" : "main")
                .result(result).trigger(Trigger.fromId(build % 4 == 0 ? "timer" : "push"))
                .agent(Agent.of("agent-" + (build % 2), "linux")).matrix(BuildMatrix.of(Map.of("jdk", jdk)))
                .startedAt(start).finishedAt(start.plus(compile).plus(test))
                .stage(StageTiming.builder("compile").start(start).duration(compile))
                .stage(StageTiming.builder("test").start(start.plus(compile)).duration(test)).build();
    }

    /** The dashboard for a timeframe id and the page's filter parameters. */
    static DashboardModel dashboard(final String timeframe, final Map<String, String> parameters) {
        DashboardFilter filter = new DashboardFilter(parameters.get("filter_branch"),
                parameters.get("filter_build_result"), parameters.get("filter_build_trigger"),
                parameters.get("filter_build_matrix"), parameters.get("filter_agent"));
        return DashboardBuilder.build(records(), Timeframe.fromId(timeframe), filter,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }
}
