package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.jenkins.plugins.perftracker.core.store.index.IndexFixtures.*;
import static org.assertj.core.api.Assertions.*;

/**
 * Damage as a disk does it (issue 12): a flipped byte or a zeroed frame anywhere but the torn tail of a file is
 * reported, never read as "the file ends here", and nothing is cut off or deleted on the way.
 */
class SeriesIndexDamageTest {
    @TempDir
    private Path dir;
    private IndexFiles files;

    @BeforeEach
    void setUp() {
        files = new IndexFiles(dir);
    }

    @ParameterizedTest(name = "byte {0} of frame 25 flipped")
    @ValueSource(ints = {0, 3, 5, 9, 30})
    void shouldReportAFlippedByteInTheMiddleOfTheLog(final int inFrame) throws IOException {
        appendBuilds(1, 50, 3, 1000);
        Path log = files.log();
        int frame = IndexFiles.frameStarts(log).get(25);
        IndexFiles.flip(log, frame + inFrame);
        long size = Files.size(log);

        assertThatThrownBy(() -> SeriesIndex.open(dir, 1000)).isInstanceOf(IndexCorruptException.class)
                .hasMessageContaining(log.toString()).hasMessageContaining("the record at byte " + frame + " ")
                .hasMessageContaining("the file is damaged, this is no torn write");
        assertThat(Files.size(log)).as("nothing cut off").isEqualTo(size);
    }

    @Test
    void shouldReportAZeroedFrameInTheMiddleOfTheLog() throws IOException {
        appendBuilds(1, 50, 3, 1000);
        Path log = files.log();
        List<Integer> frames = IndexFiles.frameStarts(log);
        IndexFiles.zero(log, frames.get(0), frames.get(1));

        assertThatThrownBy(() -> SeriesIndex.open(dir, 1000)).isInstanceOf(IndexCorruptException.class)
                .hasMessageContaining("the record at byte 0 has an impossible length of 0 bytes");
    }

    @Test
    void shouldReadEveryBuildWhenNothingIsDamaged() throws IOException {
        appendBuilds(1, 50, 3, 1000);

        try (SeriesIndex index = SeriesIndex.open(dir, 1000)) {
            assertThat(index.builds()).hasSize(50);
        }
    }

    @Test
    void shouldReportADamagedDictionaryEntryInsteadOfReusingItsId() throws IOException {
        appendGrowingBuilds(6);
        Path dictionary = files.dictionary();
        IndexFiles.flip(dictionary, IndexFiles.frameStarts(dictionary).get(2) + 10);

        assertThatThrownBy(() -> appendNewSeries(9)).isInstanceOf(IndexCorruptException.class)
                .hasMessageContaining(dictionary.toString()).hasMessageContaining("fails its checksum");
    }

    @Test
    void shouldReportALostLastDictionaryEntryWhosePointsAreStored() throws IOException {
        appendGrowingBuilds(6);
        Path dictionary = files.dictionary();
        IndexFiles.flip(dictionary, IndexFiles.frameStarts(dictionary).get(5) + 10); // looks like a torn write

        assertThatThrownBy(() -> appendNewSeries(9)).isInstanceOf(IndexCorruptException.class)
                .hasMessageContaining(dictionary.toString())
                .hasMessageContaining("points of series id 5 are stored, but the dictionary ends after 5 series");
    }

    @Test
    void shouldNeverShowAnotherSeriesPointsUnderANewSeries() throws IOException {
        appendGrowingBuilds(6);
        Path dictionary = files.dictionary();
        IndexFiles.flip(dictionary, IndexFiles.frameStarts(dictionary).get(5) + 10);

        List<SeriesPoint> shown = new ArrayList<>();
        try {
            shown.addAll(appendNewSeries(9));
        }
        catch (IndexCorruptException expected) {
            try (SeriesIndex index = SeriesIndex.recreate(dir, List.of(build(7, List.of(9))))) {
                shown.addAll(index.readSeries(key(9), 100));
            }
        }
        assertThat(shown).extracting(SeriesPoint::build).containsExactly(7);
    }

