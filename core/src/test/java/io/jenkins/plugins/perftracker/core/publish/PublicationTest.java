package io.jenkins.plugins.perftracker.core.publish;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.perftracker.core.compare.Outcome;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.store.index.SeriesIndex;
import io.jenkins.plugins.perftracker.core.verdict.Acknowledgement;
import io.jenkins.plugins.perftracker.core.verdict.BaselineKind;
import io.jenkins.plugins.perftracker.core.verdict.ChangePointLocator;
import io.jenkins.plugins.perftracker.core.verdict.Verdict;
import io.jenkins.plugins.perftracker.core.verdict.VerdictStatus;

import static org.assertj.core.api.Assertions.*;

class PublicationTest {
    @TempDir
    private Path dir;

    /** An index holding ten stable builds, and the publication over it. */
    private SeriesIndex index;
    private Publication publication;
    private Set<Integer> successful;

    @BeforeEach
    void publishTenStableBuilds() throws Exception {
        index = SeriesIndex.open(dir);
        publication = new Publication(index, ChangePointLocator.NONE);
        successful = publishStableBuilds(publication, 10);
    }

    @AfterEach
    void closeIndex() throws Exception {
        index.close();
    }

    @Test
    void shouldFindARegressionAgainstTheIndexedHistoryAndApplyTheThresholds() throws Exception {
        PerfRun slower = run(new Random(11), 120); // latency 20 % worse
        Verdict verdict = publication.judge(11, slower, PublishPolicy.options("previous", 10, 50, List.of()),
                successful);

        assertThat(verdict.status()).isEqualTo(VerdictStatus.UNSTABLE);
        assertThat(verdict.newRegressions()).singleElement().satisfies(v -> {
            assertThat(v.series().getTag()).isEqualTo("login");
            assertThat(v.outcome()).isEqualTo(Outcome.REGRESSED);
        });
        assertThat(verdict.series()).filteredOn(v -> v.series().getTag().equals("throughput"))
                .singleElement().extracting(v -> v.outcome()).isEqualTo(Outcome.UNCHANGED);
    }

    @Test
    void shouldPassAStableBuildAndStayQuietAboutAnAcknowledgedChange() throws Exception {
        PerfRun slower = run(new Random(11), 130);
        Acknowledgement known = Acknowledgement.from(slower.getTests().get(0).getSeriesKey(), 11, "new TLS");

        assertThat(publication.judge(11, run(new Random(12), 100), PublishPolicy.options("window:5", 10, 50,
                List.of()), successful).status()).isEqualTo(VerdictStatus.PASSED);
        assertThat(publication.judge(11, slower, PublishPolicy.options("previous", 10, 50, List.of(known)),
                successful).newRegressions()).isEmpty();
    }

    @Test
    void shouldFailTheBuildBeyondTheFailureThreshold() throws Exception {
        Verdict verdict = publication.judge(11, run(new Random(11), 200),
                PublishPolicy.options("lastSuccessful", 10, 50, List.of()), successful);

        assertThat(verdict.status()).isEqualTo(VerdictStatus.FAILURE);
        assertThat(verdict.status().getBuildResult()).isEqualTo("FAILURE");
    }

    @Test
    void shouldKeepOnlyTheNewestBuildsInTheIndexWhenAsked() throws Exception {
        assertThat(publication.retain(0)).isZero();
        assertThat(publication.retain(4)).isEqualTo(6);

        assertThat(index.builds()).extracting(b -> b.build()).containsExactlyInAnyOrder(7, 8, 9, 10);
        assertThat(index.readSeries(run(new Random(1), 100).getTests().get(0).getSeriesKey(), 100))
                .extracting(p -> p.build()).containsExactly(7, 8, 9, 10);
        assertThat(publication.retain(4)).isZero();
    }

    @Test
    void shouldWriteAMailThatNamesEachChange() throws Exception {
        Verdict verdict = publication.judge(11, run(new Random(11), 120),
                PublishPolicy.options("previous", 10, 50, List.of()), successful);

        VerdictMail mail = VerdictMail.of("perf/nightly", 11, "https://ci.example/job/perf/11/", verdict);

        assertThat(VerdictMail.isWorthMailing(verdict)).isTrue();
        assertThat(mail.subject()).isEqualTo("[perftracker] perf/nightly #11: 1 regression(s), 0 improvement(s)"
                + " — UNSTABLE");
        assertThat(mail.body()).contains("https://ci.example/job/perf/11/", "Regressions:", "login [web]: ")
                .containsPattern("\\(\\+(19|20|21)\\.\\d%, p = ").doesNotContain("Improvements:");
        assertThat(VerdictMail.isWorthMailing(publication.judge(11, run(new Random(12), 100),
                PublishPolicy.options("previous", 10, 50, List.of()), successful))).isFalse();
    }

