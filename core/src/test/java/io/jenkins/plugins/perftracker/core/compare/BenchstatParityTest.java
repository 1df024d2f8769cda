package io.jenkins.plugins.perftracker.core.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.Ingester;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.report.BadInputException;
import io.jenkins.plugins.perftracker.core.report.RunLoader;

import static org.assertj.core.api.Assertions.*;

/**
 * Golden numbers from benchstat's own test data (golang/perf, BSD-3-Clause, see the README beside the files):
 * every p-value, every significant change and the geomeans it published must come out the same here.
 */
class BenchstatParityTest {
    private static final Path DATA = Path.of("src", "test", "resources", "compare", "benchstat");
    /** "CRC32/poly=IEEE/size=15/align=0-8   46.55n ± 9%   44.40n ± 2%   -4.62% (p=0.008 n=10)". */
    private static final Pattern ROW = Pattern.compile(
            "^(\\S+)-8\\s.*?\\s+(~|[-+]\\d+\\.\\d\\d%) \\(p=(\\d\\.\\d{3}) n=10\\)$");

    @Test
    void shouldGiveBenchstatsPValuesAndChangesOnItsCrcData() throws IOException, BadInputException {
        Comparison comparison = compare("crc-old.txt", "crc-new.txt");
        List<String> lines = Files.readAllLines(DATA.resolve("crcIgnore.stdout"), StandardCharsets.UTF_8);
        int split = lines.indexOf(lines.stream().filter(l -> l.contains("B/s")).findFirst().orElseThrow());
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = ROW.matcher(lines.get(i));
            if (m.matches()) {
                Row row = row(comparison, "Benchmark" + m.group(1), i < split ? "ns/op" : "MB/s");
                expected.add(m.group(1) + " " + m.group(2) + " p=" + m.group(3));
                actual.add(m.group(1) + " " + text(row.cell(0, 1)));
            }
        }
        assertThat(actual).hasSize(72).containsExactlyElementsOf(expected);
    }

    @Test
    void shouldGiveBenchstatsGeomeanPerUnitOnItsCrcData() throws IOException, BadInputException {
        PairSummary summary = compare("crc-old.txt", "crc-new.txt").summaries().get(0);

        // benchstat: geomean 344.5n → 237.5n  -31.05 % (sec/op), 1.594Gi → 2.313Gi  +45.06 % (B/s)
        Map<String, String> geomeans = summary.geomeans().stream().collect(Collectors.toMap(
                PairSummary.UnitGeomean::unit, g -> String.format(Locale.ROOT, "%+.2f%%", 100 * (g.ratio() - 1))));
        assertThat(geomeans).containsExactlyInAnyOrderEntriesOf(Map.of("ns/op", "-31.05%", "MB/s", "+45.06%"));
        assertThat(summary.series()).isEqualTo(72);
        assertThat(summary.regressed() + summary.improved() + summary.unchanged() + summary.inconclusive())
                .isEqualTo(72);
    }

    @Test
    void shouldGiveBenchstatsNumbersWhereTheSamplesTie() throws IOException, BadInputException {
        Comparison comparison = compare("old.txt", "new.txt");

        // csvOldNew.stdout: format=json -17.20% p=0.000, format=gob ~ p=0.446 (ties), geomean -8.94%
        assertThat(text(row(comparison, "BenchmarkEncode/format=json", "ns/op").cell(0, 1))).isEqualTo(
                "-17.20% p=0.000");
        assertThat(text(row(comparison, "BenchmarkEncode/format=gob", "ns/op").cell(0, 1))).isEqualTo("~ p=0.446");
        assertThat(comparison.summaries().get(0).geomeans().get(0).ratio() - 1).isCloseTo(-0.0894, within(5e-5));
    }

    /** benchstat's cell: the change when significant, "~" otherwise, and the unadjusted p. */
    private static String text(final PairCell cell) {
        boolean significant = cell.pValue() < 0.05;
        String change = significant ? String.format(Locale.ROOT, "%+.2f%%", 100 * cell.change().change()) : "~";
        return change + String.format(Locale.ROOT, " p=%.3f", cell.pValue());
    }

    private static Row row(final Comparison comparison, final String tag, final String unit) {
        return comparison.rows().stream().filter(r -> r.key().getTag().equals(tag) && r.key().getUnit().equals(unit))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + tag + " " + unit));
    }

    private static Comparison compare(final String older, final String newer) throws BadInputException {
        List<PerfRun> runs = new RunLoader(new Ingester(), DATA, line -> { }).load(List.of(older, newer),
                Optional.empty()).stream().map(RunLoader.LoadedRun::run).toList();
        return new RunComparator(CompareOptions.defaults()).compare(runs);
    }
}
