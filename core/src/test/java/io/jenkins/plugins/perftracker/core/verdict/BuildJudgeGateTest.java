package io.jenkins.plugins.perftracker.core.verdict;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jenkins.plugins.perftracker.core.compare.Outcome;
import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;

import static io.jenkins.plugins.perftracker.core.verdict.History.*;
import static org.assertj.core.api.Assertions.*;

class BuildJudgeGateTest {
    private static final Set<Integer> ALL = Set.of(1, 2, 3, 4, 5, 6);
    /** Login +10 % and Search +3 % (both regressions), Ops (throughput) unchanged, at build 3. */
    private static final Map<SeriesInfo, List<SeriesPoint>> HISTORY = new History()
            .latency(LOGIN, 100, 100, 110).latency(SEARCH, 100, 100, 103).with(OPS, false, 50, 50, 50).build();

    @Test
    void shouldPassWithoutGatesAndCountOutcomes() {
        Verdict verdict = judge(VerdictOptions.of(Baseline.previous()));

        assertThat(verdict.status()).isEqualTo(VerdictStatus.PASSED);
        assertThat(verdict.status().getBuildResult()).isEqualTo("SUCCESS");
        assertThat(verdict.status().isStageWarning()).isFalse();
        assertThat(verdict.counts()).isEqualTo(new VerdictCounts(2, 0, 1, 0, 0));
        assertThat(verdict.newRegressions()).extracting(SeriesVerdict::series).containsExactly(LOGIN, SEARCH);
    }

    @Test
    void shouldTakeTheHighestCriticalityOfTheTriggeredGates() {
        Verdict verdict = judge(VerdictOptions.of(Baseline.previous()).withGates(
                QualityGate.global(GateMetric.REGRESSION_COUNT, 1, Criticality.UNSTABLE),
                QualityGate.global(GateMetric.WORST_CHANGE, 5, Criticality.FAILURE),
                QualityGate.global(GateMetric.WORST_CHANGE, 20, Criticality.FAILURE)));

        assertThat(verdict.gates()).extracting(GateResult::triggered).containsExactly(true, true, false);
        assertThat(verdict.gates().get(0).value()).isEqualTo(2.0);
        assertThat(verdict.gates().get(1).value()).isCloseTo(10.0, within(1e-9));
        assertThat(verdict.gates().get(0).message()).isEqualTo("UNSTABLE: 2 regression(s) in all series (threshold 1)");
        assertThat(verdict.gates().get(2).message()).isEqualTo("passed: worst regression 10.0% in all series "
                + "(threshold 20.0%)");
        assertThat(verdict.status()).isEqualTo(VerdictStatus.FAILURE);
        assertThat(verdict.status().getBuildResult()).isEqualTo("FAILURE");
    }

    @Test
    void shouldScopeAGateToOneSeries() {
        Verdict verdict = judge(VerdictOptions.of(Baseline.previous()).withGates(
                new QualityGate(GateMetric.WORST_CHANGE, 5, Criticality.UNSTABLE, SEARCH),
                new QualityGate(GateMetric.REGRESSION_COUNT, 1, Criticality.NOTE, LOGIN)));

        assertThat(verdict.gates()).extracting(GateResult::triggered).containsExactly(false, true);
        assertThat(verdict.gates().get(0).value()).isCloseTo(3.0, within(1e-9));
        assertThat(verdict.status()).isEqualTo(VerdictStatus.NOTE);
        assertThat(verdict.status().getBuildResult()).isEqualTo("SUCCESS");
        assertThat(verdict.status().isStageWarning()).isTrue();
    }

    @Test
    void shouldNotReportAnAcknowledgedChangeAgain() {
        VerdictOptions options = VerdictOptions.of(Baseline.previous())
                .withGates(QualityGate.global(GateMetric.REGRESSION_COUNT, 2, Criticality.FAILURE))
                .withAcknowledgements(Acknowledgement.range(LOGIN, 3, 3, "new TLS library"));

        Verdict verdict = judge(options);

        assertThat(verdict.newRegressions()).extracting(SeriesVerdict::series).containsExactly(SEARCH);
        assertThat(verdict.counts().acknowledged()).isEqualTo(1);
        assertThat(verdict.counts().regressed()).isEqualTo(1);
        assertThat(verdict.status()).isEqualTo(VerdictStatus.PASSED);
        SeriesVerdict login = verdict.series().stream().filter(v -> v.series().equals(LOGIN)).findFirst().orElseThrow();
        assertThat(login.acknowledged()).isTrue();
        assertThat(login.outcome()).isEqualTo(Outcome.REGRESSED);
        assertThat(login.note()).isEqualTo("acknowledged: new TLS library");
    }

