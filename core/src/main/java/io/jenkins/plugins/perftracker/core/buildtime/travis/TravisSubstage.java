package io.jenkins.plugins.perftracker.core.buildtime.travis;

import java.time.Duration;
import java.time.Instant;

import io.jenkins.plugins.perftracker.core.buildtime.StageStatus;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;

/**
 * The substage being read: Buildtime Trend's {@code TravisSubstage} state machine. A fold start names it, a
 * time start sets the hash, a {@code $} line the command; a time end with the same hash times it, a fold end
 * with the same name completes it. A mismatching end marks it incomplete, and incomplete substages are dropped.
 */
final class TravisSubstage {
    private String name = "";
    private String timingHash = "";
    private String command = "";
    private Instant start;
    private Instant finish;
    private Duration duration = Duration.ZERO;
    private boolean incomplete;
    private boolean finished;

    void startStage(final String stage, final String substage) {
        if (!hasStarted()) {
            name = stage + "." + substage;
        }
    }

    void startTime(final String hash) {
        if (timingHash.isEmpty()) {
            timingHash = hash;
        }
    }

    void command(final String text) {
        if (command.isEmpty()) {
            command = text;
        }
    }

    void endTime(final String hash, final long startNanos, final long finishNanos, final long durationNanos) {
        if (timingHash.isEmpty() || !timingHash.equals(hash) || startNanos < 0 || finishNanos < 0
                || durationNanos < 0) {
            incomplete = true;
            return;
        }
        start = Instant.ofEpochSecond(0, startNanos);
        finish = Instant.ofEpochSecond(0, finishNanos);
        duration = Duration.ofNanos(durationNanos);
    }

    void endStage(final String stage, final String substage) {
        if (name.isEmpty() || !name.equals(stage + "." + substage)) {
            incomplete = true;
            return;
        }
        finished = true;
    }

    boolean hasStarted() {
        return !name.isEmpty() || !timingHash.isEmpty() || !command.isEmpty();
    }

    /** Python's {@code has_finished()}: incomplete, or a named stage folded, or an unnamed one timed or bare. */
    boolean hasFinished() {
        if (incomplete) {
            return true;
        }
        if (!name.isEmpty()) {
            return finished;
        }
        return timingHash.isEmpty() ? !command.isEmpty() : finish != null;
    }

    boolean isIncomplete() {
        return incomplete;
    }

    boolean hasName() {
        return !name.isEmpty();
    }

    void name(final String resolved) {
        name = resolved;
    }

    String getName() {
        return name;
    }

    String getCommand() {
        return command;
    }

    Instant getFinish() {
        return finish;
    }

    StageTiming toStage() {
        return StageTiming.builder(name).command(command).start(start).duration(duration)
                .status(StageStatus.UNKNOWN).build();
    }
}
