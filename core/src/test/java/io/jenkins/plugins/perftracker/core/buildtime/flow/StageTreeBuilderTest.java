package io.jenkins.plugins.perftracker.core.buildtime.flow;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.buildtime.StageStatus;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;

import static io.jenkins.plugins.perftracker.core.buildtime.flow.FlowBlock.Kind.*;
import static org.assertj.core.api.Assertions.*;

class StageTreeBuilderTest {
    private static final long T = 1_700_000_000_000L;
    private static final Instant END = Instant.ofEpochMilli(T + 100_000);

    private static FlowBlock block(final String id, final String parent, final FlowBlock.Kind kind, final String name,
            final long start, final long end, final long pause) {
        return new FlowBlock(id, parent, kind, name, T + start, end < 0 ? 0 : T + end, pause, FlowBlock.Facts.NONE);
    }

    /** node { stage('Build') { parallel(unit: {...}, it: { input }) }; stage('Deploy') } as the graph gives it. */
    private static List<FlowBlock> pipeline() {
        return List.of(
                block("3", null, NODE, "linux-7", 1_000, 90_000, 0),
                block("20", "3", STAGE, "Deploy", 60_000, 90_000, 0),
                block("5", "3", STAGE, "Build", 2_000, 60_000, 0),
                block("9", "5", BRANCH, "unit", 3_000, 20_000, 0),
                block("10", "5", BRANCH, "it", 3_000, 60_000, 0),
                block("12", "10", NODE, "windows-2", 4_000, 60_000, 0),
                block("14", "12", STAGE, "approve", 5_000, 55_000, 45_000));
    }

    @Test
    void shouldNestStagesAndBranchesAsTheyRanWithNodeBlocksTransparent() {
        List<StageTiming> stages = StageTreeBuilder.build(pipeline(), END);

        assertThat(stages).extracting(StageTiming::getName).containsExactly("Build", "Deploy");
        assertThat(stages.get(0).flatten()).extracting(s -> String.join("/", s.getPath()))
                .containsExactly("Build", "Build/it", "Build/it/approve", "Build/unit");
        assertThat(stages.get(0).getStart()).isEqualTo(Instant.ofEpochMilli(T + 2_000));
    }

    @Test
    void shouldCountPausesOfNestedStagesAndTakeThemOutOfTheDuration() {
        StageTiming build = StageTreeBuilder.build(pipeline(), END).get(0);
        StageTiming it = build.getChildren().get(0);
        StageTiming approve = it.getChildren().get(0);

        assertThat(approve.getPause()).isEqualTo(Duration.ofSeconds(45));
        assertThat(approve.getDuration()).isEqualTo(Duration.ofSeconds(5));
        assertThat(it.getPause()).as("through the node block").isEqualTo(Duration.ofSeconds(45));
        assertThat(it.getDuration()).isEqualTo(Duration.ofSeconds(12));
        assertThat(build.getPause()).isEqualTo(Duration.ofSeconds(45));
        assertThat(build.getDuration().plus(build.getPause())).isEqualTo(Duration.ofSeconds(58));
        assertThat(build.getChildren().get(1).getPause()).isZero();
    }

    @Test
    void shouldCapAPauseAtTheWallTimeAndCloseUnfinishedBlocksAtTheBuildEnd() {
        List<StageTiming> stages = StageTreeBuilder.build(List.of(
                block("1", null, STAGE, "wait", 0, 10_000, 30_000),
                block("2", null, STAGE, "hung", 20_000, -1, 0)), END);

        assertThat(stages.get(0).getPause()).isEqualTo(Duration.ofSeconds(10));
        assertThat(stages.get(0).getDuration()).isZero();
        assertThat(stages.get(1).getDuration()).isEqualTo(Duration.ofSeconds(80));
        assertThat(stages.get(1).getStatus()).isEqualTo(StageStatus.UNKNOWN);
    }

    @Test
    void shouldRankStatusesAsStageViewDoes() {
        assertThat(StageTreeBuilder.status(facts(true, true, true, true))).isEqualTo(StageStatus.NOT_EXECUTED);
        assertThat(StageTreeBuilder.status(facts(true, true, true, false))).isEqualTo(StageStatus.ABORTED);
        assertThat(StageTreeBuilder.status(facts(true, false, true, false))).isEqualTo(StageStatus.FAILED);
        assertThat(StageTreeBuilder.status(facts(false, false, true, false))).isEqualTo(StageStatus.UNSTABLE);
        assertThat(StageTreeBuilder.status(facts(false, false, false, false))).isEqualTo(StageStatus.SUCCESS);
    }

    @Test
    void shouldTakeTheAgentOfTheFirstNodeBlock() {
        assertThat(StageTreeBuilder.firstAgent(pipeline())).isEqualTo("linux-7");
        assertThat(StageTreeBuilder.firstAgent(List.of(block("1", null, STAGE, "s", 0, 1, 0)))).isNull();
    }

    @Test
    void shouldBoundDepthAndCountAndNameUnnamedStages() {
        List<FlowBlock> deep = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            deep.add(block("d" + i, i == 0 ? null : "d" + (i - 1), STAGE, i == 0 ? " " : "s" + i, i, 50, 0));
        }
        StageTiming top = StageTreeBuilder.build(deep, END).get(0);
        assertThat(top.getName()).isEqualTo("(unnamed)");
        assertThat(top.count()).isEqualTo(32);

        List<FlowBlock> wide = new ArrayList<>();
        for (int i = 0; i < StageTreeBuilder.MAX_STAGES + 5; i++) {
            wide.add(block("w" + i, null, STAGE, "s" + i, i, i + 1, 0));
        }
        assertThat(StageTreeBuilder.build(wide, END)).hasSize(StageTreeBuilder.MAX_STAGES);
    }

    private static FlowBlock facts(final boolean error, final boolean aborted, final boolean unstable,
            final boolean skipped) {
        return new FlowBlock("1", null, STAGE, "s", T, T + 1, 0,
                new FlowBlock.Facts(error, aborted, unstable, skipped));
    }
}