    @Test
    void shouldLeaveAcknowledgedBuildsOutOfLaterBaselines() {
        Map<SeriesInfo, List<SeriesPoint>> history = new History().latency(LOGIN, 100, 100, 150, 150, 100).build();
        VerdictOptions options = VerdictOptions.of(Baseline.window(4))
                .withAcknowledgements(Acknowledgement.range(LOGIN, 3, 4, "noisy agent"));

        SeriesVerdict login = new BuildJudge(options, ChangePointLocator.NONE).judge(5, history, ALL, null).series()
                .get(0);

        assertThat(login.baselineBuilds()).containsExactly(1, 2);
        assertThat(login.acknowledged()).isFalse();
    }

    @Test
    void shouldAcceptANewNormalFromABuildOn() {
        Map<SeriesInfo, List<SeriesPoint>> history = new History().latency(LOGIN, 100, 100, 120, 120, 121, 140).build();
        VerdictOptions options = VerdictOptions.of(Baseline.window(5))
                .withAcknowledgements(Acknowledgement.from(LOGIN, 3, "bigger data set"));
        BuildJudge judge = new BuildJudge(options, ChangePointLocator.NONE);

        SeriesVerdict atChange = judge.judge(3, history, ALL, null).series().get(0);
        SeriesVerdict after = judge.judge(5, history, ALL, null).series().get(0);
        SeriesVerdict later = judge.judge(6, history, ALL, null).series().get(0);

        assertThat(atChange.acknowledged()).isTrue();
        assertThat(atChange.note()).isEqualTo("acknowledged: bigger data set");
        assertThat(after.baselineBuilds()).containsExactly(3, 4);
        assertThat(after.outcome()).isNotEqualTo(Outcome.REGRESSED);
        assertThat(later.acknowledged()).isFalse();
        assertThat(later.outcome()).isEqualTo(Outcome.REGRESSED);
    }

    @Test
    void shouldCorrectForTheNumberOfSeriesWithHolm() {
        // prediction p of 0.052 alone is not significant; two smaller ones must survive Holm's 2x
        Map<SeriesInfo, List<SeriesPoint>> history = new History()
                .latency(LOGIN, 100, 102, 98, 101, 99, 100.5, 106).latency(SEARCH, 100, 102, 98, 101, 99, 100.5, 106)
                .build();

        Verdict verdict = new BuildJudge(VerdictOptions.of(Baseline.window(6)), ChangePointLocator.NONE)
                .judge(7, history, ALL, null);

        assertThat(verdict.series()).allSatisfy(v -> {
            assertThat(v.pValue()).isLessThan(0.05);
            assertThat(v.pAdjusted()).isCloseTo(Math.min(1, 2 * v.pValue()), within(1e-12));
            assertThat(v.outcome()).isEqualTo(v.pAdjusted() < 0.05 ? Outcome.REGRESSED : Outcome.UNCHANGED);
        });
    }

    @Test
    void shouldSerialiseToJson() throws Exception {
        Verdict verdict = judge(VerdictOptions.of(Baseline.previous())
                .withGates(QualityGate.global(GateMetric.REGRESSION_COUNT, 1, Criticality.UNSTABLE)));

        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(verdict));

        assertThat(json.get("status").asText()).isEqualTo("UNSTABLE");
        assertThat(json.get("build").asInt()).isEqualTo(3);
        assertThat(json.get("baseline").get("kind").asText()).isEqualTo("PREVIOUS");
        assertThat(json.get("counts").get("regressed").asInt()).isEqualTo(2);
        assertThat(json.get("newRegressions").get(0).get("series").get("tag").asText()).isEqualTo("Login");
        assertThat(json.get("newRegressions").get(0).get("change").get("change").asDouble()).isCloseTo(0.1,
                within(1e-12));
        assertThat(json.get("gates").get(0).get("gate").get("metric").asText()).isEqualTo("REGRESSION_COUNT");
    }

    @Test
    void shouldValidateGatesAndAcknowledgements() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> QualityGate.global(GateMetric.WORST_CHANGE, 0, Criticality.NOTE));
        assertThatIllegalArgumentException().isThrownBy(() -> Acknowledgement.range(LOGIN, 5, 4, "x"))
                .withMessageContaining("5..4");
        assertThat(Acknowledgement.from(LOGIN, 4, null).reason()).isEmpty();
        assertThatIllegalArgumentException().isThrownBy(() -> new VerdictOptions(Baseline.previous(), 2, 0, 0.9,
                List.of(), List.of()));
    }

    private static Verdict judge(final VerdictOptions options) {
        return new BuildJudge(options, ChangePointLocator.NONE).judge(3, HISTORY, ALL, null);
    }
}
