package io.jenkins.plugins.perftracker.core.ingest.kit;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;

import static org.assertj.core.api.Assertions.*;

class NodesTest {
    private static final Path FILE = Path.of("result.json");
    private final Nodes nodes = new Nodes(FILE);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"12.5; 12.5", "\"12.5\"; 12.5", "\" 3 \"; 3", "-1e3; -1000",
            "\"NaN\"; NaN", "\"Infinity\"; Infinity", "\"-inf\"; -Infinity", "\"INF\"; Infinity"})
    void shouldReadNumbersAndNumericText(final String json, final double expected) throws Exception {
        assertThat(Double.valueOf(nodes.number(parse(json), "$.x"))).isEqualTo(Double.valueOf(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {"\"fast\"; a number expected but was 'fast'",
            "true; a number expected but was boolean true", "null; a number expected but was null",
            "[1]; a number expected but was an array", "{}; a number expected but was an object"})
    void shouldRefuseWhatIsNoNumberNamingPathAndValue(final String json, final String problem) throws Exception {
        ResultFormatException error = catchThrowableOfType(ResultFormatException.class,
                () -> nodes.number(parse(json), "$.rows[2].x"));

        assertThat(error.getProblem()).isEqualTo(problem);
        assertThat(error.getLocation()).isEqualTo("$.rows[2].x");
        assertThat(error.getFile()).isEqualTo(FILE.toString());
    }

    @Test
    void shouldSayMissingForAnAbsentField() throws Exception {
        assertThat(catchThrowableOfType(ResultFormatException.class,
                () -> nodes.number(parse("{}"), "score", "$[0]")).getMessage())
                .isEqualTo("result.json, $[0].score: a number expected but was missing");
    }

    @Test
    void shouldReadWholeNumbersThatFitALong() throws Exception {
        assertThat(nodes.integer(parse("{\"n\": 9223372036854775807}"), "n", "$")).isEqualTo(Long.MAX_VALUE);
        assertThat(catchThrowableOfType(ResultFormatException.class,
                () -> nodes.integer(parse("{\"n\": 9223372036854775808}"), "n", "$")).getLocation()).isEqualTo("$.n");
        assertThat(catchThrowableOfType(ResultFormatException.class,
                () -> nodes.integer(parse("{\"n\": 1.5}"), "n", "$")).getProblem()).contains("a whole number");
    }

    @Test
    void shouldShortenLongValuesInMessages() throws Exception {
        String problem = catchThrowableOfType(ResultFormatException.class,
                () -> nodes.number(parse("\"" + "x".repeat(500) + "\""), "$")).getProblem();

        assertThat(problem).hasSizeLessThan(120).endsWith("…'");
    }

    @Test
    void shouldReadScalarsOfAnObjectInFileOrder() throws Exception {
        assertThat(Nodes.scalars(parse("{\"z\": 1, \"a\": \"x\", \"n\": null, \"o\": {}, \"b\": true}")))
                .containsExactly(entry("z", "1"), entry("a", "x"), entry("b", "true"));
        assertThat(Nodes.scalars(parse("[1]"))).isEmpty();
        assertThat(Nodes.scalars(null)).isEmpty();
    }

    @Test
    void shouldGiveTextOfScalarsOnly() throws Exception {
        JsonNode node = parse("{\"s\": \"x\", \"n\": 2, \"z\": null, \"o\": {\"a\": 1}}");

        assertThat(Nodes.text(node, "s")).isEqualTo("x");
        assertThat(Nodes.text(node, "n")).isEqualTo("2");
        assertThat(Nodes.text(node, "z")).isEmpty();
        assertThat(Nodes.text(node, "o")).isEmpty();
        assertThat(Nodes.text(node, "missing")).isEmpty();
        assertThat(Nodes.has(node, "z")).isFalse();
        assertThat(Nodes.has(node, "s")).isTrue();
    }

    @Test
    void shouldAddArraySamplesNamingTheBadElement() throws Exception {
        TestDraft draft = TestDraft.of("", "t", "", "s", true);
        nodes.samples(draft, parse("{\"d\": [1, 2.5]}"), "d", "$.b");
        assertThat(draft.build().getScores()).containsExactly(1.0, 2.5);

        assertThat(catchThrowableOfType(ResultFormatException.class, () -> nodes.samples(draft,
                parse("{\"d\": [1, \"x\"]}"), "d", "$.b")).getLocation()).isEqualTo("$.b.d[1]");
        assertThat(catchThrowableOfType(ResultFormatException.class, () -> nodes.samples(draft,
                parse("{\"d\": 5}"), "d", "$.b")).getProblem()).isEqualTo("an array expected but was number 5");
        assertThat(catchThrowableOfType(ResultFormatException.class, () -> nodes.samples(draft,
                parse("[[1], 2]"), 1, "$.raw")).getLocation()).isEqualTo("$.raw[1]");
    }

    @Test
    void shouldFindTheFirstCharacterAfterWhiteSpaceAndByteOrderMark() {
        assertThat(Heads.firstChar("\uFEFF \n [1]")).isEqualTo('[');
        assertThat(Heads.firstChar(" \t\n")).isEqualTo((char) 0);
        assertThat(Heads.containsAll("abc", "a", "c")).isTrue();
        assertThat(Heads.containsAll("abc", "a", "d")).isFalse();
        assertThat(Heads.containsAny("abc", "x", "b")).isTrue();
        assertThat(Heads.key("mode")).isEqualTo("\"mode\"");
    }

    private static JsonNode parse(final String json) throws Exception {
        return new ObjectMapper().readTree(json);
    }
}
