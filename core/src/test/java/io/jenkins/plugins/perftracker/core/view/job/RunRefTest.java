package io.jenkins.plugins.perftracker.core.view.job;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class RunRefTest {
    @Test
    void shouldParseRunsOfThisJobAndOfOtherJobs() {
        assertThat(RunRef.parseAll("12, 15:2,folder/other job#7:3")).containsExactly(
                new RunRef("", 12, 1), new RunRef("", 15, 2), new RunRef("folder/other job", 7, 3));
        assertThat(new RunRef("a/b", 7, 2).label()).isEqualTo("a/b #7:2");
        assertThat(RunRef.parseAll(" ")).isEmpty();
    }

    @Test
    void shouldRefuseAnythingElse() {
        assertThatThrownBy(() -> RunRef.parseAll("12,<script>")).hasMessageContaining("but was '<script>'");
        assertThatThrownBy(() -> RunRef.parseAll("0")).hasMessageContaining("1 or more");
        assertThatThrownBy(() -> RunRef.parseAll("1".repeat(12))).hasMessageContaining("expected");
        assertThatThrownBy(() -> RunRef.parseAll("1,".repeat(40))).hasMessageContaining("at most 32");
    }
}
