package io.jenkins.plugins.perftracker.core.publish;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.perftracker.PerfTrackerEnvNodes;
import io.jenkins.plugins.perftracker.core.model.EnvNode;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;

import static org.assertj.core.api.Assertions.*;

class RunOverridesTest {
    private static final PerfRun FROM_FILES = PerfRun.builder().title("from file").productVer("0.9")
            .links(Map.of("CI", "https://ci.example.org/"))
            .envNodes(List.of(EnvNode.builder("file-host").build()))
            .addTest(PerfTest.builder("t").scores(1).build()).build();

    @Test
    void shouldLetGivenValuesWinAndKeepTheFilesOtherwise() {
        RunOverrides overrides = RunOverrides.of("nightly", "", "1.0", null, " 2 ", "rel-1",
                "Grafana=https://grafana.example.org/d/1", List.of(), List.of("perf/*.log"));

        PerfRun run = overrides.applyTo(FROM_FILES);

        assertThat(run.getTitle()).isEqualTo("nightly");
        assertThat(run.getProductVer()).isEqualTo("1.0");
        assertThat(run.getSuiteVer()).isEqualTo("2");
        assertThat(run.getRegressionTag()).isEqualTo("rel-1");
        assertThat(run.getLinks()).containsOnlyKeys("CI", "Grafana");
        assertThat(run.getEnvNodes()).extracting(EnvNode::getName).containsExactly("file-host");
        assertThat(run.getArtifacts()).containsExactly("perf/*.log");
        assertThat(run.getTests()).hasSize(1);
    }

    @Test
    void shouldParseLinksPerLineOrCommaSeparated() {
        assertThat(RunOverrides.parseLinks("a=http://a.example/\nb = https://b.example/x?y=1, c=https://c.example/"))
                .containsExactly(Map.entry("a", "http://a.example/"), Map.entry("b", "https://b.example/x?y=1"),
                        Map.entry("c", "https://c.example/"));
    }

    @Test
    void shouldRefuseLinksThatAreNoWebAddresses() {
        assertThatThrownBy(() -> RunOverrides.parseLinks("x=javascript:alert(1)"))
                .hasMessage("links: an http or https URL expected but was 'javascript:alert(1)'");
        assertThatThrownBy(() -> RunOverrides.parseLinks("just-a-url"))
                .hasMessage("links: 'name=url' expected but was 'just-a-url'");
    }

    @Test
    void shouldParseAnEnvironmentTreeGivenAsJson() {
        List<EnvNode> nodes = PerfTrackerEnvNodes.parse(
                "{\"name\": \"s1\", \"node_type\": \"Host\", \"cpus\": 32, \"children\": [{\"name\": \"db\"}]}");

        assertThat(nodes).singleElement().satisfies(n -> {
            assertThat(n.getCpus()).isEqualTo(32);
            assertThat(n.getChildren()).extracting(EnvNode::getName).containsExactly("db");
        });
        assertThatThrownBy(() -> PerfTrackerEnvNodes.parse("[{\"name\": \"s1\", \"cpus\": \"many\"}]"))
                .hasMessageContaining("env[0].cpus: a whole number expected");
        assertThatThrownBy(() -> PerfTrackerEnvNodes.parse("{\"name\": "))
                .hasMessageContaining("env: not valid JSON");
    }

    @Test
    void shouldDescribeTheMachineItRunsOn() {
        EnvNode host = AgentFacts.collect();

        assertThat(host.getNodeType()).isEqualTo("Host");
        assertThat(host.getName()).isNotBlank();
        assertThat(host.getCpus()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(host.getRamMb()).isPositive();
    }
}
