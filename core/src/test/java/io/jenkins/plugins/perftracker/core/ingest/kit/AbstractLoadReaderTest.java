package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.perftracker.core.ingest.ReaderRegistry;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.ResultReader;
import io.jenkins.plugins.perftracker.core.model.PerfRun;

import static org.assertj.core.api.Assertions.*;

/**
 * What every load-test and test-report reader must do: read its real-world samples, recognise them by content
 * under a neutral file name, be registered, and refuse empty and truncated files with the file and a location.
 */
public abstract class AbstractLoadReaderTest {
    @TempDir
    protected Path temp;

    /** The reader under test. */
    protected abstract ResultReader reader();

    /** Resource paths of the real-world samples (at least two). */
    protected abstract List<String> realWorldFiles();

    @Test
    void shouldReadEveryRealWorldSample() throws Exception {
        assertThat(realWorldFiles()).hasSizeGreaterThanOrEqualTo(2);
        for (String name : realWorldFiles()) {
            PerfRun run = reader().read(resource(name));
            assertThat(run.getTests()).as(name).isNotEmpty();
        }
    }

    @Test
    void shouldDetectRealWorldSamplesByContentUnderANeutralName() throws Exception {
        ReaderRegistry registry = new ReaderRegistry();
        for (String name : realWorldFiles()) {
            Path copy = temp.resolve("results.dat");
            Files.copy(resource(name), copy, StandardCopyOption.REPLACE_EXISTING);
            assertThat(registry.detect(copy)).as(name).get().extracting(ResultReader::id).isEqualTo(reader().id());
        }
    }

    @Test
    void shouldProduceRunsThatSurviveSerialization() throws Exception {
        PerfRun run = reader().read(resource(realWorldFiles().get(0)));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(run);
        }
        try (ObjectInputStream in = new ObjectInputStream(
                new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(in.readObject()).isEqualTo(run);
        }
    }

    @Test
    void shouldReadTheSameFileToTheSameRun() throws Exception {
        Path sample = resource(realWorldFiles().get(1));

        assertThat(reader().read(sample)).isEqualTo(reader().read(sample));
    }

    @Test
    void shouldBeRegisteredUnderItsId() {
        assertThat(new ReaderRegistry().byId(reader().id())).get().isInstanceOf(reader().getClass());
        assertThat(reader().displayName()).isNotBlank();
    }

    @Test
    void shouldNotDetectUnrelatedText() {
        assertThat(reader().detect(temp.resolve("notes.txt"), "just some notes\nnothing to see\n")).isFalse();
        assertThat(reader().detect(temp.resolve("empty"), "")).isFalse();
    }

    @Test
    void shouldRefuseAnEmptyFileNamingIt() throws IOException {
        Path empty = write("empty.result", "");
        assertThatThrownBy(() -> reader().read(empty)).isInstanceOf(ResultFormatException.class)
                .hasMessageContaining(empty.toString());
    }

    @Test
    void shouldSayEmptyFileForZeroBytes() throws IOException {
        Path empty = write("zero-bytes", "");
        assertThatThrownBy(() -> reader().read(empty)).hasMessageContaining("empty file");
    }

    @Test
    void shouldReadAndDetectASampleThatStartsWithAUtf8ByteOrderMark() throws Exception {
        Path sample = resource(realWorldFiles().get(0));
        Path marked = temp.resolve("marked.dat");
        try (java.io.OutputStream out = Files.newOutputStream(marked)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Files.copy(sample, out);
        }

        assertThat(reader().read(marked)).isEqualTo(reader().read(sample));
        assertThat(new ReaderRegistry().detect(marked)).get().extracting(ResultReader::id).isEqualTo(reader().id());
    }

    @Test
    void shouldRefuseATruncatedSampleWithItsLocation() throws Exception {
        byte[] whole = Files.readAllBytes(resource(truncationSample()));
        Path half = temp.resolve("truncated.result");
        Files.write(half, Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> reader().read(half)).isInstanceOfSatisfying(ResultFormatException.class,
                e -> {
                    assertThat(e.getFile()).isEqualTo(half.toString());
                    assertThat(e.getLocation()).isNotEmpty();
                });
    }

    /** The sample cut in half by the truncation test; formats that tolerate a cut last line override it. */
    protected String truncationSample() {
        return realWorldFiles().get(0);
    }

    /** A test resource as a path. */
    protected static Path resource(final String name) throws URISyntaxException {
        var url = AbstractLoadReaderTest.class.getResource("/ingest/" + name);
        assertThat(url).as("resource " + name).isNotNull();
        return Path.of(url.toURI());
    }

    /** Writes a file into the temporary folder. */
    protected Path write(final String name, final String content) throws IOException {
        return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
    }

    /** Writes and reads a file. */
    protected PerfRun read(final String content) throws IOException, ResultFormatException {
        return reader().read(write("input.result", content));
    }
}
