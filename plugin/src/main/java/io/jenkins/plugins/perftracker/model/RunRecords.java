package io.jenkins.plugins.perftracker.model;

import java.io.File;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.util.Map;
import java.util.Collections;
import java.util.LinkedHashMap;

import hudson.XmlFile;
import hudson.model.Run;
import hudson.util.XStream2;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.store.RunXStream;

/**
 * The full runs of builds, one side file per publish call in the build directory ({@code perftracker-<n>.xml}),
 * written through Jenkins' own XStream set up by the engine's {@link RunXStream} (converters and allow list), and
 * read lazily into a soft cache so that a page never keeps thousands of runs in memory.
 */
public final class RunRecords {
    private static final XStream2 XSTREAM = new XStream2();
    /** Most recently used runs by file; soft values, and at most this many keys so the map itself stays small. */
    private static final int MAX_CACHED = 1000;
    private static final Map<String, SoftReference<PerfRun>> CACHE = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                private static final long serialVersionUID = 1L;

                @Override
                protected boolean removeEldestEntry(final Map.Entry<String, SoftReference<PerfRun>> eldest) {
                    return size() > MAX_CACHED;
                }
            });

    static {
        RunXStream.configure(XSTREAM);
    }

    private RunRecords() {
    }

    /** Writes a run of a build as its publish call number {@code id}. */
    public static void write(final Run<?, ?> build, final int id, final PerfRun run) throws IOException {
        XmlFile file = file(build, id);
        file.write(run);
        CACHE.put(file.getFile().getPath(), new SoftReference<>(run));
    }

    /** Reads a run of a build, from the cache when it is still there. */
    public static PerfRun read(final Run<?, ?> build, final int id) throws IOException {
        XmlFile file = file(build, id);
        String key = file.getFile().getPath();
        SoftReference<PerfRun> cached = CACHE.get(key);
        PerfRun run = cached == null ? null : cached.get();
        if (run == null) {
            run = (PerfRun) file.read();
            CACHE.put(key, new SoftReference<>(run));
        }
        return run;
    }

    /** Forgets the cached runs of a deleted build. */
    public static void forget(final Run<?, ?> build) {
        String prefix = build.getRootDir().getPath() + File.separator;
        synchronized (CACHE) {
            CACHE.keySet().removeIf(key -> key.startsWith(prefix));
        }
    }

    private static XmlFile file(final Run<?, ?> build, final int id) {
        return new XmlFile(XSTREAM, new File(build.getRootDir(), "perftracker-" + id + ".xml"));
    }
}
