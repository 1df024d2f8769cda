package io.jenkins.plugins.perftracker.core.badge;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.*;

class BadgeTextTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"'  a   b  '|a b", "'a\tb\nc\r\nd'|a b c d", "'a\u00a0b'|a b",
            "'x\u0000y\u0007z\u007f'|xyz", "'pass\u202Eing'|passing", "'\uFFFE\uFFFF'|''"})
    void shouldCleanWhitespaceControlsAndFormatCharacters(final String text, final String clean) {
        assertThat(BadgeText.clean(text)).isEqualTo(clean);
    }

    @Test
    void shouldDropLoneSurrogatesButKeepPairs() {
        assertThat(BadgeText.clean("a\uD800b\uDC00c")).isEqualTo("abc");
        assertThat(BadgeText.clean("ok \uD83D\uDE00")).isEqualTo("ok \uD83D\uDE00");
    }

    @Test
    void shouldBoundTheLengthWithAnEllipsis() {
        String longText = "x".repeat(500);

        String clean = BadgeText.clean(longText);

        assertThat(clean).hasSize(BadgeText.MAX_LENGTH).endsWith("\u2026").startsWith("xxx");
        assertThat(BadgeText.clean("y".repeat(BadgeText.MAX_LENGTH))).isEqualTo("y".repeat(BadgeText.MAX_LENGTH));
    }

    @Test
    void shouldCountCodePointsNotChars() {
        String emoji = "\uD83D\uDE00".repeat(BadgeText.MAX_LENGTH);

        assertThat(BadgeText.clean(emoji).codePointCount(0, BadgeText.clean(emoji).length()))
                .isEqualTo(BadgeText.MAX_LENGTH);
    }

    @Test
    void shouldTurnNullIntoEmpty() {
        assertThat(BadgeText.clean(null)).isEmpty();
    }

    @Test
    void shouldEscapeTheFiveXmlCharacters() {
        assertThat(BadgeText.escapeXml("<a href=\"x\">Tom & Jerry's</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;");
    }

    @Property
    void shouldNeverLeaveMarkupCharactersInEscapedText(@ForAll final String text) {
        assertThat(BadgeText.escapeXml(text)).doesNotContain("<", ">", "\"", "'")
                .doesNotContainPattern("&(?!(amp|lt|gt|quot|apos);)");
    }

    @Property
    void shouldBeIdempotent(@ForAll final String text) {
        assertThat(BadgeText.clean(BadgeText.clean(text))).isEqualTo(BadgeText.clean(text));
    }
}
