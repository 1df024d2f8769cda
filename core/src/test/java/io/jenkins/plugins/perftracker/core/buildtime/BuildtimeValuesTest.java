package io.jenkins.plugins.perftracker.core.buildtime;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.*;

/** Matrix summaries and the result and trigger vocabularies. */
class BuildtimeValuesTest {
    @Test
    void shouldSummariseTheMatrixAsValuesSortedByKey() {
        Map<String, String> axes = new LinkedHashMap<>();
        axes.put("os", "linux");
        axes.put("language_version", "2.7");
        axes.put("language", "python");

        BuildMatrix matrix = BuildMatrix.of(axes);

        assertThat(matrix.getSummary()).isEqualTo("python 2.7 linux");
        assertThat(matrix.getAxes().keySet()).containsExactly("language", "language_version", "os");
        assertThat(BuildMatrix.of(null)).isSameAs(BuildMatrix.EMPTY);
        assertThat(BuildMatrix.EMPTY.getSummary()).isEmpty();
        assertThat(matrix).isEqualTo(BuildMatrix.of(Map.of("os", "linux", "language", "python",
                "language_version", "2.7")));
    }

    @Test
    void shouldRefuseBlankAxisNamesAndTooManyAxes() {
        assertThatThrownBy(() -> BuildMatrix.of(Map.of(" ", "x"))).hasMessageStartingWith("build_matrix key:");
        Map<String, String> many = new LinkedHashMap<>();
        for (int i = 0; i < 65; i++) {
            many.put("k" + i, "v");
        }
        assertThatThrownBy(() -> BuildMatrix.of(many)).hasMessageContaining("at most 64 axes");
    }

    @ParameterizedTest
    @CsvSource({"SUCCESS, PASSED", "UNSTABLE, FAILED", "FAILURE, FAILED", "ABORTED, ABORTED", "NOT_BUILT, ERRORED"})
    void shouldMapJenkinsResults(final String jenkins, final BuildResult result) {
        assertThat(BuildResult.fromJenkins(jenkins)).isEqualTo(result);
    }

    @ParameterizedTest
    @CsvSource({"passed, PASSED", "failed, FAILED", "errored, ERRORED", "canceled, ABORTED", "started, ERRORED"})
    void shouldMapTravisStates(final String state, final BuildResult result) {
        assertThat(BuildResult.fromTravisState(state)).isEqualTo(result);
    }

    @ParameterizedTest
    @CsvSource({"push, PUSH", "pull_request, PULL_REQUEST", "cron, TIMER", "api, USER"})
    void shouldMapTravisEvents(final String event, final Trigger trigger) {
        assertThat(Trigger.fromTravisEvent(event)).isEqualTo(trigger);
    }

    @Test
    void shouldParseTheIdsTheyWrite() {
        for (BuildResult result : BuildResult.values()) {
            assertThat(BuildResult.fromId(result.id())).isEqualTo(result);
        }
        for (Trigger trigger : Trigger.values()) {
            assertThat(Trigger.fromId(trigger.id())).isEqualTo(trigger);
        }
        assertThat(Trigger.PULL_REQUEST.id()).isEqualTo("pull_request");
        assertThatThrownBy(() -> BuildResult.fromId("green")).hasMessageContaining("green");
        assertThatThrownBy(() -> Trigger.fromId("moon")).hasMessageContaining("moon");
    }

    @Test
    void shouldCompareAgentsByValue() {
        assertThat(Agent.of("h", "os")).isEqualTo(Agent.of("h", "os")).hasSameHashCodeAs(Agent.of("h", "os"))
                .isNotEqualTo(Agent.of("h", "other")).hasToString("h:os");
        assertThat(Agent.of("h", null).getOs()).isEmpty();
    }
}
