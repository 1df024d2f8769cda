package io.jenkins.plugins.perftracker.core.store.index;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Serialises work on one index folder: a lock per folder shared by every instance in this JVM (file locks are
 * held per process, so two instances must not both ask for one), then an OS file lock on {@code lock} against
 * other processes: exclusive for writers, shared for readers.
 */
final class IndexLock {
    private static final ConcurrentMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    /** Work done under the lock. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws IOException;
    }

    private final Path lockFile;
    private final ReentrantLock inProcess;

    IndexLock(final Path dir) {
        Path folder = dir.toAbsolutePath().normalize();
        lockFile = folder.resolve("lock");
        inProcess = IN_PROCESS.computeIfAbsent(folder, f -> new ReentrantLock());
    }

    <T> T exclusive(final Work<T> work) throws IOException {
        return locked(false, work);
    }

    <T> T shared(final Work<T> work) throws IOException {
        return locked(true, work);
    }

    @SuppressWarnings("try")
    private <T> T locked(final boolean shared, final Work<T> work) throws IOException {
        inProcess.lock();
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE); FileLock lock = channel.lock(0, Long.MAX_VALUE, shared)) {
            return work.run();
        }
        finally {
            inProcess.unlock();
        }
    }
}
