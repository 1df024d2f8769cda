package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

import static org.assertj.core.api.Assertions.*;

class JsonTest {
    @TempDir
    Path temp;

    @Test
    void shouldReadNonFiniteNumbersSoReadersCanDecideWhatTheyMean() throws Exception {
        JsonNode root = Json.tree(Files.writeString(temp.resolve("a.json"), "{\"a\": NaN, \"b\": -Infinity}"));

        assertThat(Nodes.requireNumber(temp, root.get("a"), "$.a")).isNaN();
        assertThat(Nodes.requireNumber(temp, root.get("b"), "$.b")).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void shouldNameLineAndColumnOfBrokenJson() {
        Path file = temp.resolve("broken.json");
        assertThatThrownBy(() -> Json.tree(Files.writeString(file, "{\n  \"a\": [1, 2,\n  }\n")))
                .isInstanceOfSatisfying(ResultFormatException.class, e -> {
                    assertThat(e.getFile()).isEqualTo(file.toString());
                    assertThat(e.getLocation()).startsWith("line 3, column");
                    assertThat(e.getProblem()).startsWith("malformed or truncated JSON");
                });
    }

    @Test
    void shouldSayEmptyFileForZeroBytesAndBlankContent() {
        assertThatThrownBy(() -> Json.tree(Files.writeString(temp.resolve("z.json"), "")))
                .isInstanceOf(ResultFormatException.class).hasMessageEndingWith(": empty file: a JSON document expected");
        assertThatThrownBy(() -> Json.tree(Files.writeString(temp.resolve("e.json"), "  \n")))
                .isInstanceOf(ResultFormatException.class).hasMessageContaining("empty");
    }

    @Test
    void shouldRefuseADuplicateKeyInsteadOfKeepingTheLast() {
        assertThatThrownBy(() -> Json.tree(Files.writeString(temp.resolve("d.json"), "{\"a\": 1,\n \"a\": 2}")))
                .isInstanceOfSatisfying(ResultFormatException.class, e -> {
                    assertThat(e.getLocation()).startsWith("line 2");
                    assertThat(e.getProblem()).contains("Duplicate field 'a'");
                });
    }

    @Test
    void shouldRefuseContentAfterTheDocumentAndASecondDocument() {
        assertThatThrownBy(() -> Json.tree(Files.writeString(temp.resolve("t.json"), "{\"a\": 1} x")))
                .isInstanceOf(ResultFormatException.class);
        assertThatThrownBy(() -> Json.tree(Files.writeString(temp.resolve("s.json"), "{\"a\": 1}\n{\"a\": 2}\n")))
                .isInstanceOfSatisfying(ResultFormatException.class, e -> {
                    assertThat(e.getLocation()).isEqualTo("line 2, column 1");
                    assertThat(e.getProblem()).isEqualTo("one JSON document expected but more content follows it");
                });
    }

    @Test
    void shouldSkipAUtf8ByteOrderMarkAndDecodeUtf16() throws Exception {
        Path bom = Files.write(temp.resolve("bom.json"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "{\"a\": 1}".getBytes(StandardCharsets.UTF_8)));
        Path utf16 = Files.write(temp.resolve("utf16.json"), "\uFEFF{\"a\": \"\u00e9\"}".getBytes(StandardCharsets.UTF_16LE));

        assertThat(Json.tree(bom).get("a").intValue()).isEqualTo(1);
        assertThat(Json.tree(utf16).get("a").asText()).isEqualTo("\u00e9");
        assertThat(Json.tree(temp, "\uFEFF[1]", "line 1").get(0).intValue()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({"4294967296, 4294967296", "3.0, 3", "1e3, 1000", "-9223372036854775808, -9223372036854775808"})
    void shouldTakeWholeNumbersThatFit(final String json, final long expected) throws Exception {
        assertThat(Json.exactLong(node(json))).hasValue(expected);
    }

    @ParameterizedTest
    @CsvSource({"18446744073709551617", "100000000000000000000000", "1e23", "1.5", "9223372036854775808", "NaN",
            "'\"1\"'", "true"})
    void shouldRefuseWholeNumbersThatDoNotFitInsteadOfWrappingThem(final String json) throws Exception {
        assertThat(Json.exactLong(node(json))).isEmpty();
    }

    @Test
    void shouldTakeIntsOnlyWhenTheyFit() throws Exception {
        assertThat(Json.exactInt(node("2147483647"))).hasValue(Integer.MAX_VALUE);
        assertThat(Json.exactInt(node("4294967296"))).isEmpty();
        assertThat(Json.exactInt(node("4294967297"))).isEmpty();
    }

    @Test
    void shouldTakeOnlyTrueOrExactlyOneAsASetFlag() throws Exception {
        assertThat(Nodes.isTrue(node("true"))).isTrue();
        assertThat(Nodes.isTrue(node("1"))).isTrue();
        assertThat(Nodes.isTrue(node("4294967297"))).isFalse();
        assertThat(Nodes.isTrue(node("\"true\""))).isFalse();
        assertThat(Nodes.isTrue(null)).isFalse();
    }

    @Test
    void shouldBoundTheTreeOfOneValue() {
        String big = "[" + "0,".repeat(TreeReader.MAX_NODES) + "0]";

        assertThatThrownBy(() -> Json.tree(temp, big, "line 1")).isInstanceOf(ResultFormatException.class)
                .hasMessageContaining("too large to read");
    }

    @Test
    void shouldDescribeWhatWasFoundInsteadOfANumber() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;

        assertThat(Nodes.describe(null)).isEqualTo("missing");
        assertThat(Nodes.describe(nodes.objectNode())).isEqualTo("an object");
        assertThat(Nodes.describe(nodes.arrayNode())).isEqualTo("an array");
        assertThat(Nodes.describe(nodes.textNode("x".repeat(100)))).hasSizeLessThan(80).endsWith("…");
        assertThatThrownBy(() -> Nodes.requireNumber(temp, nodes.booleanNode(true), "$.x"))
                .isInstanceOf(ResultFormatException.class)
                .hasMessageEndingWith("$.x: a number expected but was boolean true");
        assertThatThrownBy(() -> Nodes.object(temp, nodes.numberNode(1), "$"))
                .hasMessageEndingWith("$: an object expected but was number 1");
    }

    @Test
    void shouldTreatTextAndNullAsAbsentOptionalNumbers() {
        JsonNodeFactory nodes = JsonNodeFactory.instance;

        assertThat(Nodes.optionalNumber(nodes.textNode("-"))).isEmpty();
        assertThat(Nodes.optionalNumber(null)).isEmpty();
        assertThat(Nodes.optionalNumber(nodes.numberNode(2.5))).hasValue(2.5);
        assertThat(Nodes.textOr(nodes.nullNode(), "fallback")).isEqualTo("fallback");
        assertThat(Nodes.textOr(nodes.numberNode(3), "fallback")).isEqualTo("3");
    }

    private static JsonNode node(final String json) throws ResultFormatException {
        return Json.tree(Path.of("test.json"), json, "");
    }

    private static byte[] concat(final byte[] a, final byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
