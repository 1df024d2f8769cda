package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;
import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

import static io.jenkins.plugins.perftracker.core.buildtime.dashboard.Records.*;
import static org.assertj.core.api.Assertions.*;

/** The five metrics and their colour rules ({@code trends.js}). */
class DashboardMetricsTest {
    private static final String YESTERDAY = "2026-11-20T10:00:00Z";

    private static MetricModel metric(final List<BuildTimeRecord> records, final DashboardFilter filter,
            final String id) {
        return DashboardBuilder.build(records, Timeframe.WEEK, filter, CLOCK).metrics().stream()
                .filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<BuildTimeRecord> results(final int passed, final int failed, final int errored,
            final int aborted) {
        List<BuildTimeRecord> records = new ArrayList<>();
        int n = 0;
        for (int[] group : new int[][] {{passed, 0}, {failed, 1}, {errored, 2}, {aborted, 3}}) {
            for (int i = 0; i < group[0]; i++) {
                records.add(withResult(String.valueOf(++n), YESTERDAY, BuildResult.values()[group[1]]));
            }
        }
        return records;
    }

    @ParameterizedTest(name = "{0} of {1} passed: {2}")
    @CsvSource({"4, 0, #73d483", "3, 1, #eeb058", "2, 1, #fe6672", "0, 0, #73d483", "0, 1, #fe6672"})
    void shouldColourPassedJobsGreenWhenAllYellowFromThreeQuartersElseRed(final int passed, final int failed,
            final String colour) {
        MetricModel metric = metric(results(passed, failed, 0, 0), DashboardFilter.NONE, "passed");

        assertThat(metric.value()).isEqualTo((double) passed);
        assertThat(metric.colour()).isEqualTo(colour);
    }

    @ParameterizedTest(name = "{1}+{2} of {0}+{1}+{2} failed: {3}")
    @CsvSource({"4, 0, 0, #73d483", "3, 1, 0, #eeb058", "3, 0, 1, #eeb058", "3, 1, 1, #fe6672",
            "2, 1, 0, #fe6672"})
    void shouldCountErroredAsFailedAndColourUpToAQuarterYellow(final int passed, final int failed,
            final int errored, final String colour) {
        MetricModel metric = metric(results(passed, failed, errored, 0), DashboardFilter.NONE, "failed");

        assertThat(metric.value()).isEqualTo((double) failed + errored);
        assertThat(metric.colour()).isEqualTo(colour);
    }

    @Test
    void shouldCountAbortedJobsInTheTotalOnly() {
        List<BuildTimeRecord> records = results(1, 0, 0, 1);

        assertThat(metric(records, DashboardFilter.NONE, "total").value()).isEqualTo(2.0);
        assertThat(metric(records, DashboardFilter.NONE, "passed").colour()).isEqualTo(Colours.RED);
        assertThat(metric(records, DashboardFilter.NONE, "failed").value()).isZero();
    }

    @ParameterizedTest(name = "{0}s and {1}s: {2} min")
    @CsvSource({"90, 150, 2", "89, 89, 1", "90, 90, 2", "10, 20, 0", "3600, 7200, 90"})
    void shouldShowTheAverageDurationInRoundedMinutes(final long first, final long second, final double minutes) {
        List<BuildTimeRecord> records = List.of(passed("1", YESTERDAY, first), passed("2", YESTERDAY, second));

        MetricModel metric = metric(records, DashboardFilter.NONE, "average");

        assertThat(metric.value()).isEqualTo(minutes);
        assertThat(metric.suffix()).isEqualTo(" min");
    }

    @Test
    void shouldLeaveTheAverageEmptyWithoutJobs() {
        assertThat(metric(List.of(), DashboardFilter.NONE, "average").value()).isNull();
        assertThat(metric(List.of(passed("1", "2026-01-01T00:00:00Z", 60)), DashboardFilter.NONE, "total").value())
                .isZero();
    }

    @ParameterizedTest(name = "failed at {0}: {1} days")
    @CsvSource({"2026-11-21T11:45:00Z, 0, #fe6672", "2026-11-20T13:45:01Z, 0, #fe6672",
            "2026-11-20T13:45:00Z, 1, #73d483", "2026-10-01T00:00:00Z, 51, #73d483"})
    void shouldFloorTheDaysSinceTheLastFailureRegardlessOfTheTimeframe(final String failed, final double days,
            final String colour) {
        List<BuildTimeRecord> records = List.of(withResult("1", "2026-09-01T00:00:00Z", BuildResult.ERRORED),
                withResult("2", failed, BuildResult.FAILED), passed("3", "2026-11-21T12:00:00Z", 60));

        MetricModel metric = metric(records, DashboardFilter.NONE, "days-since-fail");

        assertThat(metric.value()).isEqualTo(days);
        assertThat(metric.colour()).isEqualTo(colour);
    }

    @Test
    void shouldLeaveDaysSinceFailEmptyAndGreenWhenNothingFailedAndApplyTheFilters() {
        BuildTimeRecord failedOnDev = job("1", "2026-11-21T10:00:00Z", 60).branch("dev")
                .result(BuildResult.FAILED).build();
        List<BuildTimeRecord> records = List.of(failedOnDev, passed("2", YESTERDAY, 60));
        DashboardFilter master = new DashboardFilter("master", null, null, null, null);

        MetricModel metric = metric(records, master, "days-since-fail");

        assertThat(metric.value()).isNull();
        assertThat(metric.colour()).isEqualTo(Colours.GREEN);
        assertThat(metric(records, master, "total").value()).isEqualTo(1.0);
    }
}
