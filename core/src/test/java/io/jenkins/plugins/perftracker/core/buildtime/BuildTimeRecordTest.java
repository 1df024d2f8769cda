package io.jenkins.plugins.perftracker.core.buildtime;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.thoughtworks.xstream.XStream;
import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.model.InvalidValueException;

import static org.assertj.core.api.Assertions.*;

class BuildTimeRecordTest {
    private static final Instant QUEUED = Instant.parse("2026-11-20T10:00:00Z");
    private static final Instant STARTED = QUEUED.plusSeconds(30);
    private static final Instant FINISHED = STARTED.plusSeconds(600);

    private static BuildTimeRecordBuilder full() {
        return BuildTimeRecord.builder().repo("folder/app").build("42").job("42.1").branch("main")
                .result(BuildResult.FAILED).trigger(Trigger.UPSTREAM).agent(Agent.of("linux-7", "Linux"))
                .matrix(BuildMatrix.of(Map.of("os", "linux", "jdk", "17"))).queuedAt(QUEUED).startedAt(STARTED)
                .finishedAt(FINISHED)
                .stage(StageTiming.builder("Build").start(STARTED).duration(Duration.ofSeconds(100))
                        .status(StageStatus.SUCCESS)
                        .child(StageTiming.builder("Compile").duration(Duration.ofSeconds(60)))
                        .child(StageTiming.builder("Parallel")
                                .child(StageTiming.builder("unit").pause(Duration.ofSeconds(5)))))
                .stage(StageTiming.builder("Test").duration(Duration.ofSeconds(400)).status(StageStatus.FAILED));
    }

    @Test
    void shouldDeriveQueueAndRunDurationsFromTheTimes() {
        BuildTimeRecord record = full().build();

        assertThat(record.getQueueDuration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(record.getDuration()).isEqualTo(Duration.ofSeconds(600));
        assertThat(record.getCiPlatform()).isEqualTo("jenkins");
        assertThat(record.getMatrix().getSummary()).isEqualTo("17 linux");
    }

    @Test
    void shouldPreferAnExplicitDurationAndFallBackToTheStageSum() {
        assertThat(full().duration(Duration.ofSeconds(7)).build().getDuration()).isEqualTo(Duration.ofSeconds(7));
        BuildTimeRecord noStart = full().queuedAt(null).startedAt(null).build();
        assertThat(noStart.getDuration()).isEqualTo(Duration.ofSeconds(500));
        assertThat(noStart.getQueueDuration()).isZero();
    }

    @Test
    void shouldGiveEveryStageItsPathFromTheTop() {
        BuildTimeRecord record = full().build();

        assertThat(record.getAllStages()).extracting(s -> String.join("/", s.getPath()))
                .containsExactly("Build", "Build/Compile", "Build/Parallel", "Build/Parallel/unit", "Test");
        StageTiming build = record.getStages().get(0);
        assertThat(build.getFinish()).isEqualTo(STARTED.plusSeconds(100));
        assertThat(build.getChildren().get(1).getChildren().get(0).getPause()).isEqualTo(Duration.ofSeconds(5));
        assertThat(build.getChildren().get(0).getStart()).isNull();
        assertThat(build.getChildren().get(0).getFinish()).isNull();
        assertThat(build.getChildren().get(0).getStatus()).isEqualTo(StageStatus.UNKNOWN);
    }

    @Test
    void shouldUseTheBuildAsJobWhenNoJobIsGiven() {
        assertThat(full().job(null).build().getJob()).isEqualTo("42");
    }

    @Test
    void shouldRefuseInvalidValuesNamingTheField() {
        assertThatThrownBy(() -> full().repo(" ").build()).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("repo:");
        assertThatThrownBy(() -> full().build(null).build()).hasMessageStartingWith("build:");
        assertThatThrownBy(() -> full().result(null).build()).hasMessageStartingWith("result:");
        assertThatThrownBy(() -> full().finishedAt(null).build()).hasMessageStartingWith("finished_at:");
        assertThatThrownBy(() -> full().finishedAt(STARTED.minusSeconds(1)).build())
                .hasMessageStartingWith("finished_at: must not be before started_at");
        assertThatThrownBy(() -> full().queuedAt(STARTED.plusSeconds(1)).build())
                .hasMessageStartingWith("started_at: must not be before queued_at");
        assertThatThrownBy(() -> full().duration(Duration.ofSeconds(-1)).build()).hasMessageStartingWith("duration:");
        assertThatThrownBy(() -> full().branch("b".repeat(513)).build()).hasMessageContaining("at most 512");
        assertThatThrownBy(() -> StageTiming.builder("x").duration(Duration.ofSeconds(-2)).build())
                .hasMessageStartingWith("stages[x].duration:");
        assertThatThrownBy(() -> Agent.of("", "linux")).hasMessageStartingWith("agent.hostname:");
    }

    @Test
    void shouldRefuseTooDeepOrTooLargeStageTrees() {
        StageTiming.Builder deep = StageTiming.builder("s0");
        StageTiming.Builder current = deep;
        for (int i = 1; i <= StageTiming.MAX_DEPTH; i++) {
            StageTiming.Builder next = StageTiming.builder("s" + i);
            current.child(next);
            current = next;
        }
        assertThatThrownBy(deep::build).hasMessageContaining("nesting levels");
        BuildTimeRecordBuilder wide = full();
        StageTiming leaf = StageTiming.builder("leaf").build();
        for (int i = 0; i < BuildTimeRecord.MAX_STAGES; i++) {
            wide.stage(leaf);
        }
        assertThatThrownBy(wide::build).hasMessageStartingWith("stages: at most 10000");
    }

    @Test
    void shouldSurviveJavaSerialisation() throws Exception {
        BuildTimeRecord record = full().build();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(record);
        }
        BuildTimeRecord copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (BuildTimeRecord) in.readObject();
        }

        assertThat(copy).usingRecursiveComparison().isEqualTo(record);
    }

    @Test
    void shouldRoundTripThroughXStreamAsThePluginStoresIt() {
        XStream xstream = new XStream();
        xstream.allowTypesByWildcard(new String[] {"io.jenkins.plugins.perftracker.core.buildtime.**"});
        BuildTimeRecord record = full().build();

        String xml = xstream.toXML(record);
        BuildTimeRecord copy = (BuildTimeRecord) xstream.fromXML(xml);

        assertThat(xml).contains("<repo>folder/app</repo>").contains("Compile").doesNotContain("Unmodifiable");
        assertThat(copy).usingRecursiveComparison().isEqualTo(record);
        assertThat(copy.getAllStages()).hasSize(5);
    }
}
