package io.jenkins.plugins.perftracker.core.ingest.perftracker;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.jenkins.plugins.perftracker.core.ingest.ReaderRegistry;
import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.model.EnvNode;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.model.PerfTest;
import io.jenkins.plugins.perftracker.core.model.Status;

import static io.jenkins.plugins.perftracker.core.ingest.ResourceFiles.*;
import static org.assertj.core.api.Assertions.*;

class PerfTrackerJsonReaderTest {
    private final PerfTrackerJsonReader reader = new PerfTrackerJsonReader();

    @TempDir
    private Path dir;

    @Test
    void shouldReadTheClientsListOfTests() throws Exception {
        PerfRun run = reader.read(resource("ingest/perftracker/sample.json"));

        assertThat(run.getTests()).hasSize(6);
        PerfTest login = run.getTests().get(0);
        assertThat(login.getSeriesKey().toString()).isEqualTo("[latency] login 1 clients (sec)");
        assertThat(login.getScores()).containsExactly(1.7);
        assertThat(login.getDurationSec()).isEqualTo(15.3);
        assertThat(login.getLoops()).isEqualTo(8);
        assertThat(login.isLessIsBetter()).isTrue();
        assertThat(login.getCmdline()).isEqualTo("/bin/login-test -c 1 --url http://localhost.localdomain/");
        assertThat(run.getTests().get(2).getScores()).containsExactly(12.1, 12.2);
        assertThat(run.getTests().get(2).getUnit()).isEqualTo("rest/sec");
    }

    @Test
    void shouldReadEveryFieldOfAFullJob() throws Exception {
        PerfRun run = reader.read(resource("ingest/perftracker/job-full.json"));

        assertThat(run.getTitle()).isEqualTo("My web app, 1.0-1234");
        assertThat(run.getProjectName()).isEqualTo("Default project");
        assertThat(run.getProductName()).isEqualTo("My web app");
        assertThat(run.getProductVer()).isEqualTo("1.0-1234");
        assertThat(run.getSuiteName()).isEqualTo("web suite");
        assertThat(run.getSuiteVer()).isEqualTo("1.0.0");
        assertThat(run.getRegressionTag()).isEqualTo("mywebapp-1.0");
        assertThat(run.getUuid()).isEqualTo("5d1c7e2a-c59b-11e8-85cb-8c85907924aa");
        assertThat(run.getAuthor()).isEqualTo("perfguru87");
        assertThat(run.getBegin()).isEqualTo(OffsetDateTime.parse("2018-10-01T12:00:03.120+03:00"));
        assertThat(run.getDuration().getSeconds()).isEqualTo(41 * 60 + 52);
        assertThat(run.getLinks()).containsExactly(Map.entry("Grafana", "http://grafana.localdomain/"));

        EnvNode host = run.getEnvNodes().get(0);
        assertThat(host.getNodeType()).isEqualTo("Host");
        assertThat(host.getCpus()).isEqualTo(32);
        assertThat(host.getRamMb()).isEqualTo(131072);
        assertThat(host.getCpusTopology()).isEqualTo("32 (2S x 8C x 2T)");
        assertThat(host.getModel()).isEqualTo("PowerEdge R640");
        assertThat(host.getLinks()).containsExactly(Map.entry("http://ipmi.s1/", "http://ipmi.s1/"));
        assertThat(host.getChildren()).extracting(EnvNode::getName).containsExactly("database");

        PerfTest first = run.getTests().get(0);
        assertThat(first.getDeviations()).containsExactly(0.05, 0.12, 0.03);
        assertThat(first.getAttribs()).containsEntry("version", "0.1.7");
        assertThat(first.getBinary()).isEqualTo("/usr/bin/login-test");
        PerfTest second = run.getTests().get(1);
        assertThat(second.getSampleCount()).isEqualTo(5);
        assertThat(second.getScoresRejected()).containsExactly(9.5);
        assertThat(second.getWarnings().getCount()).isEqualTo(2);
        PerfTest failed = run.getTests().get(2);
        assertThat(failed.getStatus()).isEqualTo(Status.FAILED);
        assertThat(failed.getErrors().getTexts()).containsExactly("4xx error");
        assertThat(failed.getWarnings().getTexts()).containsExactly("HTTP 500");
        assertThat(run.getCounts().getTestsErrors()).isEqualTo(1);
    }

