package io.jenkins.plugins.perftracker.core.buildtime;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.jenkins.plugins.perftracker.core.model.InvalidValueException;

/**
 * The build-time record of one build job (Buildtime Trend's {@code build_jobs} event): who, where, when, how it
 * ended and its stage tree. {@code repo} is the tracked project (Jenkins job full name or Travis slug),
 * {@code build} the build number and {@code job} the job within the build ({@code 158.1} on Travis, the build
 * number or {@code 42.1} for a matrix cell on Jenkins). Immutable; built and validated by {@link BuildTimeRecordBuilder}.
 */
@SuppressWarnings("PMD.TooManyFields")
public final class BuildTimeRecord implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Bounds the stored tree; a flow graph larger than this is a runaway loop, not a build. */
    static final int MAX_STAGES = 10_000;

    private final String repo;
    private final String build;
    private final String job;
    private final String branch;
    private final String ciPlatform;
    private final BuildResult result;
    private final Trigger trigger;
    private final Agent agent;
    private final BuildMatrix matrix;
    private final Instant queuedAt;
    private final Instant startedAt;
    private final Instant finishedAt;
    private final Duration duration;
    private final ArrayList<StageTiming> stages;

    BuildTimeRecord(final BuildTimeRecordBuilder b) {
        repo = Checks.required("repo", b.repo);
        build = Checks.required("build", b.build);
        job = b.job == null || b.job.isBlank() ? build : Checks.required("job", b.job);
        branch = Checks.bounded("branch", b.branch, Checks.MAX_TEXT);
        ciPlatform = b.ciPlatform == null ? "jenkins" : Checks.required("ci_platform", b.ciPlatform);
        if (b.result == null) {
            throw new InvalidValueException("result", "must be set");
        }
        result = b.result;
        trigger = b.trigger;
        agent = b.agent;
        matrix = b.matrix == null ? BuildMatrix.EMPTY : b.matrix;
        queuedAt = b.queuedAt;
        startedAt = b.startedAt;
        finishedAt = b.finishedAt;
        if (finishedAt == null) {
            throw new InvalidValueException("finished_at", "must be set: every chart is keyed by it");
        }
        Checks.ordered("started_at", queuedAt, startedAt, "queued_at");
        Checks.ordered("finished_at", startedAt, finishedAt, "started_at");
        stages = new ArrayList<>(b.stages);
        int count = getStageCount();
        if (count > MAX_STAGES) {
            throw new InvalidValueException("stages", "at most " + MAX_STAGES + " stages expected but was " + count);
        }
        duration = b.duration != null ? Checks.nonNegative("duration", b.duration) : derivedDuration();
    }

    private Duration derivedDuration() {
        if (startedAt != null) {
            return Duration.between(startedAt, finishedAt);
        }
        return stages.stream().map(StageTiming::getDuration).reduce(Duration.ZERO, Duration::plus);
    }

    public static BuildTimeRecordBuilder builder() {
        return new BuildTimeRecordBuilder();
    }

    /** A builder holding this record's values, to make a changed copy (the duration stays as it is). */
    public BuildTimeRecordBuilder toBuilder() {
        return builder().repo(repo).build(build).job(job).branch(branch).ciPlatform(ciPlatform).result(result)
                .trigger(trigger).agent(agent).matrix(matrix).queuedAt(queuedAt).startedAt(startedAt)
                .finishedAt(finishedAt).duration(duration).stages(stages);
    }

    public String getRepo() {
        return repo;
    }

    public String getBuild() {
        return build;
    }

    public String getJob() {
        return job;
    }

    /** The branch built; empty when unknown. */
    public String getBranch() {
        return branch;
    }

    /** {@code jenkins} or {@code travis}. */
    public String getCiPlatform() {
        return ciPlatform;
    }

    public BuildResult getResult() {
        return result;
    }

    /** What started the build, or {@code null} when unknown. */
    public Trigger getTrigger() {
        return trigger;
    }

    /** Where the job ran, or {@code null} when unknown. */
    public Agent getAgent() {
        return agent;
    }

    public BuildMatrix getMatrix() {
        return matrix;
    }

    /** When the build entered the queue, or {@code null} when unknown (Travis). */
    public Instant getQueuedAt() {
        return queuedAt;
    }

    /** When the job started running, or {@code null} when unknown. */
    public Instant getStartedAt() {
        return startedAt;
    }

    /** When the job finished; the time every chart and timeframe uses (Buildtime Trend's event timestamp). */
    public Instant getFinishedAt() {
        return finishedAt;
    }

    /** Time in the queue: started − queued, zero when either is unknown. */
    public Duration getQueueDuration() {
        return queuedAt == null || startedAt == null ? Duration.ZERO : Duration.between(queuedAt, startedAt);
    }

    /**
     * The job's duration: as given (Travis imports give the sum of the timed substages, as Buildtime Trend
     * does), otherwise finished − started, otherwise the sum of the top-level stage durations.
     */
    public Duration getDuration() {
        return duration;
    }

    /** The top-level stages in the order they ran. */
    public List<StageTiming> getStages() {
        return Collections.unmodifiableList(stages);
    }

    /** The number of stages in the tree, nested ones included. */
    public int getStageCount() {
        int count = 0;
        for (StageTiming stage : stages) {
            count += stage.count();
        }
        return count;
    }

    /** Every stage of the tree, depth first. */
    public List<StageTiming> getAllStages() {
        List<StageTiming> all = new ArrayList<>();
        stages.forEach(stage -> all.addAll(stage.flatten()));
        return all;
    }

    @Override
    public String toString() {
        return repo + " #" + job + " " + result.id() + " " + duration;
    }
}
