package io.jenkins.plugins.perftracker.core.buildtime.travis;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.jenkins.plugins.perftracker.core.buildtime.Agent;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;

/** What a Travis job log gives: the complete substages in log order and the worker. */
public final class TravisLog {
    private final List<StageTiming> stages;
    private final Agent worker;
    private final Instant startedAt;
    private final Instant finishedAt;

    TravisLog(final List<StageTiming> stages, final Agent worker, final Instant startedAt, final Instant finishedAt) {
        this.stages = Collections.unmodifiableList(new ArrayList<>(stages));
        this.worker = worker;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
    }

    /** Complete substages; incomplete ones (mismatched hash or fold name) were dropped. */
    public List<StageTiming> getStages() {
        return stages;
    }

    /** The worker of the {@code Using worker: host:os} line, or {@code null} when the log has none. */
    public Agent getWorker() {
        return worker;
    }

    /** The start of the first timed substage, or {@code null} when none is timed. */
    public Instant getStartedAt() {
        return startedAt;
    }

    /** The finish of the last timed substage, or {@code null} when none is timed. */
    public Instant getFinishedAt() {
        return finishedAt;
    }

    /** The sum of the substage durations: Buildtime Trend's job duration when the log has timing tags. */
    public Duration getTotalDuration() {
        return stages.stream().map(StageTiming::getDuration).reduce(Duration.ZERO, Duration::plus);
    }
}