    @Test
    void shouldNotKeepTheCredentialsTheClientSends() throws Exception {
        PerfRun run = reader.read(resource("ingest/perftracker/job-full.json"));

        assertThat(run.toString() + run.getEnvNodes()).doesNotContain("secret");
        assertThat(writeJson(run)).doesNotContain("secret").doesNotContain("ssh_");
    }

    @Test
    void shouldWriteAJobThatReadsBackEqual() throws Exception {
        PerfRun run = reader.read(resource("ingest/perftracker/job-full.json"));

        PerfRun again = reader.read(write(dir, "again.json", writeJson(run)));

        assertThat(again).isEqualTo(run);
    }

    @Test
    void shouldKeepEveryUploadedFieldWhenWritingBack() throws Exception {
        Path original = resource("ingest/perftracker/job-full.json");
        ObjectMapper mapper = new ObjectMapper();
        JsonNode in = mapper.readTree(original.toFile());
        JsonNode out = mapper.readTree(writeJson(reader.read(original)));

        assertThat(out.get("job_title")).isEqualTo(in.get("job_title"));
        for (int i = 0; i < in.get("tests").size(); i++) {
            assertSameFields(in.get("tests").get(i), out.get("tests").get(i), "tests[" + i + "]");
        }
        assertSameFields(in.get("env_nodes").get(0), out.get("env_nodes").get(0), "env_nodes[0]");
    }

    private static void assertSameFields(final JsonNode in, final JsonNode out, final String path) {
        for (Iterator<String> names = in.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (name.startsWith("ssh_") || "children".equals(name) || "links".equals(name) && in.get(name).isTextual()) {
                continue;
            }
            assertThat(out.has(name)).as(path + "." + name).isTrue();
            if (in.get(name).isNumber()) {
                assertThat(out.get(name).asDouble()).as(path + "." + name).isEqualTo(in.get(name).asDouble());
            }
            else if (!in.get(name).isTextual() || !name.matches("begin|end")) {
                assertThat(out.get(name)).as(path + "." + name).isEqualTo(in.get(name));
            }
        }
    }

    @Test
    void shouldRefuseATimeWithoutOffsetAsTheServerDoes() {
        Path file = write(dir, "naive.json", "{\"job_title\": \"x\", \"begin\": \"2018-10-01T12:00:03\", \"tests\": []}");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(ResultFormatException.class)
                .hasMessageContaining("naive.json, $.begin: an ISO-8601 time with an offset expected")
                .hasMessageContaining("'2018-10-01T12:00:03'");
    }

    @Test
    void shouldAcceptTheOffsetSpellingsDjangoAccepts() throws Exception {
        Path file = write(dir, "times.json", "{\"job_title\": \"x\", \"begin\": \"2018-10-01 12:00:03+0300\","
                + " \"end\": \"2018-10-01T13:00:03Z\", \"tests\": []}");

        PerfRun run = reader.read(file);

        assertThat(run.getBegin().getOffset().getTotalSeconds()).isEqualTo(3 * 3600);
        assertThat(run.getDuration().toMinutes()).isEqualTo(240); // 09:00:03Z to 13:00:03Z
    }

    @Test
    void shouldNameTheJsonPathAndLineOfABadTestValue() {
        Path file = write(dir, "bad.json", """
                {"job_title": "x", "tests": [
                  {"tag": "a", "scores": [1]},
                  {"tag": "b",
                   "scores": [1, "fast"]}
                ]}""");

        assertThatThrownBy(() -> reader.read(file))
                .hasMessageContaining("bad.json, $.tests[1].scores[1] (the test starting on line 3)")
                .hasMessageContaining("a number expected but was string \"fast\"");
    }

