package io.jenkins.plugins.perftracker.core.report;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointDetector;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;
import io.jenkins.plugins.perftracker.core.view.TrendsViews.BuildRef;
import io.jenkins.plugins.perftracker.core.view.TrendsViews.SeriesTrend;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HistoryTest {
    private static PerfRun run(final double login, final boolean withRead) {
        PerfRunBuilder run = PerfRun.builder().addTest(PerfTest.builder("login").group("g").unit("ms")
                .lessIsBetter(true).scores(login, login + 2).build());
        if (withRead) {
            run.addTest(PerfTest.builder("read").group("g").unit("MB/s").scores(50).build());
        }
        return run.build();
    }

    @Test
    void shouldAlignEverySeriesToTheBuildsWithGapsForMissingTests() {
        List<PerfRun> runs = List.of(run(10, true), run(20, false), run(30, true));
        List<BuildRef> builds = List.of(new BuildRef("a", ""), new BuildRef("b", ""), new BuildRef("c", ""));
        History history = History.ofRuns(builds, runs);
        assertThat(history.series()).extracting(c -> c.key().getTag()).containsExactly("login", "read");
        assertThat(history.series().get(0).values()).containsExactly(11, 21, 31);
        assertThat(history.series().get(0).lessIsBetter()).isTrue();
        assertThat(history.series().get(1).values()[1]).isNaN();
        assertThat(history.series().get(1).lessIsBetter()).isFalse();
    }

    @Test
    void shouldFindTheStepOfEachSeries() {
        List<PerfRun> runs = new ArrayList<>();
        List<BuildRef> builds = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            runs.add(run((i < 12 ? 100 : 130) + (i * 37 % 7) * 0.3, true));
            builds.add(new BuildRef("#" + (i + 1), ""));
        }
        List<SeriesTrend> trends = History.ofRuns(builds, runs).detect(new ChangePointDetector());
        assertThat(trends.get(0).changePoints()).singleElement().satisfies(c -> assertThat(c.index()).isEqualTo(12));
        assertThat(trends.get(1).changePoints()).as("a constant series has no change").isEmpty();
    }
}
