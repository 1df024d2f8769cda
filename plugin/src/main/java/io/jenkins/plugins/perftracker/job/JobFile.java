package io.jenkins.plugins.perftracker.job;

import java.io.File;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import hudson.XmlFile;
import hudson.model.Job;
import hudson.util.XStream2;

/**
 * A small perftracker file in a job's directory (acknowledgements, tag exclusions, saved comparisons), read and
 * changed under one lock per file: each request makes its own view object, so locking the object would let two
 * concurrent changes lose one of them.
 *
 * @param <T> the stored value (plain collections of plain values)
 */
final class JobFile<T> {
    private static final XStream2 XSTREAM = new XStream2();
    private static final Map<String, Object> LOCKS = new ConcurrentHashMap<>();

    static {
        XSTREAM.alias("acknowledgement", JobAcknowledgements.Entry.class);
        XSTREAM.alias("comparison", SavedComparisons.Saved.class);
    }

    private final XmlFile file;
    private final Supplier<T> empty;

    JobFile(final Job<?, ?> job, final String name, final Supplier<T> empty) {
        this.file = new XmlFile(XSTREAM, new File(job.getRootDir(), name));
        this.empty = empty;
    }

    /** The stored value, or an empty one when the file does not exist yet. */
    @SuppressWarnings("unchecked")
    T read() throws IOException {
        synchronized (lock()) {
            return file.exists() ? (T) file.read() : empty.get();
        }
    }

    /** Reads, changes and writes the value as one step. */
    void update(final UnaryOperator<T> change) throws IOException {
        synchronized (lock()) {
            file.write(change.apply(read()));
        }
    }

    private Object lock() {
        return LOCKS.computeIfAbsent(file.getFile().getPath(), k -> new Object());
    }
}
