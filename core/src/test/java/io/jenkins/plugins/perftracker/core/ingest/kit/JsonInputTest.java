package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.model.PerfRun;

import static org.assertj.core.api.Assertions.*;

class JsonInputTest {
    @TempDir
    private Path temp;

    @Test
    void shouldWalkKnownFieldsInFileOrderAndSkipTheOthers() throws Exception {
        List<String> seen = new ArrayList<>();
        Path file = write("{\"skip\": {\"deep\": [1, 2, {\"x\": 3}]}, \"b\": [10, 20], \"a\": \"text\"}");

        JsonInput.read(file, in -> {
            in.begin(JsonToken.START_OBJECT, "an object");
            Set<String> present = in.fields(Map.of(
                    "a", f -> seen.add(f + "=" + in.value().asText()),
                    "b", f -> in.elements("$.b", "an array", (node, path) -> seen.add(path + "=" + node)),
                    "c", f -> seen.add("never")));
            assertThat(present).containsExactlyInAnyOrder("a", "b");
            assertThatThrownBy(() -> in.require(present, "c", "the c field"))
                    .hasMessageEndingWith("$.c: the c field expected but was missing");
            return PerfRun.builder().build();
        });

        assertThat(seen).containsExactly("$.b[0]=10", "$.b[1]=20", "a=text");
    }

    @Test
    void shouldRefuseAnElementWalkOverSomethingElse() throws Exception {
        Path file = write("{\"b\": 3}");

        Throwable thrown = catchThrowable(() -> JsonInput.read(file, in -> {
            in.begin(JsonToken.START_OBJECT, "an object");
            in.fields(Map.of("b", f -> in.elements("$.b", "an array of rows", (node, path) -> { })));
            return PerfRun.builder().build();
        }));

        assertThat(thrown).isInstanceOf(ResultFormatException.class);
        assertThat(((ResultFormatException) thrown).getProblem()).isEqualTo("an array of rows expected at line 1, "
                + "column 8");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "[1, 2; line 1, column 6",
            "{\"a\": tru}; line 1, column 11",
            "[1,\\n2,\\n]; line 3, column 1"
    })
    void shouldLocateMalformedAndTruncatedJson(final String content, final String location) throws Exception {
        Path file = write(content.replace("\\n", "\n"));

        Throwable thrown = catchThrowable(() -> JsonInput.read(file, in -> {
            in.begin(content.startsWith("[") ? JsonToken.START_ARRAY : JsonToken.START_OBJECT, "json");
            while (in.nextElement() != null || in.current() != JsonToken.END_ARRAY && in.nextField() != null) {
                in.skipValue();
            }
            return PerfRun.builder().build();
        }));

        assertThat(thrown).isInstanceOf(ResultFormatException.class);
        ResultFormatException error = (ResultFormatException) thrown;
        assertThat(error.getLocation()).isEqualTo(location);
        assertThat(error.getProblem()).startsWith("malformed or truncated JSON: ");
        assertThat(error.getFile()).isEqualTo(file.toString());
    }

    @Test
    void shouldNameTheExpectedContainerAtTheStart() throws Exception {
        assertThat(beginFailure("").getProblem()).isEqualTo("empty file: a result array expected");
        assertThat(beginFailure("  \n ").getProblem()).isEqualTo("empty file: a result array expected");
        assertThat(beginFailure("{}").getProblem()).isEqualTo("a result array expected but found an object");
        assertThat(beginFailure("\"x\"").getProblem()).isEqualTo("a result array expected but found a string");
        assertThat(beginFailure("42").getProblem()).isEqualTo("a result array expected but found a number");
        assertThat(beginFailure("null").getProblem()).isEqualTo("a result array expected but found null");
    }

    @Test
    void shouldRefuseNestingDeeperThanAResultFileNeeds() throws Exception {
        Path file = write("[" + "[".repeat(200) + "]".repeat(200) + "]");

        Throwable thrown = catchThrowable(() -> JsonInput.read(file, in -> {
            in.begin(JsonToken.START_ARRAY, "an array");
            in.nextElement();
            return PerfRun.builder().build();
        }));

        assertThat(thrown).isInstanceOf(ResultFormatException.class).hasMessageContaining("nesting depth");
    }

    @Test
    void shouldReadBareNaNAndInfinityAsNumbers() throws Exception {
        JsonNode node = Json.tree(temp, "[NaN, Infinity, -Infinity, 1e400]", "");

        assertThat(node.get(0).doubleValue()).isNaN();
        assertThat(node.get(1).doubleValue()).isInfinite();
        assertThat(node.get(2).doubleValue()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(node.get(3).doubleValue()).isInfinite();
    }

    @Test
    void shouldLocateErrorsInSmallDocumentsByTheCallersLocation() {
        ResultFormatException empty = catchThrowableOfType(ResultFormatException.class,
                () -> Json.tree(temp, "", "line 7"));
        assertThat(empty.getLocation()).isEqualTo("line 7");
        assertThat(empty.getProblem()).isEqualTo("empty input: a JSON document expected");

        ResultFormatException bad = catchThrowableOfType(ResultFormatException.class,
                () -> Json.tree(temp, "{\"a\": }", ""));
        assertThat(bad.getLocation()).isEqualTo("line 1, column 7");
    }

    private ResultFormatException beginFailure(final String content) throws Exception {
        Path file = write(content);
        return catchThrowableOfType(ResultFormatException.class, () -> JsonInput.read(file, in -> {
            in.begin(JsonToken.START_ARRAY, "a result array");
            return PerfRun.builder().build();
        }));
    }

    private Path write(final String content) throws Exception {
        return Files.writeString(Files.createTempFile(temp, "input", ".json"), content);
    }
}
