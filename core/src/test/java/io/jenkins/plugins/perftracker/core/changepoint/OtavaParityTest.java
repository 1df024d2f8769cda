package io.jenkins.plugins.perftracker.core.changepoint;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointOptions.Mode;

import static org.assertj.core.api.Assertions.*;

/**
 * The OTAVA mode against the change points Apache Otava publishes for its own data: the TigerBeetle series
 * ({@code tests/tigerbeetle_test.py}), the CSV example ({@code docs/CSV.md}, {@code tests/csv_e2e_test.py})
 * and {@code tests/analysis_test.py}. Expected indices are copied from those files.
 */
class OtavaParityTest {
    private static final double[] TIGERBEETLE = SeriesCsv.column("otava/tigerbeetle.csv", "value");

    @ParameterizedTest(name = "window {0}, p {1}, magnitude {2}")
    @CsvSource(delimiter = ';', value = {
            "30; 0.01; 0.05; 15 71",
            "30; 0.05; 0.05; 15 71",
            "30; 0.1; 0.05; 10 11 15 71 363",
            "30; 0.2; 0.05; 10 11 15 71",
            "30; 0.2; 0.0; 3 6 7 10 11 13 15 16 28 29 35 37 39 41 44 48 49 56 58 61 65 66 69 71 74 76 82 95 108 117"
                    + " 125 126 129 131 136 137 142 148 165 169 187 190 192 197 200 212 220 241 243 246 247 249 250"
                    + " 260 265 266 268 278 282 288 305 306 325 330 337 338 340 347 349 363",
            "30; 0.1; 0.0; 3 6 10 11 15 16 28 29 35 37 39 41 44 48 49 61 71 95 117 131 142 148 165 169 192 206 212"
                    + " 260 265 268 278 282 288 305 363",
            "30; 0.01; 0.0; 15 26 61 71 95 117 131 142 148 165 169 192 212 260",
            "30; 0.001; 0.0; 15 61 71 95 117 131 142 148 192 212 260",
            "30; 0.0001; 0.0; 71 95 117 131 142 148 192 212",
            "30; 0.00001; 0.0; 71 95 131 192 212"})
    void shouldFindOtavasChangePointsInTheTigerBeetleSeries(final int window, final double p, final double magnitude,
                                                            final String expected) {
        var options = new ChangePointOptions(window, p, magnitude, Mode.OTAVA);

        List<ChangePoint> found = new ChangePointDetector(options).detect(TIGERBEETLE);

        assertThat(found).extracting(ChangePoint::index).containsExactlyElementsOf(indices(expected));
    }

    @Test
    void shouldFindTheCsvExampleChangeOfMinus12Point9Percent() {
        var detector = new ChangePointDetector(ChangePointOptions.otava());

        List<ChangePoint> metric1 = detector.detect(SeriesCsv.column("otava/sample.csv", "metric1"));
        List<ChangePoint> metric2 = detector.detect(SeriesCsv.column("otava/sample.csv", "metric2"));

        assertThat(metric1).isEmpty();
        assertThat(metric2).singleElement().satisfies(cp -> {
            assertThat(cp.index()).isEqualTo(6);
            assertThat(String.format("%.1f%%", cp.forwardChange() * 100)).isEqualTo("-12.9%");
        });
    }

    @Test
    void shouldSplitOtavasSingleSeriesExampleAtIndex10() {
        double[] series = {1.02, 0.95, 0.99, 1.00, 1.12, 1.00, 1.01, 0.98, 1.01, 0.96,
                0.50, 0.51, 0.48, 0.48, 0.55, 0.50, 0.49, 0.51, 0.50, 0.49};
        var options = new ChangePointOptions(10, 0.0001, 0.0, Mode.OTAVA);

        assertThat(new ChangePointDetector(options).detect(series)).extracting(ChangePoint::index).containsExactly(10);
    }

    @Test
    void shouldAgreeWithOtavaOnFortyGeneratedSeries() {
        List<String> lines = SeriesCsv.lines("otava/generated-parity.txt");

        assertThat(lines).hasSize(40).allSatisfy(line -> {
            String[] f = line.split(";");
            var options = new ChangePointOptions(Integer.parseInt(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), Mode.OTAVA);
            double[] values = java.util.Arrays.stream(f[5].split(" ")).mapToDouble(Double::parseDouble).toArray();

            assertThat(new ChangePointDetector(options).detect(values)).as("series %s", f[0])
                    .extracting(ChangePoint::index).containsExactlyElementsOf(f[4].isEmpty() ? List.of() : indices(f[4]));
        });
    }

    private static List<Integer> indices(final String text) {
        return java.util.Arrays.stream(text.trim().split(" +")).map(Integer::valueOf).toList();
    }
}
