package io.jenkins.plugins.perftracker.buildtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import hudson.model.Job;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;
import io.jenkins.plugins.perftracker.core.buildtime.index.BuildTimeIndex;
import io.jenkins.plugins.perftracker.core.buildtime.index.BuildTimeIndexCorruptException;

/**
 * Each job's build-time index ({@code <job>/perftracker-buildtimes.idx}), one open instance per file. A
 * damaged index is set aside ({@code .corrupt}) and rebuilt from the build records in the background; failures
 * to write it are logged, never fail a build: the records in build.xml stay the source of truth.
 */
final class BuildTimeIndexes {
    static final String FILE = "perftracker-buildtimes.idx";
    private static final Logger LOGGER = Logger.getLogger(BuildTimeIndexes.class.getName());
    private static final Map<Path, BuildTimeIndex> OPEN = new ConcurrentHashMap<>();

    private BuildTimeIndexes() {
    }

    static Path fileOf(final Job<?, ?> job) {
        return job.getRootDir().toPath().resolve(FILE);
    }

    /** The job's index, opened on first use. */
    static BuildTimeIndex of(final Job<?, ?> job) throws IOException {
        Path file = fileOf(job);
        BuildTimeIndex index = OPEN.get(file);
        if (index != null) {
            return index;
        }
        synchronized (OPEN) {
            index = OPEN.get(file);
            if (index == null) {
                index = open(job, file);
                OPEN.put(file, index);
            }
            return index;
        }
    }

    private static BuildTimeIndex open(final Job<?, ?> job, final Path file) throws IOException {
        try {
            BuildTimeIndex index = BuildTimeIndex.open(file);
            if (index.getTruncatedBytes() > 0) {
                LOGGER.log(Level.INFO, "perftracker: cut a torn last record ({0} bytes) off the build-time index of {1}",
                        new Object[] {index.getTruncatedBytes(), job.getFullName()});
            }
            return index;
        }
        catch (BuildTimeIndexCorruptException e) {
            LOGGER.log(Level.WARNING, "perftracker: rebuilding the damaged build-time index of " + job.getFullName(), e);
            Files.move(file, file.resolveSibling(FILE + ".corrupt"), StandardCopyOption.REPLACE_EXISTING);
            BuildTimeIndex fresh = BuildTimeIndex.open(file);
            BuildTimeRebuilds.start(job, fresh);
            return fresh;
        }
    }

    /** Adds a build's records to its job's index. */
    static void record(final Job<?, ?> job, final List<BuildTimeRecord> records) {
        try {
            BuildTimeIndex index = of(job);
            for (BuildTimeRecord record : records) {
                index.append(record);
            }
        }
        catch (IOException e) {
            LOGGER.log(Level.WARNING, "perftracker: could not add build times to the index of " + job.getFullName()
                    + "; an administrator can rebuild it", e);
        }
    }

    /** Removes the records of a deleted build (one job id, or every job of the build when {@code job} is null). */
    static void remove(final Job<?, ?> owner, final String build, final String job) {
        if (!Files.exists(fileOf(owner))) {
            return;
        }
        try {
            BuildTimeIndex index = of(owner);
            if (job == null) {
                index.remove(build);
            }
            else {
                index.remove(build, job);
            }
        }
        catch (IOException e) {
            LOGGER.log(Level.WARNING, "perftracker: could not remove build " + build + " from the build-time index of "
                    + owner.getFullName(), e);
        }
    }

    /** Every record of the job (bounded by the index), oldest first; empty when the index cannot be read. */
    static List<BuildTimeRecord> all(final Job<?, ?> job) {
        if (!Files.exists(fileOf(job))) {
            return List.of();
        }
        try {
            return of(job).readAll();
        }
        catch (IOException e) {
            LOGGER.log(Level.WARNING, "perftracker: could not read the build-time index of " + job.getFullName(), e);
            return List.of();
        }
    }

    /** The job's {@code count} latest records. */
    static List<BuildTimeRecord> recent(final Job<?, ?> job, final int count) {
        if (!Files.exists(fileOf(job))) {
            return List.of();
        }
        try {
            return of(job).readLatest(count);
        }
        catch (IOException e) {
            LOGGER.log(Level.WARNING, "perftracker: could not read the build-time index of " + job.getFullName(), e);
            return List.of();
        }
    }

    /** Closes every open index (a job moved; which file was its is no longer known). */
    static void forgetAll() {
        for (Path file : List.copyOf(OPEN.keySet())) {
            forget(file.getParent());
        }
    }

    /** Closes the index of a job that was renamed, moved or deleted; it is opened again where it now lies. */
    static void forget(final Path jobDir) {
        BuildTimeIndex index = OPEN.remove(jobDir.resolve(FILE));
        if (index != null) {
            try {
                index.close();
            }
            catch (IOException e) {
                LOGGER.log(Level.FINE, "perftracker: closing " + index.getFile(), e);
            }
        }
    }
}
