package io.jenkins.plugins.perftracker.core.store;

import io.jenkins.plugins.perftracker.core.model.EnvNode;
import io.jenkins.plugins.perftracker.core.model.Messages;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.*;

class RunRecordCodecTest {
    private final RunRecordCodec codec = new RunRecordCodec();

    @TempDir
    private Path dir;

    @Test
    void shouldRoundTripEveryFieldOfRunTestAndEnvNode() throws IOException {
        PerfRun run = RunFixtures.fullRun();
        Path file = dir.resolve("perftracker-run.xml");

        codec.write(run, file);
        PerfRun read = codec.read(file);

        assertThat(read).isEqualTo(run);
        PerfTest test = read.getTests().get(0);
        assertThat(test).isEqualTo(RunFixtures.fullTest());
        assertThat(test.getScores()).containsExactly(101.25, -0.0, 1e-300, Double.MAX_VALUE / 4);
        assertThat(Double.doubleToRawLongBits(test.getScore(1))).isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(test.getSampleCount()).isEqualTo(12);
        assertThat(test.getErrors().getTexts()).containsExactly("disk full", "timeout after 60 s");
        assertThat(test.getWarnings().getCount()).isEqualTo(3);
        assertThat(test.getWarnings().hasTexts()).isFalse();
        assertThat(read.getEnd()).isEqualTo(run.getEnd());
        assertThat(read.getEnd().getOffset()).isEqualTo(RunFixtures.BEGIN.getOffset());
        EnvNode host = read.getEnvNodes().get(0);
        assertThat(host).isEqualTo(RunFixtures.fullNode("host-1", List.of(RunFixtures.fullNode("vm-1", List.of()))));
        assertThat(host.getChildren()).hasSize(1);
    }

    @Test
    void shouldRoundTripAMinimalRunWithDefaults() throws IOException {
        PerfRun run = PerfRun.builder().build();
        Path file = dir.resolve("empty.xml");

        codec.write(run, file);

        assertThat(codec.read(file)).isEqualTo(run);
        assertThat(Files.readString(file)).contains("<perftracker-run format=\"1\"/>");
    }

    @Test
    void shouldRoundTripTextThatXmlMustEscape() throws IOException {
        String nasty = "a<b>&c\"d'e \u001b[31mred\u001b[0m \u0001 tab\tnl\ncr\r ünïcødé ✓ 𝄞 \u0000end";
        PerfRun run = PerfRun.builder().title(nasty)
                .addTest(PerfTest.builder(nasty).group(" spaced ").status(Status.FAILED)
                        .errors(Messages.of(List.of(nasty, "", "  "))).attribs(java.util.Map.of(nasty, nasty)).build())
                .build();

        Path file = dir.resolve("nasty.xml");
        codec.write(run, file);

        assertThat(codec.read(file)).isEqualTo(run);
    }

    @Test
    void shouldWriteCompactXmlWithoutJavaClassNames() {
        String xml = codec.toXml(RunFixtures.fullRun());

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<perftracker-run format=\"1\">")
                .contains("<scores>101.25 -0.0 1.0E-300 4.4942328371557893E307</scores>")
                .contains("<begin>2024-05-01T10:00+05:30</begin>")
                .contains("<entry key=\"iodepth\">32</entry>")
                .contains("<warnings count=\"3\"/>")
                .contains("<errors>", "<text>disk full</text>")
                .doesNotContain("class=", "io.jenkins", "java.", "reference=");
    }

    @Test
    void shouldReplaceAnExistingRecordAndLeaveNoTemporaryFile() throws IOException {
        Path file = dir.resolve("run.xml");
        codec.write(RunFixtures.fullRun(), file);

        PerfRun second = PerfRun.builder().title("second").build();
        codec.write(second, file);

        assertThat(codec.read(file)).isEqualTo(second);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void shouldKeepTheOldRecordWhenWritingFails() throws IOException {
        Path file = dir.resolve("run.xml");
        codec.write(RunFixtures.fullRun(), file);

        assertThatIOException().isThrownBy(() -> AtomicFiles.replace(file, out -> {
            out.write("<perftracker-run><title>half".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).withMessage("disk full");

        assertThat(codec.read(file)).isEqualTo(RunFixtures.fullRun());
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void shouldRefuseToWriteIntoAMissingFolder() {
        Path file = dir.resolve("missing/run.xml");

        assertThatIOException().isThrownBy(() -> codec.write(RunFixtures.fullRun(), file));
        assertThat(file).doesNotExist();
    }

    @Test
    void shouldReportAMissingRecordAsNoSuchFile() {
        assertThatThrownBy(() -> codec.read(dir.resolve("absent.xml"))).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void shouldRoundTripALargeRun() throws IOException {
        PerfRun run = RunFixtures.largeRun(2_000);
        Path file = dir.resolve("large.xml");

        codec.write(run, file);

        assertThat(codec.read(file)).isEqualTo(run);
        assertThat(Files.size(file)).isLessThan(2_000L * 200);
    }
}
