package io.jenkins.plugins.perftracker.core.badge;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.*;

class BadgeColorTest {
    @ParameterizedTest
    @CsvSource({"brightgreen, brightgreen, #4c1", "green, green, #97ca00", "yellow, yellow, #dfb317",
            "yellowgreen, yellowgreen, #a4a61d", "orange, orange, #fe7d37", "red, red, #e05d44",
            "blue, blue, #007ec6", "grey, grey, #555", "lightgrey, lightgrey, #9f9f9f",
            "gray, grey, #555", "lightgray, lightgrey, #9f9f9f", "critical, red, #e05d44",
            "important, orange, #fe7d37", "success, brightgreen, #4c1", "informational, blue, #007ec6",
            "inactive, lightgrey, #9f9f9f", "' Blue ', blue, #007ec6"})
    void shouldResolveShieldsNamesAndAliases(final String text, final String name, final String svg) {
        BadgeColor color = BadgeColor.parse(text).orElseThrow();

        assertThat(color.getName()).isEqualTo(name);
        assertThat(color.toSvg()).isEqualTo(svg);
    }

    @ParameterizedTest
    @CsvSource({"ff69b4, ff69b4, #ff69b4", "#FF69B4, ff69b4, #ff69b4", "abc, abc, #abc", "#0F0, 0f0, #0f0"})
    void shouldAcceptHexWithOrWithoutHash(final String text, final String name, final String svg) {
        BadgeColor color = BadgeColor.parse(text).orElseThrow();

        assertThat(color.getName()).isEqualTo(name);
        assertThat(color.toSvg()).isEqualTo(svg);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "purple-ish", "#ab", "abcd", "#ggg", "red\"onload=\"x", "url(#x)",
            "rgb(1,2,3)", "#ff69b4ff", "0123456789abcdef0123456789abcdef0"})
    void shouldRefuseAnythingElse(final String text) {
        assertThat(BadgeColor.parse(text)).isEmpty();
    }

    @Test
    void shouldRefuseNull() {
        assertThat(BadgeColor.parse(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"#4c1, 0.56, false", "#dfb317, 0.68, false", "#9f9f9f, 0.62, false", "#555, 0.33, false",
            "fff, 1.0, true", "000, 0.0, false", "ffffcc, 0.98, true", "#97ca00, 0.64, false"})
    void shouldComputeShieldsBrightness(final String hex, final double brightness, final boolean light) {
        BadgeColor color = BadgeColor.parse(hex).orElseThrow();

        // (299 r + 587 g + 114 b) / 255000, e.g. #4c1 = (68, 204, 17): (20332 + 119748 + 1938) / 255000
        assertThat(color.brightness()).isCloseTo(brightness, within(1e-9));
        assertThat(color.isLight()).isEqualTo(light);
    }

    @Test
    void shouldBeEqualByValue() {
        assertThat(BadgeColor.parse("gray")).contains(BadgeColor.GREY);
        assertThat(BadgeColor.parse("#4c1")).isNotEqualTo(BadgeColor.parse("brightgreen"));
        assertThat(BadgeColor.RED).hasSameHashCodeAs(BadgeColor.parse("critical").orElseThrow())
                .hasToString("red");
    }
}
