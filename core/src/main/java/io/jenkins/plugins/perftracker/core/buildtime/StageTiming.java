package io.jenkins.plugins.perftracker.core.buildtime;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

import io.jenkins.plugins.perftracker.core.model.InvalidValueException;

/**
 * One stage of a build job and its nested stages (Pipeline stages and parallel branches; Travis substages are
 * flat). The path holds the names from the top-level stage down to this one. Built by {@link Builder}, which
 * computes the paths, so a tree is always consistent.
 */
public final class StageTiming implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int MAX_DEPTH = 32;

    private final String name;
    private final ArrayList<String> path;
    private final String command;
    private final Instant start;
    private final Duration duration;
    private final Duration pause;
    private final StageStatus status;
    private final ArrayList<StageTiming> children;

    private StageTiming(final Builder b, final List<String> parentPath) {
        name = Checks.bounded("stage.name", b.name, Checks.MAX_TEXT);
        path = new ArrayList<>(parentPath);
        path.add(name);
        String field = "stages[" + String.join("/", path) + "]";
        if (path.size() > MAX_DEPTH) {
            throw new InvalidValueException(field, "at most " + MAX_DEPTH + " nesting levels expected");
        }
        command = Checks.bounded(field + ".command", b.command, Checks.MAX_COMMAND);
        start = b.start;
        duration = Checks.nonNegative(field + ".duration", b.duration);
        pause = Checks.nonNegative(field + ".pause", b.pause);
        status = b.status == null ? StageStatus.UNKNOWN : b.status;
        children = new ArrayList<>(b.children.size());
        for (Builder child : b.children) {
            children.add(new StageTiming(child, path));
        }
    }

    public static Builder builder(final String name) {
        return new Builder().name(name);
    }

    /** The stage name; Travis substages that could not be named have an empty name. */
    public String getName() {
        return name;
    }

    /** Names from the top-level stage down to this stage. */
    public List<String> getPath() {
        return Collections.unmodifiableList(path);
    }

    /** The shell command of a Travis substage; empty for Pipeline stages. */
    public String getCommand() {
        return command;
    }

    /** When the stage started, or {@code null} when the log did not say (Travis substages without timing). */
    public Instant getStart() {
        return start;
    }

    /** When the stage finished: start + duration + pause, or {@code null} without a start. */
    public Instant getFinish() {
        return start == null ? null : start.plus(duration).plus(pause);
    }

    /** Time the stage was running, without pauses. */
    public Duration getDuration() {
        return duration;
    }

    /** Time the stage waited (for input, for a lock, for an executor). */
    public Duration getPause() {
        return pause;
    }

    public StageStatus getStatus() {
        return status;
    }

    public List<StageTiming> getChildren() {
        return Collections.unmodifiableList(children);
    }

    /** This stage and every nested stage, depth first. */
    public List<StageTiming> flatten() {
        List<StageTiming> all = new ArrayList<>();
        addAll(all);
        return all;
    }

    /** The number of stages in this subtree, this one included, without building a list. */
    public int count() {
        int count = 1;
        for (StageTiming child : children) {
            count += child.count();
        }
        return count;
    }

    private void addAll(final List<StageTiming> all) {
        all.add(this);
        children.forEach(child -> child.addAll(all));
    }

    @Override
    public boolean equals(final Object o) {
        if (!(o instanceof StageTiming)) {
            return false;
        }
        StageTiming other = (StageTiming) o;
        return path.equals(other.path) && command.equals(other.command) && Objects.equals(start, other.start)
                && duration.equals(other.duration) && pause.equals(other.pause) && status == other.status
                && children.equals(other.children);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, start, duration);
    }

    @Override
    public String toString() {
        return String.join("/", path) + " " + duration;
    }

    /** Collects one stage; nested stages are added as builders so their paths follow from this one. */
    public static final class Builder {
        private String name;
        private String command;
        private Instant start;
        private Duration duration;
        private Duration pause;
        private StageStatus status;
        private final List<Builder> children = new ArrayList<>();

        public Builder name(final String name) {
            this.name = name;
            return this;
        }

        public Builder command(final String command) {
            this.command = command;
            return this;
        }

        public Builder start(final Instant start) {
            this.start = start;
            return this;
        }

        public Builder duration(final Duration duration) {
            this.duration = duration;
            return this;
        }

        public Builder pause(final Duration pause) {
            this.pause = pause;
            return this;
        }

        public Builder status(final StageStatus status) {
            this.status = status;
            return this;
        }

        public Builder child(final Builder child) {
            children.add(Objects.requireNonNull(child, "child"));
            return this;
        }

        /** Builds a top-level stage. */
        public StageTiming build() {
            return new StageTiming(this, List.of());
        }
    }
}
