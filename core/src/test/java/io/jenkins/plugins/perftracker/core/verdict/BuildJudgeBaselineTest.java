package io.jenkins.plugins.perftracker.core.verdict;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.compare.Outcome;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;

import static io.jenkins.plugins.perftracker.core.verdict.History.*;
import static org.assertj.core.api.Assertions.*;

class BuildJudgeBaselineTest {
    private static final Set<Integer> ALL = Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);

    @Test
    void shouldCompareWithThePreviousBuild() {
        Map<SeriesInfo, List<SeriesPoint>> history = new History().latency(LOGIN, 100, 100, 100, 100, 100, 110).build();

        SeriesVerdict login = judge(Baseline.previous(), 6, history, ALL).series().get(0);

        assertThat(login.baselineBuilds()).containsExactly(5);
        assertThat(login.method()).isEqualTo("welch-summary");
        assertThat(login.outcome()).isEqualTo(Outcome.REGRESSED);
        assertThat(login.change().change()).isCloseTo(0.10, within(1e-12));
        assertThat(login.worsePercent()).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void shouldSkipBuildsThatDidNotSucceedForTheLastSuccessfulBaseline() {
        Map<SeriesInfo, List<SeriesPoint>> history = new History().latency(LOGIN, 100, 100, 100, 110, 110, 110).build();

        SeriesVerdict lastSuccessful = judge(Baseline.lastSuccessful(), 6, history, Set.of(1, 2, 3)).series().get(0);
        SeriesVerdict previous = judge(Baseline.previous(), 6, history, Set.of(1, 2, 3)).series().get(0);

        assertThat(lastSuccessful.baselineBuilds()).containsExactly(3);
        assertThat(lastSuccessful.outcome()).isEqualTo(Outcome.REGRESSED);
        assertThat(previous.outcome()).isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void shouldCompareWithAPinnedBuild() {
        Map<SeriesInfo, List<SeriesPoint>> history = new History().latency(LOGIN, 90, 100, 105, 110, 115).build();

        SeriesVerdict pinned = judge(Baseline.pinned(1), 5, history, ALL).series().get(0);
        SeriesVerdict missing = judge(Baseline.pinned(9), 5, history, ALL).series().get(0);

        assertThat(pinned.baselineBuilds()).containsExactly(1);
        assertThat(pinned.baselineMean()).isEqualTo(90.0);
        assertThat(pinned.change().change()).isCloseTo(115.0 / 90 - 1, within(1e-12));
        assertThat(missing.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(missing.note()).isEqualTo("no baseline");
        assertThatIllegalArgumentException().isThrownBy(() -> Baseline.pinned(0));
    }

    @Test
    void shouldTestAgainstAWindowOfBuildsWithAPredictionInterval() {
        Map<SeriesInfo, List<SeriesPoint>> history = new History()
                .latency(LOGIN, 50, 100, 102, 98, 101, 99, 100.5, 104).build();

        SeriesVerdict window = judge(Baseline.window(6), 8, history, ALL).series().get(0);

        assertThat(window.baselineBuilds()).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(window.method()).isEqualTo("prediction");
        // scipy 1.17: t = (104 - mean) / (s * sqrt(1 + 1/6)), 2 * t.sf(|t|, 5) = 0.052035480195960236
        assertThat(window.pValue()).isCloseTo(0.052035480195960236, within(1e-12));
        assertThat(window.change().lower()).isCloseTo(-0.0005061130997794372, within(1e-12));
        assertThat(window.change().upper()).isCloseTo(0.07877422300818915, within(1e-12));
        assertThat(window.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThatIllegalArgumentException().isThrownBy(() -> Baseline.window(1));
    }

    @Test
    void shouldUseOnlyTheBuildsSinceTheLastChangePoint() {
        Map<SeriesInfo, List<SeriesPoint>> history = new History()
                .latency(LOGIN, 100, 101, 99, 100, 100, 120, 121, 119, 120, 120, 121).build();
        ChangePointLocator stepAtSix = ChangePointLocator.of(values -> values.length > 5 ? 5 : 0);

        SeriesVerdict sinceChange = judge(Baseline.changePoint(0), 11, history, ALL, stepAtSix).series().get(0);
        SeriesVerdict capped = judge(Baseline.changePoint(3), 11, history, ALL, stepAtSix).series().get(0);
        SeriesVerdict wholeWindow = judge(Baseline.window(10), 11, history, ALL, stepAtSix).series().get(0);

        assertThat(sinceChange.baselineBuilds()).containsExactly(6, 7, 8, 9, 10);
        assertThat(sinceChange.outcome()).isEqualTo(Outcome.UNCHANGED);
        assertThat(capped.baselineBuilds()).containsExactly(8, 9, 10);
        assertThat(wholeWindow.baselineMean()).isCloseTo(110.0, within(1e-9));
        assertThat(judge(Baseline.changePoint(0), 11, history, ALL, ChangePointLocator.NONE).series().get(0)
                .baselineBuilds()).hasSize(10);
    }

    @Test
    void shouldRefuseAnImpossibleChangePointIndex() {
        Map<SeriesInfo, List<SeriesPoint>> history = new History().latency(LOGIN, 100, 101, 99).build();
        BuildJudge judge = new BuildJudge(VerdictOptions.of(Baseline.changePoint(0)), values -> values.length + 1);

        assertThatIllegalStateException().isThrownBy(() -> judge.judge(3, history, ALL, null))
                .withMessageContaining("returned 3 for 2 values");
    }

    @Test
    void shouldUseTheRawSamplesOfTheNewRun() {
        Map<SeriesInfo, List<SeriesPoint>> history = new History().latency(LOGIN, 100, 100).build();
        PerfRun run = PerfRun.builder().addTest(PerfTest.builder("Login").group("Latency").unit("ms")
                .lessIsBetter(true).scores(120, 121, 119, 120, 120).build())
                .addTest(PerfTest.builder("Brand new").group("Latency").unit("ms").scores(5, 6).build()).build();

        Verdict verdict = judge(Baseline.previous(), 3, history, ALL, run);

        SeriesVerdict login = verdict.series().stream().filter(v -> v.series().equals(LOGIN)).findFirst().orElseThrow();
        assertThat(login.newMean()).isEqualTo(120.0);
        assertThat(login.outcome()).isEqualTo(Outcome.REGRESSED);
        assertThat(verdict.series()).filteredOn(v -> v.series().getTag().equals("Brand new"))
                .singleElement().satisfies(v -> assertThat(v.note()).isEqualTo("no baseline"));
    }

    @Test
    void shouldSayWhenTheNewBuildHasNoValue() {
        Map<SeriesInfo, List<SeriesPoint>> history = new History().latency(LOGIN, 100, 100).build();

        SeriesVerdict login = judge(Baseline.previous(), 7, history, ALL).series().get(0);

        assertThat(login.outcome()).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(login.note()).isEqualTo("no value in build #7");
        assertThat(login.newMean()).isNaN();
    }

    static Verdict judge(final Baseline baseline, final int build, final Map<SeriesInfo, List<SeriesPoint>> history,
            final Set<Integer> successful) {
        return judge(baseline, build, history, successful, ChangePointLocator.NONE);
    }

    static Verdict judge(final Baseline baseline, final int build, final Map<SeriesInfo, List<SeriesPoint>> history,
            final Set<Integer> successful, final ChangePointLocator locator) {
        return new BuildJudge(VerdictOptions.of(baseline), locator).judge(build, history, successful, null);
    }

    static Verdict judge(final Baseline baseline, final int build, final Map<SeriesInfo, List<SeriesPoint>> history,
            final Set<Integer> successful, final PerfRun run) {
        return new BuildJudge(VerdictOptions.of(baseline), ChangePointLocator.NONE).judge(build, history, successful,
                run);
    }
}
