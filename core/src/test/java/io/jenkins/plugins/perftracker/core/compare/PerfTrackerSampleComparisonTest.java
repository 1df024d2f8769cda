package io.jenkins.plugins.perftracker.core.compare;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.PerfRunBuilder;

import static org.assertj.core.api.Assertions.*;

/** PerfTracker's own client example, compared with itself and with a copy that is 10 % slower everywhere. */
class PerfTrackerSampleComparisonTest {
    private final RunComparator comparator = new RunComparator(CompareOptions.defaults());

    @Test
    void shouldBuildTheSectionsOfTheExample() throws IOException {
        Comparison comparison = comparator.compare(List.of(sample("before", 1), sample("after", 1)));

        assertThat(comparison.groups()).extracting(GroupComparison::name).containsExactly("latency", "throughput");
        assertThat(comparison.groups().get(1).sections()).extracting(Section::title)
                .containsExactly("GET /", "GET /users");
        assertThat(comparison.groups().get(0).sections().get(0).rows()).extracting(Row::title)
                .containsExactly("1 clients", "2 clients");
        assertThat(comparison.rows()).allSatisfy(row -> {
            assertThat(row.cell(0, 1).ratioText()).isEqualTo("0%");
            assertThat(row.cell(0, 1).legacyCell()).isEqualTo("0 0");
        });
    }

    @Test
    void shouldExplainWhatPerfTrackerWouldColourWithTooFewSamples() throws IOException {
        Comparison comparison = comparator.compare(List.of(sample("before", 1), sample("after", 0.9)));

        Row login = comparison.groups().get(0).sections().get(0).rows().get(0);
        assertThat(login.cell(0, 1).ratioText()).isEqualTo("-11%");
        assertThat(login.cell(0, 1).legacyColour()).isEqualTo(LegacyColour.EQUAL);
        // one value a side: PerfTracker never colours it; its 10 % rule (1.7 → 1.53 is 1/0.9 = 1.11 better) does
        assertThat(login.cell(0, 1).method()).isEqualTo(Method.THRESHOLD);
        assertThat(login.cell(0, 1).outcome()).isEqualTo(Outcome.IMPROVED);
        assertThat(login.cell(0, 1).note()).isEmpty();
        Row getRoot = comparison.groups().get(1).sections().get(0).rows().get(0);
        // 12.1, 12.2 against 10.89, 10.98: PerfTracker's pooled t-test says p < 0.1 and paints it red
        assertThat(getRoot.cell(0, 1).legacyColour()).isEqualTo(LegacyColour.WORSE);
        assertThat(getRoot.cell(0, 1).legacyCell()).isEqualTo("-11 -1");
        // two a side: Welch's t-test, and the footnote says why not the rank test
        assertThat(getRoot.cell(0, 1).method()).isEqualTo(Method.WELCH_SMALL);
        assertThat(getRoot.cell(0, 1).basis()).contains("n=2+2 is too few for a rank test");
        assertThat(getRoot.cell(0, 1).outcome()).isEqualTo(Outcome.REGRESSED);
        assertThat(getRoot.cell(0, 1).change().change()).isCloseTo(-0.1, within(1e-9));
        assertThat(comparison.summaries().get(0).geomeans()).extracting(PairSummary.UnitGeomean::unit)
                .containsExactly("sec", "rest/sec");
        assertThat(comparison.summaries().get(0).geomeans())
                .allSatisfy(g -> assertThat(g.ratio()).isCloseTo(0.9, within(1e-9)));
        // 2 latencies got 1/0.9 better, 4 throughputs 0.9 worse: (0.9^-2 * 0.9^4)^(1/6) = 0.9^(1/3)
        assertThat(comparison.summaries().get(0).betterRatio()).isCloseTo(Math.cbrt(0.9), within(1e-9));
    }

    private static PerfRun sample(final String title, final double factor) throws IOException {
        PerfRunBuilder run = PerfRun.builder().title(title);
        int seq = 0;
        for (JsonNode node : read()) {
            run.addTest(PerfTest.builder(node.get("tag").asText()).seqNum(++seq).group(node.get("group").asText())
                    .category(node.get("category").asText()).unit(node.get("metrics").asText())
                    .lessIsBetter(node.get("less_better").asBoolean()).scores(scores(node, factor)).build());
        }
        return run.build();
    }

    private static double[] scores(final JsonNode node, final double factor) {
        List<Double> values = new ArrayList<>();
        if (node.has("score")) {
            values.add(node.get("score").asDouble() * factor);
        }
        node.path("scores").forEach(v -> values.add(v.asDouble() * factor));
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static JsonNode read() throws IOException {
        try (InputStream in = PerfTrackerSampleComparisonTest.class.getResourceAsStream(
                "/compare/perftracker/sample.json")) {
            return new ObjectMapper().readTree(in);
        }
    }
}