    @Test
    void shouldReportADamagedPointInASegmentInsteadOfReadingAWrongValue() throws IOException {
        appendBuilds(1, 8, 3, 4);
        Path segment = files.segments().get(0);
        long size = Files.size(segment);
        IndexFiles.flip(segment, size - 6); // a low byte of the mean of the last point of series 2

        try (SeriesIndex index = SeriesIndex.open(dir, 4)) {
            assertThat(index.readSeries(key(0), 100)).extracting(SeriesPoint::mean)
                    .containsExactly(mean(1, 0), mean(2, 0), mean(3, 0), mean(4, 0), mean(5, 0), mean(6, 0),
                            mean(7, 0), mean(8, 0));
            assertThatThrownBy(() -> index.readSeries(key(2), 100)).isInstanceOf(IndexCorruptException.class)
                    .hasMessageContaining(segment.toString()).hasMessageMatching(".*points of series 2 at byte \\d+ "
                            + "fail their checksum.*");
        }
    }

    @Test
    void shouldFindTheLiveGenerationWhenCurrentIsMissing() throws IOException {
        appendBuilds(1, 3, 2, 1000);
        try (SeriesIndex index = SeriesIndex.open(dir, 1000)) {
            index.rebuild(List.of(build(1, 2), build(2, 2)));
            index.append(build(5, 2));
        }
        Path live = files.generation();
        Files.delete(dir.resolve(Generations.CURRENT));

        try (SeriesIndex index = SeriesIndex.open(dir, 1000)) {
            assertThat(index.builds()).extracting(IndexedBuild::build).containsExactly(1, 2, 5);
        }
        assertThat(live).exists();
        assertThat(files.generation()).isEqualTo(live);
    }

    @Test
    void shouldNotTakeAHalfFilledRebuildForTheLiveGeneration() throws IOException {
        appendBuilds(1, 3, 2, 1000);
        try (SeriesIndex index = SeriesIndex.open(dir, 1000)) {
            index.rebuild(List.of(build(1, 2), build(2, 2), build(3, 2)));
        }
        Path live = files.generation();
        Path stray = dir.resolve("gen-9");
        Files.createDirectories(stray);
        Files.copy(files.log(), stray.resolve(Generation.LOG));
        Files.copy(files.dictionary(), stray.resolve(Generation.DICTIONARY));
        Files.delete(dir.resolve(Generations.CURRENT));

        try (SeriesIndex index = SeriesIndex.open(dir, 1000)) {
            assertThat(index.builds()).hasSize(3);
        }
        assertThat(files.generation()).isEqualTo(live);
        assertThat(stray).doesNotExist();
    }

    @Test
    void shouldReportAMissingCurrentWithoutACompleteGenerationAndDeleteNothing() throws IOException {
        appendBuilds(1, 3, 2, 1000);
        Path live = files.generation();
        Files.delete(live.resolve(Generations.COMPLETE));
        Files.delete(dir.resolve(Generations.CURRENT));

        assertThatThrownBy(() -> SeriesIndex.open(dir)).isInstanceOf(IndexCorruptException.class)
                .hasMessageContaining("no CURRENT file, and no complete generation can take its place");
        assertThat(live.resolve(Generation.LOG)).exists();
    }

    @Test
    void shouldStillDropADamagedLastRecordLikeATornWrite() throws IOException {
        appendBuilds(1, 5, 3, 1000);
        Path log = files.log();
        IndexFiles.flip(log, Files.size(log) - 3);

        try (SeriesIndex index = SeriesIndex.open(dir, 1000)) {
            assertThat(index.builds()).extracting(IndexedBuild::build).containsExactly(1, 2, 3, 4);
        }
    }

    private void appendBuilds(final int from, final int to, final int series, final int maxLogRecords)
            throws IOException {
        try (SeriesIndex index = SeriesIndex.open(dir, maxLogRecords)) {
            for (int b = from; b <= to; b++) {
                index.append(build(b, series));
            }
        }
    }

    /** Build b has series 0 .. b-1, so each build adds one dictionary entry of its own. */
    private void appendGrowingBuilds(final int builds) throws IOException {
        for (int b = 1; b <= builds; b++) {
            appendBuilds(b, b, b, 1000);
        }
    }

    private List<SeriesPoint> appendNewSeries(final int series) throws IOException {
        try (SeriesIndex index = SeriesIndex.open(dir, 1000)) {
            index.append(build(7, List.of(series)));
            return index.readSeries(key(series), 100);
        }
    }
}
