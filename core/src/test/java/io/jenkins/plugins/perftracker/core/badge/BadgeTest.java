package io.jenkins.plugins.perftracker.core.badge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class BadgeTest {
    @Test
    void shouldCleanTextOnTheWayIn() {
        Badge badge = Badge.of("  build\ntime ", " 3m\t12s ", BadgeColor.BLUE);

        assertThat(badge.getLabel()).isEqualTo("build time");
        assertThat(badge.getMessage()).isEqualTo("3m 12s");
        assertThat(badge.getLabelColor()).isEqualTo(BadgeColor.GREY);
        assertThat(badge.getStyle()).isEqualTo(BadgeStyle.FLAT);
    }

    @Test
    void shouldShowUnknownForAnEmptyMessage() {
        assertThat(Badge.of("x", " \u0000 ", BadgeColor.BLUE).getMessage()).isEqualTo("unknown");
        assertThat(Badge.of("x", null, BadgeColor.BLUE).getMessage()).isEqualTo("unknown");
    }

    @Test
    void shouldCopyOnChangeAndStayImmutable() {
        Badge original = Badge.of("a", "b", BadgeColor.BLUE);

        Badge changed = original.withLabel("c").withColor(BadgeColor.RED).withLabelColor(BadgeColor.BLUE)
                .withStyle(BadgeStyle.PLASTIC);

        assertThat(original).isEqualTo(Badge.of("a", "b", BadgeColor.BLUE)).isNotEqualTo(changed);
        assertThat(changed.getLabel()).isEqualTo("c");
        assertThat(changed.getColor()).isEqualTo(BadgeColor.RED);
        assertThat(changed.getLabelColor()).isEqualTo(BadgeColor.BLUE);
        assertThat(changed.getStyle()).isEqualTo(BadgeStyle.PLASTIC);
        assertThat(changed).hasSameHashCodeAs(Badge.of("c", "b", BadgeColor.RED).withLabelColor(BadgeColor.BLUE)
                .withStyle(BadgeStyle.PLASTIC));
        assertThat(changed).hasToString("[c | b | red, plastic]");
    }

    @Test
    void shouldBuildShieldsAccessibleText() {
        assertThat(Badge.of("jobs (week)", "12", BadgeColor.BLUE).accessibleText()).isEqualTo("jobs (week): 12");
        assertThat(Badge.of("", "12", BadgeColor.BLUE).accessibleText()).isEqualTo("12");
    }

    @Test
    void shouldRequireColours() {
        assertThatNullPointerException().isThrownBy(() -> Badge.of("a", "b", null));
        assertThatNullPointerException().isThrownBy(() -> Badge.of("a", "b", BadgeColor.RED).withStyle(null));
    }

    @Test
    void shouldParseStylesLikeShields() {
        assertThat(BadgeStyle.parse("flat-square")).isEqualTo(BadgeStyle.FLAT_SQUARE);
        assertThat(BadgeStyle.parse(" PLASTIC ")).isEqualTo(BadgeStyle.PLASTIC);
        assertThat(BadgeStyle.parse("for-the-badge")).isEqualTo(BadgeStyle.FLAT);
        assertThat(BadgeStyle.parse(null)).isEqualTo(BadgeStyle.FLAT);
    }
}
