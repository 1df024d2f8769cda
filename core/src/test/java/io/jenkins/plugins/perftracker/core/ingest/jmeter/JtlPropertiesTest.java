package io.jenkins.plugins.perftracker.core.ingest.jmeter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;

import static org.assertj.core.api.Assertions.*;

/** Whatever the elapsed times, CSV and XML give the same, textbook statistics. */
class JtlPropertiesTest {
    @Property(tries = 60)
    void shouldAgreeWithTheTextbookInCsvAndXml(
            @ForAll @Size(min = 1, max = 200) List<@IntRange(max = 100_000) Integer> elapsed) throws Exception {
        Path folder = Files.createTempDirectory("jtl-property");
        try {
            StringBuilder csv = new StringBuilder("label,elapsed,success,timeStamp\n");
            StringBuilder xml = new StringBuilder("<testResults version=\"1.2\">\n");
            for (int i = 0; i < elapsed.size(); i++) {
                csv.append("\"a, b\",").append(elapsed.get(i)).append(",true,").append(1000 + i).append('\n');
                xml.append("<httpSample t=\"").append(elapsed.get(i)).append("\" ts=\"").append(1000 + i)
                        .append("\" lb=\"a, b\" s=\"true\"/>\n");
            }
            PerfRun fromCsv = new JtlReader().read(Files.writeString(folder.resolve("a.csv"), csv));
            PerfRun fromXml = new JtlReader().read(Files.writeString(folder.resolve("a.xml"),
                    xml.append("</testResults>\n")));

            assertThat(fromXml.getTests()).isEqualTo(fromCsv.getTests());
            int[] sorted = elapsed.stream().mapToInt(Integer::intValue).sorted().toArray();
            assertThat(value(fromCsv, "mean")).isCloseTo(Arrays.stream(sorted).average().orElseThrow(),
                    within(1e-9));
            assertThat(value(fromCsv, "min")).isEqualTo(sorted[0]);
            assertThat(value(fromCsv, "max")).isEqualTo(sorted[sorted.length - 1]);
            assertThat(value(fromCsv, "p99")).isCloseTo(nearestRank(sorted, 99), within(4.0));
            assertThat(value(fromCsv, "median")).isCloseTo(nearestRank(sorted, 50), within(4.0));
        }
        finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
        }
    }

    @Test
    void shouldRefuseNegativeBounds() {
        assertThatThrownBy(() -> new JtlReader(-1, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new JtlReader(10, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldDetectCsvByItsHeaderAndXmlByItsRoot() {
        JtlReader reader = new JtlReader();
        Path any = Path.of("x");

        assertThat(reader.detect(any, "timeStamp,elapsed,label,responseCode\n1,2,a,200\n")).isTrue();
        assertThat(reader.detect(any, "  <?xml version=\"1.0\"?>\n<testResults version=\"1.2\">")).isTrue();
        assertThat(reader.detect(any, "<?xml version=\"1.0\"?>\n<testsuite>")).isFalse();
        assertThat(reader.detect(any, "time,elapsed\n1,2\n")).isFalse();
        assertThat(reader.detect(any, "1,2,a\ntimeStamp,elapsed,label\n")).isFalse();
    }

    /** Nearest rank; values above 65,535 ms share buckets 2 to 4 ms wide, hence the tolerance. */
    private static double nearestRank(final int[] sorted, final int percent) {
        return sorted[(int) Math.ceil(percent / 100.0 * sorted.length) - 1];
    }

    private static double value(final PerfRun run, final String statistic) {
        return run.getTests().stream().filter(t -> t.getGroup().equals("a, b") && t.getCategory().equals(statistic))
                .map(PerfTest::getScores).findFirst().orElseThrow()[0];
    }
}
