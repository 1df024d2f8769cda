package io.jenkins.plugins.perftracker.core.store;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.*;

/** One codec shared by many builds at once, as the plugin shares it: readers never see a half-written record. */
class RunRecordConcurrencyTest {
    private final RunRecordCodec codec = new RunRecordCodec();

    @TempDir
    private Path dir;

    @Test
    void shouldReadWholeRecordsWhileOthersReplaceThem() throws Exception {
        PerfRun small = RunFixtures.fullRun();
        PerfRun large = RunFixtures.largeRun(300);
        Path shared = dir.resolve("shared.xml");
        codec.write(small, shared);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                int writer = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        codec.write((i + writer) % 2 == 0 ? large : small, shared);
                    }
                    return null;
                }));
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        assertThat(codec.read(shared)).isIn(small, large);
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get(2, TimeUnit.MINUTES);
            }
        }
        finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldWriteDifferentRecordsFromManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<PerfRun>> written = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                Path file = dir.resolve("run-" + i + ".xml");
                PerfRun run = RunFixtures.largeRun(i + 1);
                written.add(pool.submit(() -> {
                    codec.write(run, file);
                    return run;
                }));
            }
            for (int i = 0; i < written.size(); i++) {
                PerfRun run = written.get(i).get(1, TimeUnit.MINUTES);
                assertThat(codec.read(dir.resolve("run-" + i + ".xml"))).isEqualTo(run);
            }
        }
        finally {
            pool.shutdownNow();
        }
    }
}
