package io.jenkins.plugins.perftracker.core.store.index;

import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static io.jenkins.plugins.perftracker.core.store.index.IndexFixtures.*;
import static org.assertj.core.api.Assertions.*;

class SeriesDictionaryTest {
    @TempDir
    private Path dir;

    @Test
    void shouldNumberSeriesInTheOrderTheyFirstAppear() throws IOException {
        try (FileChannel channel = open()) {
            SeriesDictionary dictionary = new SeriesDictionary(file());

            assertThat(dictionary.assign(List.of(info(5), info(2)), channel)).containsExactly(0, 1);
            assertThat(dictionary.assign(List.of(info(2), info(7), info(5)), channel)).containsExactly(1, 2, 0);

            assertThat(dictionary.all()).containsExactly(info(5), info(2), info(7));
            assertThat(dictionary.idOf(key(7))).isEqualTo(2);
            assertThat(dictionary.idOf(key(8))).isEqualTo(-1);
            assertThat(dictionary.info(1)).isEqualTo(info(2));
            assertThat(dictionary.size()).isEqualTo(3);
        }
    }

    @Test
    void shouldWriteNothingForKnownSeries() throws IOException {
        try (FileChannel channel = open()) {
            SeriesDictionary dictionary = new SeriesDictionary(file());
            dictionary.assign(List.of(info(1)), channel);
            long size = channel.size();

            dictionary.assign(List.of(info(1), info(1)), channel);

            assertThat(channel.size()).isEqualTo(size);
        }
    }

    @Test
    void shouldKeepTheIdWhenTheDirectionChanges() throws IOException {
        SeriesInfo flipped = new SeriesInfo(key(1), !info(1).lessIsBetter());
        try (FileChannel channel = open()) {
            SeriesDictionary dictionary = new SeriesDictionary(file());
            dictionary.assign(List.of(info(0), info(1)), channel);

            assertThat(dictionary.assign(List.of(flipped), channel)).containsExactly(1);
            assertThat(dictionary.all()).containsExactly(info(0), flipped);
        }
        try (FileChannel channel = open()) {
            SeriesDictionary reloaded = new SeriesDictionary(file());
            reloaded.load(channel);

            assertThat(reloaded.all()).containsExactly(info(0), flipped);
        }
    }

    @Test
    void shouldLoadOnlyWhatOthersAddedSinceTheLastLoad() throws IOException {
        try (FileChannel writerChannel = open(); FileChannel readerChannel = open()) {
            SeriesDictionary writer = new SeriesDictionary(file());
            SeriesDictionary reader = new SeriesDictionary(file());
            writer.assign(List.of(info(0)), writerChannel);
            reader.load(readerChannel);
            writer.assign(List.of(info(1), info(2)), writerChannel);

            long end = reader.load(readerChannel);

            assertThat(reader.all()).containsExactly(info(0), info(1), info(2));
            assertThat(end).isEqualTo(Files.size(file()));
        }
    }

    @Test
    void shouldKeepKeysWithAnyText() throws IOException {
        SeriesInfo odd = new SeriesInfo(new SeriesKey("", "✓ tag\u0000\n", "c/ä", ""), true);
        try (FileChannel channel = open()) {
            new SeriesDictionary(file()).assign(List.of(odd), channel);
            SeriesDictionary reloaded = new SeriesDictionary(file());
            reloaded.load(channel);

            assertThat(reloaded.all()).containsExactly(odd);
        }
    }

    @Test
    void shouldReportARecordThatSkipsIds() throws IOException {
        try (FileChannel channel = open()) {
            ByteSink record = new ByteSink(16).putVarLong(3).put(0).putString("g").putString("t").putString("")
                    .putString("u");
            RecordFile.append(channel, 0, record);

            assertThatThrownBy(() -> new SeriesDictionary(file()).load(channel))
                    .isInstanceOf(IndexCorruptException.class).hasMessageContaining("series id 3 skips ids after -1");
        }
    }

    @Test
    void shouldReportARecordWithAnEmptyTag() throws IOException {
        try (FileChannel channel = open()) {
            ByteSink record = new ByteSink(16).putVarLong(0).put(0).putString("g").putString(" ").putString("")
                    .putString("u");
            RecordFile.append(channel, 0, record);

            assertThatThrownBy(() -> new SeriesDictionary(file()).load(channel))
                    .isInstanceOf(IndexCorruptException.class).hasMessageContaining("tag: must not be empty");
        }
    }

    @Test
    void shouldWriteTheNewSeriesOfOneAppendAsOneFrame() throws IOException {
        try (FileChannel channel = open()) {
            new SeriesDictionary(file()).assign(List.of(info(0), info(1), info(2)), channel);
        }

        assertThat(IndexFiles.frameStarts(file())).as("a crash keeps all three or none").containsExactly(0);
        try (FileChannel channel = open()) {
            SeriesDictionary reloaded = new SeriesDictionary(file());
            reloaded.load(channel);
            assertThat(reloaded.all()).containsExactly(info(0), info(1), info(2));
        }
    }

    @Test
    void shouldReportAnIdGivenToASecondSeries() throws IOException {
        try (FileChannel channel = open()) {
            new SeriesDictionary(file()).assign(List.of(info(0)), channel);
            ByteSink record = new ByteSink(16).putVarLong(0).put(0).putString("g").putString("other")
                    .putString("").putString("u");
            RecordFile.append(channel, channel.size(), record);

            assertThatThrownBy(() -> new SeriesDictionary(file()).load(channel))
                    .isInstanceOf(IndexCorruptException.class).hasMessageContaining("series id 0 and series")
                    .hasMessageContaining("are already taken");
        }
    }

    private Path file() {
        return dir.resolve(Generation.DICTIONARY);
    }

    private FileChannel open() throws IOException {
        return FileChannel.open(file(), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }
}
