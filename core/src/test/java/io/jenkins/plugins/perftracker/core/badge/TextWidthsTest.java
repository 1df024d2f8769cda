package io.jenkins.plugins.perftracker.core.badge;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.*;
import static org.assertj.core.api.Assumptions.assumeThat;

class TextWidthsTest {
    private final TextWidths widths = TextWidths.dejaVuSans11();

    @Test
    void shouldHoldTheTableTheRealFontGenerates() throws Exception {
        assumeThat(Files.exists(WidthTableGenerator.FONT)).as("DejaVu Sans installed").isTrue();
        String committed = Files.readString(Path.of("src/main/resources/io/jenkins/plugins/perftracker/core/badge/"
                + "dejavu-sans.widths"), StandardCharsets.US_ASCII);

        assertThat(WidthTableGenerator.generate(WidthTableGenerator.FONT)).isEqualTo(committed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"buildtime (week)", "3m 12s", "passed (month)", "last fail", "12.3 ms",
            "Ünïcødé ÆØÅ", "Ελληνικά", "кириллица", "W", "i", "perftracker — 99%"})
    void shouldMeasureLikeTheFontEngine(final String text) throws Exception {
        assertThat(widths.widthOf(text)).isCloseTo(FontMeasure.width(text), within(0.01));
    }

    @Test
    void shouldRoundPreferredWidthsUpToOddPixels() {
        assertThat(widths.widthOf("m")).isCloseTo(10.715, within(0.001));
        assertThat(widths.preferredWidthOf("m")).isEqualTo(11);
        assertThat(widths.widthOf("mm")).isCloseTo(21.43, within(0.01));
        assertThat(widths.preferredWidthOf("mm")).isEqualTo(21);
        assertThat(widths.widthOf("i")).isCloseTo(3.056, within(0.001));
        assertThat(widths.preferredWidthOf("i")).isEqualTo(3);
        assertThat(widths.preferredWidthOf("ii")).isEqualTo(7);
        assertThat(widths.preferredWidthOf("")).isEqualTo(1);
    }

    @Test
    void shouldMeasureUnknownCharactersAsAnMAndMarksAsNothing() {
        double m = widths.widthOf("m");

        assertThat(widths.widthOf("中")).isEqualTo(m);
        assertThat(widths.widthOf("😀")).isEqualTo(m);
        assertThat(widths.widthOf("e\u0301")).isEqualTo(widths.widthOf("e"));
    }

    @Property
    void shouldAddUpWidthsOfConcatenatedTexts(@ForAll @StringLength(max = 40) final String first,
            @ForAll @StringLength(max = 40) final String second) {
        assertThat(widths.widthOf(first + second))
                .isCloseTo(widths.widthOf(first) + widths.widthOf(second), within(1e-9));
    }

    @Property
    void shouldAlwaysGiveOddPreferredWidthsNoSmallerThanTheText(
            @ForAll @CharRange(from = ' ', to = '\u04ff') @StringLength(max = 60) final String text) {
        int preferred = widths.preferredWidthOf(text);

        assertThat(preferred % 2).isEqualTo(1);
        assertThat(preferred).isGreaterThanOrEqualTo((int) widths.widthOf(text))
                .isLessThanOrEqualTo((int) widths.widthOf(text) + 1);
    }

    @Test
    void shouldRefuseATableWithoutRuns() {
        assertThatIllegalStateException().isThrownBy(
                () -> TextWidths.parse(new BufferedReader(new StringReader("# nothing\nunitsPerEm 2048\n"))));
        assertThatIllegalStateException().isThrownBy(
                () -> TextWidths.parse(new BufferedReader(new StringReader("20 20 651\n"))));
    }

    @Test
    void shouldScaleAdvancesByTheUnitsPerEm() throws Exception {
        TextWidths custom = TextWidths.parse(new BufferedReader(new StringReader("unitsPerEm 1100\n41 42 500\n")));

        assertThat(custom.widthOf("AB")).isCloseTo(10.0, within(1e-9));
        assertThat(custom.widthOf("ABBA")).isCloseTo(20.0, within(1e-9));
    }
}
