package io.jenkins.plugins.perftracker.core.model;

import java.io.StringReader;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

import static org.assertj.core.api.Assertions.*;

/** Issue 12: names carry no control characters, so every record is XML 1.0 and every name shows on one line. */
class ControlCharactersTest {
    private static final String NASTY = "a\u0000b\u0001\tc\nd\u001f\u007fe\uFFFEf\uD800g";

    @Test
    void shouldStripControlCharactersFromNamesAndTurnTabsAndLineEndsIntoSpaces() {
        PerfTest test = PerfTest.builder(NASTY).group(NASTY).category(NASTY).unit("m\u0000s").scores(1).build();

        assertThat(test.getTag()).isEqualTo("ab c defg");
        assertThat(test.getGroup()).isEqualTo(test.getTag());
        assertThat(test.getCategory()).isEqualTo(test.getTag());
        assertThat(test.getUnit()).isEqualTo("ms");
    }

    @Test
    void shouldKeepTabsAndLineEndsInFreeTextButDropTheRest() {
        PerfTest test = PerfTest.builder("t").description("line 1\nline\t2\u0000\r\n").cmdline("run\u0008 -x")
                .attribs(Map.of("k\u0000", "v\u0001\n")).errors(Messages.of(java.util.List.of("boom\u0000!")))
                .status(Status.FAILED).build();

        assertThat(test.getDescription()).isEqualTo("line 1\nline\t2\r\n");
        assertThat(test.getCmdline()).isEqualTo("run -x");
        assertThat(test.getAttribs()).containsExactly(Map.entry("k", "v\n"));
        assertThat(test.getErrors().getTexts()).containsExactly("boom!");
    }

    @Test
    void shouldRefuseATagThatIsNothingButControlCharacters() {
        assertThatThrownBy(() -> PerfTest.builder("\u0000\u0001").scores(1).build())
                .isInstanceOf(InvalidValueException.class).hasMessageStartingWith("tag: must not be empty");
    }

    @Test
    void shouldKeepSurrogatePairsAndOrdinaryText() {
        PerfTest test = PerfTest.builder("\uD83D\uDE80 launch \u00e9t\u00e9").scores(1).build();

        assertThat(test.getTag()).isEqualTo("\uD83D\uDE80 launch \u00e9t\u00e9");
    }

    @Test
    void shouldGiveNamesThatAnXml10ParserAccepts() throws Exception {
        PerfRun run = PerfRun.builder().title(NASTY).envNodes(java.util.List.of(EnvNode.builder(NASTY).build()))
                .addTest(PerfTest.builder(NASTY).scores(1).build()).build();
        String xml = "<?xml version=\"1.0\"?><r a=\"" + run.getTitle() + "\">" + run.getTests().get(0).getTag()
                + run.getEnvNodes().get(0).getName() + "</r>";

        assertThatCode(() -> DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new InputSource(new StringReader(xml)))).doesNotThrowAnyException();
    }
}
