package io.jenkins.plugins.perftracker.core.ingest.gobench;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

import static org.assertj.core.api.Assertions.*;

/** The in-place number parsing gives Double.parseDouble's value bit for bit, or its exception. */
class GoNumbersTest {
    @Property(tries = 2000)
    void shouldRoundEveryPrintedDoubleAsParseDoubleDoes(@ForAll final double value,
            @ForAll @IntRange(min = 0, max = 4) final int style) {
        String text = switch (style) {
            case 0 -> Double.toString(value);
            case 1 -> String.format(Locale.ROOT, "%.2f", value);
            case 2 -> String.format(Locale.ROOT, "%.6g", value);
            case 3 -> String.format(Locale.ROOT, "%.3e", value);
            default -> String.format(Locale.ROOT, "%.17f", value);
        };
        assertSameAsParseDouble(text);
    }

    @Property(tries = 2000)
    void shouldAgreeOnAnyShortStringOfNumberCharacters(@ForAll @StringLength(min = 1, max = 20)
            @Chars({'0', '1', '5', '9', '.', 'e', 'E', '-', '+', 'x', 'N'}) final String text) {
        assertSameAsParseDouble(text);
    }

    @Test
    void shouldParseWhatGoPrintsAndRefuseWords() {
        assertSameAsParseDouble("1726");
        assertSameAsParseDouble("0.000123");
        assertSameAsParseDouble("-0");
        assertSameAsParseDouble("9007199254740993");
        assertSameAsParseDouble("1e-22");
        assertSameAsParseDouble("1e23");
        assertSameAsParseDouble("4.35");
        assertSameAsParseDouble("NaN");
        assertThatThrownBy(() -> GoNumbers.parseDouble("fast".toCharArray(), 0, 4))
                .isInstanceOf(NumberFormatException.class);
        assertThat(GoNumbers.parseCount("١٢".toCharArray(), 0, 2)).isEqualTo(12);
        assertThat(GoNumbers.parseCount("12a".toCharArray(), 0, 3)).isEqualTo(-1);
    }

    private static void assertSameAsParseDouble(final String text) {
        char[] chars = ("x" + text + "y").toCharArray();
        double expected;
        try {
            expected = Double.parseDouble(text);
        }
        catch (NumberFormatException e) {
            assertThatThrownBy(() -> GoNumbers.parseDouble(chars, 1, chars.length - 1)).as(text)
                    .isInstanceOf(NumberFormatException.class);
            return;
        }
        assertThat(Double.doubleToRawLongBits(GoNumbers.parseDouble(chars, 1, chars.length - 1))).as(text)
                .isEqualTo(Double.doubleToRawLongBits(expected));
    }
}
