package io.jenkins.plugins.perftracker.core.travis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class TravisV3JsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(final String text) throws Exception {
        return MAPPER.readTree(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"builds\": {}}|$.builds|an array expected",
            "{\"builds\": [{\"id\": 1, \"number\": \"1\"}, {\"number\": \"2\"}]}|$.builds[1].id|missing",
            "{\"builds\": [{\"id\": 1, \"number\": \"1\", \"jobs\": [{\"id\": \"j\"}]}]}|$.builds[0].id|'j'",
            "{\"builds\": [{\"id\": 1, \"number\": \"1\", \"started_at\": \"noon\"}]}|$.builds[0].started_at|ISO-8601",
            "{\"builds\": [{\"id\": 1, \"number\": \"1\", \"branch\": {\"name\": [1]}}]}|$.builds[0].branch.name|text value"})
    void shouldNameThePathOfABadBuild(final String text, final String path, final String problem) throws Exception {
        JsonNode root = json(text);

        assertThatExceptionOfType(TravisPayloadException.class).isThrownBy(() -> TravisV3Json.builds(root))
                .satisfies(e -> assertThat(e.getPath()).isEqualTo(path))
                .withMessageContaining(problem);
    }

    @Test
    void shouldNameThePathOfABadJob() throws Exception {
        JsonNode root = json("{\"jobs\": [{\"id\": 1}, {\"id\": -5}]}");

        assertThatExceptionOfType(TravisPayloadException.class).isThrownBy(() -> TravisV3Json.jobs(root))
                .satisfies(e -> assertThat(e.getPath()).isEqualTo("$.jobs[1].id"))
                .withMessageContaining("non-negative");
    }

    @Test
    void shouldTolerateMissingCollectionsAndConfig() throws Exception {
        assertThat(TravisV3Json.builds(json("{}"))).isEmpty();
        assertThat(TravisV3Json.jobs(json("{\"jobs\": null}"))).isEmpty();
        assertThat(TravisV3Json.jobs(json("{\"jobs\": [{\"id\": 3, \"config\": \"x\"}]}")).get(0).config()).isEmpty();
    }
}
