package io.jenkins.plugins.perftracker.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;

import static org.assertj.core.api.Assertions.*;

/**
 * The tests every reader passes (STYLE.md's parser pattern): its real-world sample files read into tests with
 * samples, it is registered under its id, the registry detects its samples by content under a neutral file name,
 * and empty or truncated input is refused with an error that names the file. Subclasses add the format's edge cases.
 */
public abstract class AbstractReaderTest {
    @TempDir
    protected Path temp;

    /** The reader under test. */
    protected abstract ResultReader createReader();

    /** Resource paths (from the classpath root) of real-world sample files or directories, at least two. */
    protected abstract List<String> sampleFiles();

    /** The id the registry should detect for the samples; a reader reached only by override names another. */
    protected String detectedId() {
        return createReader().id();
    }

    /** The first sample cut short: by default its first half. */
    protected Path truncatedInput() throws IOException {
        Path sample = copy(sampleFiles().get(0));
        String content = Files.readString(sample, StandardCharsets.UTF_8);
        return write("truncated-" + sample.getFileName(), content.substring(0, content.length() / 2));
    }

    /** An empty input of this format. */
    protected Path emptyInput() throws IOException {
        return write("empty.json", "");
    }

    @Test
    void shouldReadEveryRealWorldSampleFile() throws Exception {
        assertThat(sampleFiles()).hasSizeGreaterThanOrEqualTo(2);
        for (String resource : sampleFiles()) {
            PerfRun run = createReader().read(copy(resource));

            assertThat(run.getTests()).as(resource).isNotEmpty();
            assertThat(run.getTests()).as(resource).allSatisfy(t -> assertThat(t.getUnit()).isNotBlank());
            assertThat(run.getTests().stream().mapToInt(PerfTest::getScoreCount).sum()).as(resource).isPositive();
        }
    }

    @Test
    void shouldBeRegisteredUnderItsId() {
        ResultReader reader = createReader();

        assertThat(new ReaderRegistry().byId(reader.id())).get().isInstanceOf(reader.getClass());
        assertThat(new ReaderRegistry().byId(reader.id().toUpperCase(java.util.Locale.ROOT))).isPresent();
    }

    @Test
    void shouldBeDetectedByContentUnderANeutralName() throws Exception {
        int index = 0;
        for (String resource : sampleFiles()) {
            Path sample = copy(resource);
            Path neutral = Files.isDirectory(sample) ? sample
                    : Files.move(sample, Files.createDirectories(temp.resolve("neutral" + index++)).resolve("result.dat"));

            assertThat(new ReaderRegistry().detect(neutral)).as(resource).get()
                    .extracting(ResultReader::id).isEqualTo(detectedId());
        }
    }

    @Test
    void shouldRefuseAnEmptyInputNamingTheFile() throws Exception {
        Path empty = emptyInput();

        assertThatThrownBy(() -> createReader().read(empty)).isInstanceOf(ResultFormatException.class)
                .satisfies(e -> assertThat(((ResultFormatException) e).getFile()).isEqualTo(empty.toString()));
        assertThat(new ReaderRegistry().detect(empty)).isEmpty();
    }

    @Test
    void shouldSayEmptyFileForZeroBytes() throws Exception {
        Path empty = write("zero-bytes", "");

        assertThatThrownBy(() -> createReader().read(empty)).isInstanceOf(ResultFormatException.class)
                .hasMessageContaining("empty file");
    }

    @Test
    void shouldReadASampleThatStartsWithAUtf8ByteOrderMark() throws Exception {
        Path sample = copy(sampleFiles().get(0));
        if (Files.isDirectory(sample)) {
            return; // a directory format has no single file to mark
        }
        Path marked = temp.resolve("marked").resolve("result.dat");
        Files.createDirectories(marked.getParent());
        try (java.io.OutputStream out = Files.newOutputStream(marked)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            Files.copy(sample, out);
        }

        assertThat(createReader().read(marked).getTests()).hasSameSizeAs(createReader().read(sample).getTests());
        assertThat(new ReaderRegistry().detect(marked)).get().extracting(ResultReader::id).isEqualTo(detectedId());
    }

    @Test
    void shouldRefuseATruncatedInputNamingFileAndLocation() throws Exception {
        Path truncated = truncatedInput();

        assertThatThrownBy(() -> createReader().read(truncated)).isInstanceOf(ResultFormatException.class)
                .satisfies(e -> assertThat(((ResultFormatException) e).getLocation()).isNotEmpty())
                .hasMessageContaining(truncated.getFileName().toString());
    }

    /** Reads a sample resource through the reader. */
    protected PerfRun read(final String resource) throws IOException, ResultFormatException {
        return createReader().read(copy(resource));
    }

    /** Reads text through the reader from a file of this name. */
    protected PerfRun readText(final String name, final String content) throws IOException, ResultFormatException {
        return createReader().read(write(name, content));
    }

    /** The error the reader gives for this text. */
    protected ResultFormatException failure(final String name, final String content) throws IOException {
        Path file = write(name, content);
        Throwable thrown = catchThrowable(() -> createReader().read(file));
        assertThat(thrown).isInstanceOf(ResultFormatException.class);
        ResultFormatException error = (ResultFormatException) thrown;
        assertThat(error.getFile()).isEqualTo(file.toString());
        return error;
    }

    /** The only test of a run with this tag and category. */
    protected static PerfTest test(final PerfRun run, final String tag, final String category) {
        return run.getTests().stream().filter(t -> t.getTag().equals(tag) && t.getCategory().equals(category))
                .findFirst().orElseThrow(() -> new AssertionError("no test " + tag + " / " + category + " in "
                        + run.getTests()));
    }

    protected Path write(final String name, final String content) throws IOException {
        Path file = temp.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** Copies a resource file or directory into the temporary folder, so tests may rename or change it. */
    protected Path copy(final String resource) throws IOException {
        URL url = getClass().getResource(resource);
        assertThat(url).as("resource " + resource).isNotNull();
        try {
            Path source = Path.of(url.toURI());
            Path target = temp.resolve("samples").resolve(resource.replaceFirst("^/", ""));
            try (Stream<Path> all = Files.walk(source)) {
                all.forEach(p -> copyOne(p, target.resolve(source.relativize(p).toString())));
            }
            return target;
        }
        catch (URISyntaxException e) {
            throw new IOException(e);
        }
    }

    private static void copyOne(final Path from, final Path to) {
        try {
            if (Files.isDirectory(from)) {
                Files.createDirectories(to);
            }
            else {
                Files.createDirectories(to.getParent());
                try (InputStream in = Files.newInputStream(from)) {
                    Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
