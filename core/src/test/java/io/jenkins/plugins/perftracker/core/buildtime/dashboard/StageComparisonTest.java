package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;

import static org.assertj.core.api.Assertions.*;

class StageComparisonTest {
    private static final Instant T = Instant.parse("2026-11-01T00:00:00Z");

    private static BuildTimeRecord record(final int build, final int compile, final Integer test) {
        StageTiming.Builder stage = StageTiming.builder("Build").duration(Duration.ofSeconds(compile + 1))
                .child(StageTiming.builder("compile").duration(Duration.ofSeconds(compile)));
        var builder = BuildTimeRecord.builder().repo("app").build(String.valueOf(build)).result(BuildResult.PASSED)
                .startedAt(T).finishedAt(T.plusSeconds(100 + build)).stage(stage);
        if (test != null) {
            builder.stage(StageTiming.builder("Test").duration(Duration.ofSeconds(test)).pause(Duration.ofSeconds(2)));
        }
        return builder.build();
    }

    @Test
    void shouldCompareEveryStageWithTheMedianOfTheOtherBuilds() {
        BuildTimeRecord current = record(5, 30, 10);
        List<BuildTimeRecord> history = List.of(record(1, 10, null), record(2, 20, null), record(3, 40, 0),
                record(4, 50, 0), current);

        List<StageComparison.Row> rows = StageComparison.of(current, history);

        assertThat(rows).extracting(StageComparison.Row::path).containsExactly("", "Build", "Build / compile", "Test");
        StageComparison.Row total = rows.get(0);
        assertThat(total.seconds()).isEqualTo(105);
        assertThat(total.medianSeconds()).isEqualTo(102.5);
        assertThat(total.samples()).as("the build itself is not its own baseline").isEqualTo(4);
        StageComparison.Row compile = rows.get(2);
        assertThat(compile.depth()).isEqualTo(2);
        assertThat(compile.medianSeconds()).isEqualTo(30);
        assertThat(compile.changeSeconds()).isZero();
        assertThat(compile.changePercent()).isZero();
        StageComparison.Row test = rows.get(3);
        assertThat(test.pauseSeconds()).isEqualTo(2);
        assertThat(test.medianSeconds()).isZero();
        assertThat(test.changeSeconds()).isEqualTo(10);
        assertThat(test.changePercent()).as("no percentage of a zero median").isNull();
    }

    @Test
    void shouldLeaveTheMedianOutWithoutOtherBuilds() {
        BuildTimeRecord only = record(1, 10, null);

        StageComparison.Row row = StageComparison.of(only, List.of(only)).get(1);

        assertThat(row.medianSeconds()).isNull();
        assertThat(row.samples()).isZero();
    }

    @Test
    void shouldQualifyBuildsOfSeveralProjects() {
        List<BuildTimeRecord> qualified = AggregatedRecords.qualify(List.of(record(7, 1, null)));

        assertThat(qualified.get(0).getBuild()).isEqualTo("app #7");
        assertThat(qualified.get(0).getJob()).isEqualTo("app #7");
        assertThat(qualified.get(0).getDuration()).isEqualTo(Duration.ofSeconds(107));
        assertThat(qualified.get(0).getStageCount()).isEqualTo(2);
    }
}
