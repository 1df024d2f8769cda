package io.jenkins.plugins.perftracker.core.buildtime;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects the values of a record; {@link #build()} validates them. */
public final class BuildTimeRecordBuilder {
    String repo;
    String build;
    String job;
    String branch;
    String ciPlatform;
    BuildResult result;
    Trigger trigger;
    Agent agent;
    BuildMatrix matrix;
    Instant queuedAt;
    Instant startedAt;
    Instant finishedAt;
    Duration duration;
    final List<StageTiming> stages = new ArrayList<>();

    public BuildTimeRecordBuilder repo(final String repo) {
        this.repo = repo;
        return this;
    }

    public BuildTimeRecordBuilder build(final String build) {
        this.build = build;
        return this;
    }

    public BuildTimeRecordBuilder job(final String job) {
        this.job = job;
        return this;
    }

    public BuildTimeRecordBuilder branch(final String branch) {
        this.branch = branch;
        return this;
    }

    public BuildTimeRecordBuilder ciPlatform(final String ciPlatform) {
        this.ciPlatform = ciPlatform;
        return this;
    }

    public BuildTimeRecordBuilder result(final BuildResult result) {
        this.result = result;
        return this;
    }

    public BuildTimeRecordBuilder trigger(final Trigger trigger) {
        this.trigger = trigger;
        return this;
    }

    public BuildTimeRecordBuilder agent(final Agent agent) {
        this.agent = agent;
        return this;
    }

    public BuildTimeRecordBuilder matrix(final BuildMatrix matrix) {
        this.matrix = matrix;
        return this;
    }

    public BuildTimeRecordBuilder queuedAt(final Instant queuedAt) {
        this.queuedAt = queuedAt;
        return this;
    }

    public BuildTimeRecordBuilder startedAt(final Instant startedAt) {
        this.startedAt = startedAt;
        return this;
    }

    public BuildTimeRecordBuilder finishedAt(final Instant finishedAt) {
        this.finishedAt = finishedAt;
        return this;
    }

    /** An explicit duration; without it the record derives one (see {@link BuildTimeRecord#getDuration()}). */
    public BuildTimeRecordBuilder duration(final Duration duration) {
        this.duration = duration;
        return this;
    }

    public BuildTimeRecordBuilder stage(final StageTiming stage) {
        stages.add(Objects.requireNonNull(stage, "stage"));
        return this;
    }

    /** Adds a top-level stage still being described; it is built (and validated) here. */
    public BuildTimeRecordBuilder stage(final StageTiming.Builder stage) {
        return stage(stage.build());
    }

    public BuildTimeRecordBuilder stages(final List<StageTiming> stageList) {
        stageList.forEach(this::stage);
        return this;
    }

    public BuildTimeRecord build() {
        return new BuildTimeRecord(this);
    }
}
