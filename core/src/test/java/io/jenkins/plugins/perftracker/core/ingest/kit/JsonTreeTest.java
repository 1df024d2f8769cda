package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

import static org.assertj.core.api.Assertions.*;

class JsonTreeTest {
    @TempDir
    Path temp;

    @Test
    void shouldReadNonFiniteNumbersSoReadersCanDecideWhatTheyMean() throws Exception {
        JsonNode root = JsonTree.read(Files.writeString(temp.resolve("a.json"), "{\"a\": NaN, \"b\": -Infinity}"));

        assertThat(JsonTree.number(temp, root.get("a"), "$.a")).isNaN();
        assertThat(JsonTree.number(temp, root.get("b"), "$.b")).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void shouldNameLineAndColumnOfBrokenJson() {
        Path file = temp.resolve("broken.json");
        assertThatThrownBy(() -> JsonTree.read(Files.writeString(file, "{\n  \"a\": [1, 2,\n  }\n")))
                .isInstanceOfSatisfying(ResultFormatException.class, e -> {
                    assertThat(e.getFile()).isEqualTo(file.toString());
                    assertThat(e.getLocation()).startsWith("line 3, column");
                    assertThat(e.getProblem()).startsWith("valid JSON expected");
                });
    }

    @Test
    void shouldRefuseAnEmptyFile() {
        assertThatThrownBy(() -> JsonTree.read(Files.writeString(temp.resolve("e.json"), "  \n")))
                .isInstanceOf(ResultFormatException.class).hasMessageContaining("the file is empty");
    }

    @Test
    void shouldDescribeWhatWasFoundInsteadOfANumber() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;

        assertThat(JsonTree.describe(null)).isEqualTo("missing");
        assertThat(JsonTree.describe(nodes.objectNode())).isEqualTo("an object");
        assertThat(JsonTree.describe(nodes.arrayNode())).isEqualTo("an array");
        assertThat(JsonTree.describe(nodes.textNode("x".repeat(100)))).hasSize(41).endsWith("…");
        assertThatThrownBy(() -> JsonTree.number(temp, nodes.booleanNode(true), "$.x"))
                .isInstanceOf(ResultFormatException.class).hasMessageEndingWith("$.x: a number expected but was true");
        assertThatThrownBy(() -> JsonTree.object(temp, nodes.numberNode(1), "$"))
                .hasMessageEndingWith("$: an object expected but was 1");
    }

    @Test
    void shouldTreatTextAndNullAsAbsentOptionalNumbers() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;

        assertThat(JsonTree.optionalNumber(nodes.textNode("-"))).isEmpty();
        assertThat(JsonTree.optionalNumber(null)).isEmpty();
        assertThat(JsonTree.optionalNumber(nodes.numberNode(2.5))).hasValue(2.5);
        assertThat(JsonTree.text(nodes.nullNode(), "fallback")).isEqualTo("fallback");
        assertThat(JsonTree.text(nodes.numberNode(3), "fallback")).isEqualTo("3");
    }
}
