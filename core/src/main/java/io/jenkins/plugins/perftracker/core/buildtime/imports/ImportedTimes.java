package io.jenkins.plugins.perftracker.core.buildtime.imports;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.jenkins.plugins.perftracker.core.buildtime.Agent;
import io.jenkins.plugins.perftracker.core.buildtime.StageTiming;

/**
 * What one imported file gave: its stages and, for a Travis CI log, the worker and times. Small and
 * serialisable: it travels from the agent that read the file to the controller.
 */
public final class ImportedTimes implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final String format;
    private final ArrayList<StageTiming> stages;
    private final Agent worker;
    private final Instant startedAt;
    private final Instant finishedAt;
    private final Duration duration;

    ImportedTimes(final String file, final String format, final List<StageTiming> stages, final Agent worker,
            final Instant startedAt, final Instant finishedAt, final Duration duration) {
        this.file = file;
        this.format = format;
        this.stages = new ArrayList<>(stages);
        this.worker = worker;
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.duration = duration;
    }

    /** The file, relative to the folder it was read in. */
    public String getFile() {
        return file;
    }

    /** {@code csv}, {@code xml} or {@code travis}. */
    public String getFormat() {
        return format;
    }

    public List<StageTiming> getStages() {
        return Collections.unmodifiableList(stages);
    }

    /** The Travis worker, or {@code null}. */
    public Agent getWorker() {
        return worker;
    }

    /** When a Travis job started, or {@code null}. */
    public Instant getStartedAt() {
        return startedAt;
    }

    /** When a Travis job finished, or {@code null}. */
    public Instant getFinishedAt() {
        return finishedAt;
    }

    /** A Travis job's duration, or {@code null}. */
    public Duration getDuration() {
        return duration;
    }
}
