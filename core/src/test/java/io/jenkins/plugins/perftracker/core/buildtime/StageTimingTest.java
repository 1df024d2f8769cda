package io.jenkins.plugins.perftracker.core.buildtime;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class StageTimingTest {
    private static final Instant START = Instant.parse("2026-11-20T10:00:00Z");

    private static StageTiming.Builder tree() {
        return StageTiming.builder("Tests").start(START).duration(Duration.ofSeconds(90)).pause(Duration.ofSeconds(10))
                .status(StageStatus.UNSTABLE)
                .child(StageTiming.builder("unit").duration(Duration.ofSeconds(30)).status(StageStatus.SUCCESS))
                .child(StageTiming.builder("it").status(StageStatus.NOT_EXECUTED));
    }

    @Test
    void shouldEndAfterItsDurationAndPause() {
        StageTiming stage = tree().build();

        assertThat(stage.getFinish()).isEqualTo(START.plusSeconds(100));
        assertThat(stage.getStatus()).isEqualTo(StageStatus.UNSTABLE);
        assertThat(stage.getCommand()).isEmpty();
    }

    @Test
    void shouldListItselfAndItsDescendantsDepthFirst() {
        StageTiming stage = StageTiming.builder("a").child(StageTiming.builder("b").child(StageTiming.builder("c")))
                .child(StageTiming.builder("d")).build();

        assertThat(stage.flatten()).extracting(StageTiming::getName).containsExactly("a", "b", "c", "d");
        assertThat(stage.flatten().get(2).getPath()).containsExactly("a", "b", "c");
        assertThat(stage.getChildren()).hasSize(2);
    }

    @Test
    void shouldCompareByValue() {
        assertThat(tree().build()).isEqualTo(tree().build()).hasSameHashCodeAs(tree().build())
                .isNotEqualTo(tree().pause(Duration.ZERO).build())
                .isNotEqualTo(tree().child(StageTiming.builder("extra")).build())
                .isNotEqualTo("Tests");
        assertThat(tree().build()).hasToString("Tests PT1M30S");
    }

    @Test
    void shouldNotExposeMutableLists() {
        StageTiming stage = tree().build();

        assertThatThrownBy(() -> stage.getPath().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> stage.getChildren().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void shouldDefaultToZeroDurationsAndUnknownStatus() {
        StageTiming stage = StageTiming.builder("x").build();

        assertThat(stage.getDuration()).isZero();
        assertThat(stage.getPause()).isZero();
        assertThat(stage.getStatus()).isEqualTo(StageStatus.UNKNOWN);
        assertThat(stage.getStart()).isNull();
    }

    @Test
    void shouldRefuseOverlongNamesAndNegativePausesNamingThePath() {
        assertThatThrownBy(() -> StageTiming.builder("n".repeat(513)).build())
                .hasMessageStartingWith("stage.name: at most 512");
        assertThatThrownBy(() -> StageTiming.builder("a").child(StageTiming.builder("b")
                .pause(Duration.ofSeconds(-1))).build()).hasMessageStartingWith("stages[a/b].pause:");
        assertThatThrownBy(() -> StageTiming.builder("a").command("c".repeat(4097)).build())
                .hasMessageStartingWith("stages[a].command:");
        assertThatThrownBy(() -> StageTiming.builder("a").child(null)).isInstanceOf(NullPointerException.class);
    }
}
