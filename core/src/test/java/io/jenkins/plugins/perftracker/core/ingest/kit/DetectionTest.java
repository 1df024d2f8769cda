package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.ingest.benchmarkdotnet.BenchmarkDotNetReader;
import io.jenkins.plugins.perftracker.core.ingest.catch2.Catch2Reader;
import io.jenkins.plugins.perftracker.core.ingest.gatling.GatlingReader;
import io.jenkins.plugins.perftracker.core.ingest.junit.JUnitReader;
import io.jenkins.plugins.perftracker.core.ingest.k6.K6Reader;

import static org.assertj.core.api.Assertions.*;

/** Content detection looks at what a file holds, not at its name, and does not claim look-alikes. */
class DetectionTest {
    private static final Path ANY = Path.of("results.json");

    @Test
    void shouldTellK6FromGatlingAndBenchmarkDotNet() {
        String k6 = "{\"root_group\": {}, \"metrics\": {\"http_reqs\": {}}}";
        String gatling = "{\"type\": \"GROUP\", \"stats\": {\"numberOfRequests\": {}, \"minResponseTime\": {}}}";
        String dotnet = "{\"Title\": \"x\", \"HostEnvironmentInfo\": {}, \"Benchmarks\": []}";

        assertThat(new K6Reader().detect(ANY, k6)).isTrue();
        assertThat(new K6Reader().detect(ANY, gatling)).isFalse();
        assertThat(new GatlingReader().detect(ANY, gatling)).isTrue();
        assertThat(new GatlingReader().detect(ANY, k6)).isFalse();
        assertThat(new BenchmarkDotNetReader().detect(ANY, dotnet)).isTrue();
        assertThat(new BenchmarkDotNetReader().detect(ANY, "{\"Benchmarks\": []}")).isFalse();
        assertThat(new K6Reader().detect(ANY, "[{\"metrics\": 1}]")).isFalse();
    }

    @Test
    void shouldTellCatch2FromJUnit() {
        String v2 = "<?xml version=\"1.0\"?>\n<Catch name=\"tests\">\n<Group name=\"tests\">";
        String v3 = "<?xml version=\"1.0\"?>\n<Catch2TestRun name=\"tests\" rng-seed=\"1\">";
        String junit = "<?xml version=\"1.0\"?>\n<testsuites name=\"tests\">";

        assertThat(new Catch2Reader().detect(ANY, v2)).isTrue();
        assertThat(new Catch2Reader().detect(ANY, v3)).isTrue();
        assertThat(new Catch2Reader().detect(ANY, junit)).isFalse();
        assertThat(new JUnitReader().detect(ANY, junit)).isTrue();
        assertThat(new JUnitReader().detect(ANY, v3)).isFalse();
        assertThat(new JUnitReader().detect(ANY, "<testsuitesummary/>")).isFalse();
    }
}
