package io.jenkins.plugins.perftracker.core.travis;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.*;

class TravisPayloadParserTest {
    private final TravisPayloadParser parser = new TravisPayloadParser();

    @Test
    void shouldReadTheRealTravisPayload() throws Exception {
        TravisPayload payload = parser.parse(Resources.payload());

        assertThat(payload.slug()).isEqualTo(new RepoSlug("hl7-fhir", "fhir-svn"));
        assertThat(payload.buildId()).isEqualTo(92_495_257L);
        assertThat(payload.buildNumber()).isEqualTo(4601);
        assertThat(payload.state()).isEqualTo("passed");
        assertThat(payload.eventType()).isEqualTo("push");
        assertThat(payload.branch()).isEqualTo("master");
        assertThat(payload.commit()).isEqualTo("6c457d366a31696c989c011ab75b734d8485a9ba");
        assertThat(payload.pullRequestNumber()).isEmpty();
        assertThat(payload.startedAt()).contains(Instant.parse("2015-11-21T23:28:22Z"));
        assertThat(payload.finishedAt()).contains(Instant.parse("2015-11-21T23:45:25Z"));
        assertThat(payload.jobIds()).containsExactly(92_495_258L);
    }

    @Test
    void shouldAcceptNumbersAsNumbersAndPullRequests() throws Exception {
        TravisPayload payload = parser.parse("""
                {"id": 7, "number": 12, "repository": {"owner_name": "o", "name": "r"},
                 "type": "pull_request", "pull_request_number": 151, "started_at": null}""");

        assertThat(payload.buildNumber()).isEqualTo(12);
        assertThat(payload.pullRequestNumber()).contains(151);
        assertThat(payload.startedAt()).isEmpty();
        assertThat(payload.jobIds()).isEmpty();
        assertThat(payload.state()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"id\": 1, \"number\": \"1\", \"repository\": {\"name\": \"r\"}}|$.repository.owner_name|missing",
            "{\"id\": 1, \"number\": \"x1\", \"repository\": {\"owner_name\": \"o\", \"name\": \"r\"}}|$.number|'x1'",
            "{\"id\": 1, \"number\": \"-3\", \"repository\": {\"owner_name\": \"o\", \"name\": \"r\"}}|$.number|non-negative",
            "{\"number\": \"1\", \"repository\": {\"owner_name\": \"o\", \"name\": \"r\"}}|$.id|missing",
            "{\"id\": 1, \"number\": \"99999999999\", \"repository\": {\"owner_name\": \"o\", \"name\": \"r\"}}|$.number|at most",
            "{\"id\": 1, \"number\": \"1\", \"repository\": {\"owner_name\": \"o/x\", \"name\": \"r\"}}|$.repository|owner_name and name",
            "{\"id\": 1, \"number\": \"1\", \"repository\": {\"owner_name\": {\"a\": 1}, \"name\": \"r\"}}|$.repository.owner_name|text value",
            "{\"id\": 1, \"number\": \"1\", \"repository\": {\"owner_name\": \"o\", \"name\": \"r\"}, \"finished_at\": \"yesterday\"}|$.finished_at|ISO-8601",
            "{\"id\": 1, \"number\": \"1\", \"repository\": {\"owner_name\": \"o\", \"name\": \"r\"}, \"matrix\": [{\"id\": \"x\"}]}|$.matrix[0].id|job id",
            "[1, 2]|$|JSON object",
            "{\"id\": 1,|$|line 1"})
    void shouldNameThePathOfWhatIsWrong(final String json, final String path, final String problem) {
        assertThatExceptionOfType(TravisPayloadException.class).isThrownBy(() -> parser.parse(json))
                .satisfies(e -> assertThat(e.getPath()).isEqualTo(path))
                .withMessageContaining(path).withMessageContaining(problem);
    }

    @Test
    void shouldRefuseEmptyOversizedAndDeeplyNestedPayloads() {
        assertThatExceptionOfType(TravisPayloadException.class).isThrownBy(() -> parser.parse(" "))
                .withMessageContaining("empty");
        assertThatExceptionOfType(TravisPayloadException.class).isThrownBy(() -> parser.parse(null));
        String huge = "{\"x\": \"" + "a".repeat(TravisPayloadParser.MAX_PAYLOAD_CHARS) + "\"}";
        assertThatExceptionOfType(TravisPayloadException.class).isThrownBy(() -> parser.parse(huge))
                .withMessageContaining("at most " + TravisPayloadParser.MAX_PAYLOAD_CHARS);
        String deep = "[".repeat(500) + "]".repeat(500);
        assertThatExceptionOfType(TravisPayloadException.class).isThrownBy(() -> parser.parse(deep))
                .withMessageContaining("nesting");
    }

    @Test
    void shouldReadThePayloadAsStrictlyAsResultFiles() {
        String build = "{\"id\": 7, \"number\": 12, \"repository\": {\"owner_name\": \"o\", \"name\": \"r\"}";

        assertThatExceptionOfType(TravisPayloadException.class)
                .as("a second repository would choose which rules apply")
                .isThrownBy(() -> parser.parse(build + ", \"repository\": {\"owner_name\": \"x\", \"name\": \"y\"}}"))
                .withMessageContaining("valid JSON expected").withMessageContaining("repository");
        assertThatExceptionOfType(TravisPayloadException.class).as("a second document after the first")
                .isThrownBy(() -> parser.parse(build + "} {\"id\": 8}"))
                .withMessageContaining("valid JSON expected");
    }

    @Test
    void shouldRefuseOverlongTextFields() {
        String json = "{\"id\": 1, \"number\": \"1\", \"repository\": {\"owner_name\": \"o\", \"name\": \"r\"},"
                + " \"branch\": \"" + "b".repeat(2000) + "\"}";

        assertThatExceptionOfType(TravisPayloadException.class).isThrownBy(() -> parser.parse(json))
                .withMessageContaining("$.branch").withMessageContaining("at most 1024");
    }

    @Test
    void shouldCopyJobIds() throws Exception {
        TravisPayload payload = parser.parse(Resources.payload());

        assertThatExceptionOfType(UnsupportedOperationException.class).isThrownBy(() -> payload.jobIds().add(1L));
        assertThat(new TravisPayload(payload.slug(), 1, 1, "", "", "", "", Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(3L, 4L)).jobIds()).containsExactly(3L, 4L);
    }
}