    @Test
    void shouldRefuseAnUnknownStatus() {
        Path file = write(dir, "status.json", "[{\"tag\": \"a\", \"score\": 1, \"status\": \"GREEN\"}]");

        assertThatThrownBy(() -> reader.read(file))
                .hasMessageContaining("$[0].status")
                .hasMessageContaining("expected one of NOTTESTED, SKIPPED, INPROGRESS, SUCCESS, FAILED but was 'GREEN'");
    }

    @Test
    void shouldRefuseASuccessfulTestWithoutScores() {
        Path file = write(dir, "noscore.json", "{\"tests\": [{\"tag\": \"a\", \"group\": \"g\"}]}");

        assertThatThrownBy(() -> reader.read(file))
                .hasMessageContaining("$.tests[0].scores")
                .hasMessageContaining("at least one score expected");
    }

    @Test
    void shouldReportTruncatedJsonWithItsLocation() {
        Path file = write(dir, "cut.json", "{\"job_title\": \"x\", \"tests\": [{\"tag\": \"a\", \"scores\": [1, 2");

        assertThatThrownBy(() -> reader.read(file))
                .isInstanceOf(ResultFormatException.class)
                .hasMessageContaining("cut.json, line 1, column")
                .hasMessageContaining("malformed or truncated JSON");
    }

    @Test
    void shouldRefuseNanWhichPythonWritesButJsonDoesNotHave() {
        Path file = write(dir, "nan.json", "[{\"tag\": \"a\", \"scores\": [NaN]}]");

        assertThatThrownBy(() -> reader.read(file)).hasMessageContaining("nan.json, $[0].scores[0] (the test starting on line 1)").hasMessageContaining("NaN");
    }

    @Test
    void shouldRefuseAnEmptyFile() {
        Path file = write(dir, "empty.json", "");

        assertThatThrownBy(() -> reader.read(file)).hasMessageContaining("empty.json").hasMessageContaining("empty file");
    }

    @Test
    void shouldReadHugeAndTinyValues() throws Exception {
        Path file = write(dir, "huge.json", "[{\"tag\": \"a\", \"scores\": [1e300, 4.9e-324, -1e308]}]");

        assertThat(reader.read(file).getTests().get(0).getScores()).containsExactly(1e300, 4.9e-324, -1e308);
    }

    @Test
    void shouldMergeRepeatedTestsAndRefuseConflictingOnes() throws Exception {
        Path same = write(dir, "same.json", "[{\"tag\": \"a\", \"scores\": [1]}, {\"tag\": \"a\", \"scores\": [2]}]");
        Path clash = write(dir, "clash.json", "[{\"tag\": \"a\", \"score\": 1}, {\"tag\": \"a\", \"score\": 2,"
                + " \"metrics\": \"ms\"}]");

        assertThat(reader.read(same).getTests().get(0).getScores()).containsExactly(1, 2);
        assertThatThrownBy(() -> reader.read(clash)).hasMessageContaining("clash.json").hasMessageContaining("unit 'ms'");
    }

    @Test
    void shouldBeDetectedByContent() throws Exception {
        Path renamed = write(dir, "results.dat", java.nio.file.Files.readString(resource("ingest/perftracker/job-full.json")));

        assertThat(new ReaderRegistry().detect(renamed)).map(r -> r.id()).contains("perftracker");
        assertThat(new ReaderRegistry().detect(resource("ingest/perftracker/sample.json"))).map(r -> r.id())
                .contains("perftracker");
        assertThat(reader.detect(dir, "[{\"name\": \"x\", \"value\": 1, \"unit\": \"ms\"}]")).isFalse();
    }

    private static String writeJson(final PerfRun run) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PerfTrackerJsonWriter().write(run, out);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
