package io.jenkins.plugins.perftracker.core.travis;

import java.time.Duration;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import static org.assertj.core.api.Assertions.*;

class ImportPlannerTest {
    private static final RepoSlug SLUG = new RepoSlug("buildtimetrend", "python-lib");
    private static final IntPredicate NOTHING_STORED = build -> false;
    private final ImportPlanner planner = new ImportPlanner(ImportSettings.DEFAULTS);

    @Test
    void shouldScheduleARangeThreeSecondsApart() {
        ImportPlan plan = planner.batch(SLUG, 10, OptionalInt.of(13), NOTHING_STORED);

        assertThat(plan.scheduled()).extracting(ImportPlan.Scheduled::buildNumber).containsExactly(10, 11, 12, 13);
        assertThat(plan.scheduled()).extracting(ImportPlan.Scheduled::delay).containsExactly(Duration.ZERO,
                Duration.ofSeconds(3), Duration.ofSeconds(6), Duration.ofSeconds(9));
        assertThat(plan.warnings()).isEmpty();
        assertThat(plan.messages()).first()
                .isEqualTo("Task scheduled to process build #10 of repo buildtimetrend/python-lib in 0 s");
    }

    @Test
    void shouldImportTheFirstBuildWhenLastIsBeforeFirst() {
        ImportPlan plan = planner.batch(SLUG, 10, OptionalInt.of(5), NOTHING_STORED);

        assertThat(plan.scheduled()).extracting(ImportPlan.Scheduled::buildNumber).containsExactly(10);
        assertThat(plan.warnings()).singleElement().asString().contains("before first build 10");
    }

    @Test
    void shouldImportOneBuildWithoutLast() {
        assertThat(planner.batch(SLUG, 7, OptionalInt.empty(), NOTHING_STORED).scheduled())
                .extracting(ImportPlan.Scheduled::buildNumber).containsExactly(7);
    }

    @Test
    void shouldCapTheRangeAtMaxBuilds() {
        ImportPlan plan = planner.batch(SLUG, 1, OptionalInt.of(1000), NOTHING_STORED);

        assertThat(plan.scheduled()).hasSize(100);
        assertThat(plan.scheduled().get(99).buildNumber()).isEqualTo(100);
        assertThat(plan.scheduled().get(99).delay()).isEqualTo(Duration.ofSeconds(297));
        assertThat(plan.warnings()).singleElement().asString().contains("at most 100").contains("1..100");
    }

    @Test
    @Timeout(10)
    void shouldCapWithoutOverflowNearTheLargestBuildNumber() {
        ImportPlan plan = planner.batch(SLUG, Integer.MAX_VALUE - 1, OptionalInt.of(Integer.MAX_VALUE),
                NOTHING_STORED);

        assertThat(plan.scheduled()).hasSize(2);
        assertThat(new ImportPlanner(new ImportSettings(2, Duration.ZERO, Duration.ZERO))
                .batch(SLUG, 1, OptionalInt.of(Integer.MAX_VALUE), NOTHING_STORED).scheduled()).hasSize(2);
    }

    @Test
    void shouldSkipStoredBuildsWithoutWastingTime() {
        Set<Integer> stored = Set.of(11, 12);

        ImportPlan plan = planner.batch(SLUG, 10, OptionalInt.of(14), stored::contains);

        assertThat(plan.skipped()).containsExactly(11, 12);
        assertThat(plan.scheduled()).extracting(ImportPlan.Scheduled::buildNumber).containsExactly(10, 13, 14);
        assertThat(plan.scheduled()).extracting(ImportPlan.Scheduled::delay)
                .containsExactly(Duration.ZERO, Duration.ofSeconds(3), Duration.ofSeconds(6));
    }

    @Test
    void shouldWaitTenSecondsForAWebhookBuild() {
        ImportPlan plan = planner.single(SLUG, 4601, NOTHING_STORED);

        assertThat(plan.scheduled()).containsExactly(new ImportPlan.Scheduled(4601, Duration.ofSeconds(10)));
    }

    @Test
    void shouldNotImportAStoredWebhookBuildAgain() {
        ImportPlan plan = planner.single(SLUG, 4601, build -> build == 4601);

        assertThat(plan.scheduled()).isEmpty();
        assertThat(plan.skipped()).containsExactly(4601);
        assertThat(plan.warnings()).containsExactly(
                "Build #4601 of project buildtimetrend/python-lib already exists in database");
    }

    @Test
    void shouldUseConfiguredSettings() {
        ImportPlanner custom = new ImportPlanner(new ImportSettings(3, Duration.ofMillis(500), Duration.ZERO));

        ImportPlan plan = custom.batch(SLUG, 1, OptionalInt.of(9), NOTHING_STORED);

        assertThat(plan.scheduled()).extracting(ImportPlan.Scheduled::delay)
                .containsExactly(Duration.ZERO, Duration.ofMillis(500), Duration.ofSeconds(1));
    }

    @Test
    void shouldRefuseInvalidSettingsAndBuildNumbers() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ImportSettings(0, Duration.ZERO, Duration.ZERO));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ImportSettings(1, Duration.ofSeconds(-1), Duration.ZERO));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> planner.batch(SLUG, 0, OptionalInt.empty(), NOTHING_STORED));
    }
}
