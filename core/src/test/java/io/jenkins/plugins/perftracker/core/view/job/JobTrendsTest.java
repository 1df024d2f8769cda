package io.jenkins.plugins.perftracker.core.view.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointDetector;
import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.model.Status;
import io.jenkins.plugins.perftracker.core.store.index.SeriesHistory;
import io.jenkins.plugins.perftracker.core.view.TrendsView;
import io.jenkins.plugins.perftracker.core.view.ViewJson;

import static org.assertj.core.api.Assertions.*;

class JobTrendsTest {
    private static final SeriesInfo LATENCY = new SeriesInfo(new SeriesKey("web", "login", "", "ms"), true);
    private static final SeriesInfo THROUGHPUT = new SeriesInfo(new SeriesKey("web", "rps", "", "req/s"), false);

    @Test
    void shouldAlignSeriesToTheBuildsAndMarkAStepAsARegression() {
        Random random = new Random(7);
        List<SeriesPoint> latency = new ArrayList<>();
        List<SeriesPoint> throughput = new ArrayList<>();
        for (int build = 1; build <= 80; build++) {
            double level = build <= 50 ? 100 : 120;
            latency.add(new SeriesPoint(build, build * 1000L, level * (1 + 0.01 * random.nextGaussian()), 1, 5,
                    Status.SUCCESS));
            if (build % 2 == 0) {
                throughput.add(new SeriesPoint(build, build * 1000L, 500, 1, 5, Status.SUCCESS));
            }
        }

        TrendsView view = new JobTrends(new ChangePointDetector()).of("trends",
                List.of(new SeriesHistory(LATENCY, latency), new SeriesHistory(THROUGHPUT, throughput)),
                b -> "../" + b + "/");
        String json = ViewJson.write(view);

        assertThat(json).contains("\"label\":\"#1\"", "\"url\":\"../80/\"", "\"regression\"")
                .doesNotContain("\"improvement\"");
        assertThat(json).contains("\"label\":\"#51\"");
    }

    @Test
    void shouldLeaveFailedPointsOutAndCopeWithAnEmptyIndex() {
        List<SeriesPoint> points = List.of(new SeriesPoint(1, 0, 10, 0, 1, Status.SUCCESS),
                new SeriesPoint(2, 0, 0, 0, 0, Status.FAILED));

        String json = ViewJson.write(new JobTrends(new ChangePointDetector()).of("t",
                List.of(new SeriesHistory(LATENCY, points)), b -> ""));

        assertThat(json).contains("[10.0,null]");
        assertThat(ViewJson.write(new JobTrends(new ChangePointDetector()).of("t", List.of(), b -> "")))
                .contains("\"series\":[]");
    }
}
