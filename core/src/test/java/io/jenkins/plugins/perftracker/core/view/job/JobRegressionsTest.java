package io.jenkins.plugins.perftracker.core.view.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointDetector;
import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.model.Status;
import io.jenkins.plugins.perftracker.core.regression.BuildInfo;
import io.jenkins.plugins.perftracker.core.store.index.SeriesHistory;
import io.jenkins.plugins.perftracker.core.view.ViewJson;

import static org.assertj.core.api.Assertions.*;

class JobRegressionsTest {
    private static final SeriesInfo LATENCY = new SeriesInfo(new SeriesKey("web", "login", "", "ms"), true);

    @Test
    void shouldClassifyTheTagsBuildsAndLeaveExcludedAndOtherTagsOut() {
        List<BuildInfo> builds = new ArrayList<>();
        List<SeriesPoint> points = new ArrayList<>();
        Random random = new Random(5);
        for (int b = 1; b <= 60; b++) {
            builds.add(new BuildInfo(b, b * 1000L, "1." + b, b <= 50 ? "rel-1" : "rel-2"));
            double level = b <= 30 ? 100 : 140; // 40 % slower from build 31: "Degradation > 10%"
            points.add(new SeriesPoint(b, b * 1000L, level * (1 + 0.005 * random.nextGaussian()), 1, 5,
                    Status.SUCCESS));
        }

        String json = ViewJson.write(new JobRegressions(new ChangePointDetector()).of("rel-1", builds, Set.of(50),
                List.of(new SeriesHistory(LATENCY, points))));

        assertThat(json).contains("Regression tag rel-1", "Degradation > 10%");
        assertThat(json).contains("1.49").doesNotContain("\"1.50\"").doesNotContain("\"1.55\"");
    }
}
