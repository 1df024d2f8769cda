package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.buildtime.BuildResult;

import static io.jenkins.plugins.perftracker.core.buildtime.dashboard.Records.*;
import static org.assertj.core.api.Assertions.*;

/** The metric accumulator on its own: what counts in the timeframe and what counts any time. */
class DashboardMetricsUnitTest {
    @Test
    void shouldCountOnlyRecordsAddedForTheTimeframeButTheLastFailFromAll() {
        DashboardMetrics metrics = new DashboardMetrics();
        metrics.addAnyTime(withResult("1", "2026-11-19T13:45:00Z", BuildResult.FAILED));
        metrics.addAnyTime(withResult("2", "2026-11-10T13:45:00Z", BuildResult.ERRORED));
        metrics.add(passed("3", "2026-11-21T10:00:00Z", 120));

        List<MetricModel> models = metrics.toModels(NOW);

        assertThat(models).extracting(MetricModel::value).containsExactly(1.0, 1.0, 0.0, 2.0, 2.0);
        assertThat(models).extracting(MetricModel::colour).containsExactly(null, Colours.GREEN, Colours.GREEN, null,
                Colours.GREEN);
        assertThat(models.get(3).suffix()).isEqualTo(" min");
    }

    @Test
    void shouldTreatAbortedAsNotPassedForTheLastFail() {
        DashboardMetrics metrics = new DashboardMetrics();
        metrics.addAnyTime(withResult("1", "2026-11-21T13:00:00Z", BuildResult.ABORTED));

        assertThat(metrics.toModels(NOW).get(4).value()).isZero();
        assertThat(metrics.toModels(NOW).get(4).colour()).isEqualTo(Colours.RED);
    }

    @Test
    void shouldRoundHalfMinutesUp() {
        DashboardMetrics metrics = new DashboardMetrics();
        metrics.add(passed("1", "2026-11-21T10:00:00Z", 30));

        assertThat(metrics.toModels(NOW).get(3).value()).isEqualTo(1.0);
    }
}
