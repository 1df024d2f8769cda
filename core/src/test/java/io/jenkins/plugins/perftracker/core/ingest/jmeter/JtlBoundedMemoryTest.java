package io.jenkins.plugins.perftracker.core.ingest.jmeter;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;

import static org.assertj.core.api.Assertions.*;

/** Many rows, few retained samples: what is kept depends on the bounds, not on the length of the file. */
class JtlBoundedMemoryTest {
    private static final int ROWS = 300_000;
    private static final String[] LABELS = {"login", "search", "checkout"};

    @TempDir
    Path temp;

    @Test
    void shouldKeepOnlyTheBoundOfSamplesAndStillGiveExactPercentiles() throws Exception {
        int[][] elapsed = new int[LABELS.length][];
        Path jtl = generate(elapsed);

        PerfRun run = new JtlReader(100, 2).read(jtl);

        for (int label = 0; label < 2; label++) {
            PerfTest raw = find(run, LABELS[label], "");
            assertThat(raw.getScores()).hasSize(100);
            assertThat(raw.getSampleCount()).isEqualTo(elapsed[label].length);
            assertThat(find(run, LABELS[label], "p95").getScores()[0]).isEqualTo(nearestRank(elapsed[label], 95));
            assertThat(find(run, LABELS[label], "median").getScores()[0]).isEqualTo(nearestRank(elapsed[label], 50));
        }
        // the third label is beyond the cap of two: counted in TOTAL only
        assertThat(run.getTests()).noneMatch(t -> t.getGroup().equals("checkout"));
        PerfTest total = find(run, "TOTAL", "");
        assertThat(total.getSampleCount()).isEqualTo(ROWS);
        assertThat(total.getScores()).hasSize(100);
        assertThat(total.getWarnings().getTexts()).singleElement().asString()
                .startsWith(elapsed[2].length + " samples of labels beyond the first 2");
    }

    @Test
    void shouldRetainTheSameSamplesOnEveryRead() throws Exception {
        Path jtl = generate(new int[LABELS.length][]);

        JtlReader reader = new JtlReader(50, 10);
        assertThat(find(reader.read(jtl), "search", "").getScores())
                .containsExactly(find(reader.read(jtl), "search", "").getScores());
    }

    @Test
    void shouldBoundTheStructuresOfALabelWhateverItsRowCount() {
        LabelStats stats = new LabelStats("busy", 64);
        SplittableRandom random = new SplittableRandom(7);
        double sum = 0;
        for (int i = 0; i < 1_000_000; i++) {
            int ms = random.nextInt(3_000);
            sum += ms;
            stats.add(ms, 1_000L + i, true);
        }

        assertThat(stats.retainedCapacity()).isEqualTo(64);
        assertThat(stats.retained()).hasSize(64);
        assertThat(stats.histogramBuckets()).isEqualTo(3 * 1024);
        assertThat(stats.count()).isEqualTo(1_000_000);
        assertThat(stats.mean()).isEqualTo(sum / 1_000_000);
        // a uniform sample of a uniform 0..2999 population: its mean is near 1500 (64 samples, sd ~108)
        assertThat(Arrays.stream(stats.retained()).average().orElseThrow()).isBetween(1000.0, 2000.0);
    }

    private Path generate(final int[][] elapsed) throws IOException {
        SplittableRandom random = new SplittableRandom(42);
        int[] counts = new int[LABELS.length];
        int[][] values = new int[LABELS.length][ROWS];
        Path jtl = temp.resolve("big.jtl");
        try (BufferedWriter out = Files.newBufferedWriter(jtl)) {
            out.write("timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,bytes\n");
            for (int row = 0; row < ROWS; row++) {
                int label = row < LABELS.length ? row : random.nextInt(LABELS.length); // first seen in order
                int ms = random.nextInt(20) == 0 ? 70_000 + random.nextInt(1_000) : random.nextInt(2_000);
                values[label][counts[label]++] = ms;
                out.write((1_600_000_000_000L + row) + "," + ms + "," + LABELS[label] + ",200,OK,\"Group 1-1\",text,"
                        + (random.nextInt(50) != 0) + ",1234\n");
            }
        }
        for (int label = 0; label < LABELS.length; label++) {
            elapsed[label] = Arrays.copyOf(values[label], counts[label]);
        }
        return jtl;
    }

    /** Nearest rank over a sorted copy; the values above 65,535 ms lie in buckets 4 ms wide. */
    private static double nearestRank(final int[] values, final int percent) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        int value = sorted[(int) Math.ceil(percent / 100.0 * sorted.length) - 1];
        return value >= 65_536 ? MillisHistogram.lowest(MillisHistogram.bucket(value)) : value;
    }

    private static PerfTest find(final PerfRun run, final String group, final String category) {
        return run.getTests().stream().filter(t -> t.getGroup().equals(group) && t.getTag().equals("response time")
                && t.getCategory().equals(category)).findFirst().orElseThrow();
    }
}
