package io.jenkins.plugins.perftracker.core.view.run;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.perftracker.PerfTrackerJsonReader;
import io.jenkins.plugins.perftracker.core.model.EnvNode;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;

import static io.jenkins.plugins.perftracker.core.ingest.ResourceFiles.*;
import static org.assertj.core.api.Assertions.*;

class RunViewTest {
    @Test
    void shouldListTestsByGroupInPerfTrackersColumns() throws Exception {
        RunView view = new RunView(new PerfTrackerJsonReader().read(resource("ingest/perftracker/job-full.json")));

        assertThat(view.getGroups()).containsOnlyKeys("Latency tests");
        List<TestRow> rows = view.getGroups().get("Latency tests");
        assertThat(rows).extracting(TestRow::tag)
                .containsExactly("Simple user login test", "Login time", "Home page response time");
        assertThat(rows.get(0).score()).isEqualTo("0.79");
        assertThat(rows.get(0).plusMinus()).isEqualTo(8);
        assertThat(rows.get(0).duration()).isEqualTo(15.0);
        assertThat(rows.get(2).failed()).isTrue();
        assertThat(rows.get(2).errors()).isEqualTo(1);
        assertThat(view.getEnvironment()).extracting(r -> r.depth() + ":" + r.node().getName())
                .containsExactly("0:s1", "1:database");
    }

    @Test
    void shouldNeverMakeALinkOfAnAddressThatIsNoWebAddress() {
        PerfRun run = PerfRun.builder()
                .links(Map.of("evil", "javascript:alert(1)", "ok", "https://grafana.example/d/1"))
                .envNodes(List.of(EnvNode.builder("h").links(Map.of("ipmi", "JaVaScRiPt:x")).build()))
                .build();
        RunView view = new RunView(run);

        assertThat(view.getLinks()).filteredOn(l -> l.name().equals("evil")).singleElement()
                .satisfies(l -> assertThat(l.href()).isEmpty());
        assertThat(view.getLinks()).filteredOn(l -> l.name().equals("ok")).singleElement()
                .satisfies(l -> assertThat(l.href()).isEqualTo("https://grafana.example/d/1"));
        assertThat(view.getEnvironment().get(0).links().get(0).href()).isEmpty();
    }

    @Test
    void shouldDescribeATestsSamplesAndRefuseIndexesOutOfRange() {
        PerfRun run = PerfRun.builder().addTest(PerfTest.builder("t").scores(1, 2, 2, 3, 3, 3, 4, 10).build()).build();
        TestDetail detail = new RunView(run).getTest(0);

        assertThat(detail.getMedian()).isEqualTo(3);
        assertThat(detail.getDistribution()).hasSize(4); // Sturges: ceil(log2 8) + 1
        assertThat(detail.getDistribution()).extracting(TestDetail.Bin::count).containsExactly(6, 1, 0, 1);
        assertThat(detail.getDistribution().get(0).from()).isEqualTo(1);
        assertThat(detail.getDistribution().get(3).to()).isEqualTo(10);
        assertThat(new RunView(run).getTest(1)).isNull();
        assertThat(new RunView(run).getTest(-1)).isNull();
    }

    @Test
    void shouldFormatScoresAsPerfTrackerShowsThem() {
        assertThat(ScoreFormat.score(1234.56)).isEqualTo("1235");
        assertThat(ScoreFormat.score(12.3456)).isEqualTo("12.3");
        assertThat(ScoreFormat.score(0.0012345)).isEqualTo("0.00123");
        assertThat(ScoreFormat.score(100)).isEqualTo("100");
        assertThat(ScoreFormat.score(Double.NaN)).isEqualTo("-");
    }
}