    @Test
    void shouldKeepAVerdictThroughJson() throws Exception {
        Verdict verdict = publication.judge(11, run(new Random(11), 120),
                PublishPolicy.options("previous", 10, 50, List.of()), successful);

        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        VerdictJson.write(verdict, out);
        Verdict again = VerdictJson.read(new java.io.ByteArrayInputStream(out.toByteArray()));

        assertThat(again).isEqualTo(verdict);
        assertThat(VerdictJson.toJson(verdict)).contains("\"status\":\"UNSTABLE\"");
    }

    @Test
    void shouldStartTheChangePointBaselineAfterTheLastStep() {
        double[] values = new double[120];
        Random random = new Random(3);
        for (int i = 0; i < values.length; i++) {
            values[i] = (i < 70 ? 100 : 130) * (1 + 0.01 * random.nextGaussian());
        }

        assertThat(ChangePoints.locator().startOfCurrentSegment(values)).isEqualTo(70);
        assertThat(ChangePoints.locator().startOfCurrentSegment(java.util.Arrays.copyOf(values, 60))).isZero();
        assertThat(ChangePoints.locator(ChangePoints.detector("rank")).startOfCurrentSegment(values)).isEqualTo(70);
        assertThat(ChangePoints.detector(" Otava ").getOptions().mode().name()).isEqualTo("OTAVA");
        assertThat(ChangePoints.detector("").getOptions().mode().name()).isEqualTo("ROBUST");
        assertThat(ChangePoints.detector("calibrated").getOptions().mode().name()).isEqualTo("CALIBRATED");
        assertThatThrownBy(() -> ChangePoints.detector("magic"))
                .hasMessage("change-point mode: robust, calibrated, rank or otava expected but was 'magic'");
    }

    @Test
    void shouldParseEveryBaselineSpellingAndRefuseOthers() {
        assertThat(PublishPolicy.baseline("previous").kind()).isEqualTo(BaselineKind.PREVIOUS);
        assertThat(PublishPolicy.baseline("").kind()).isEqualTo(BaselineKind.PREVIOUS);
        assertThat(PublishPolicy.baseline("lastSuccessful").kind()).isEqualTo(BaselineKind.LAST_SUCCESSFUL);
        assertThat(PublishPolicy.baseline("build:42").build()).isEqualTo(42);
        assertThat(PublishPolicy.baseline("window: 7").window()).isEqualTo(7);
        assertThat(PublishPolicy.baseline("changepoint").kind()).isEqualTo(BaselineKind.CHANGE_POINT);
        assertThatThrownBy(() -> PublishPolicy.baseline("window:many"))
                .hasMessage("baseline: one of previous, lastSuccessful, build:N, window:N or changepoint expected"
                        + " but was 'window:many'");
    }

    private static Set<Integer> publishStableBuilds(final Publication publication, final int builds)
            throws Exception {
        Set<Integer> successful = new HashSet<>();
        Random random = new Random(1);
        for (int build = 1; build <= builds; build++) {
            publication.record(build, build * 60_000L, List.of(run(random, 100)));
            successful.add(build);
        }
        return successful;
    }

    /** A latency series around {@code latency} ms and a throughput series around 500 ops/s, 10 samples each. */
    private static PerfRun run(final Random random, final double latency) {
        return PerfRun.builder()
                .addTest(PerfTest.builder("login").group("web").unit("ms").lessIsBetter(true)
                        .scores(samples(random, latency)).build())
                .addTest(PerfTest.builder("throughput").group("web").unit("ops/s")
                        .scores(samples(random, 500)).build())
                .build();
    }

    private static double[] samples(final Random random, final double mean) {
        double[] values = new double[10];
        for (int i = 0; i < values.length; i++) {
            values[i] = mean * (1 + 0.01 * random.nextGaussian());
        }
        return values;
    }
}
