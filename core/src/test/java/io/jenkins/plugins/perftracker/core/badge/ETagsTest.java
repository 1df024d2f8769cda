package io.jenkins.plugins.perftracker.core.badge;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class ETagsTest {
    private final SvgBadgeRenderer renderer = new SvgBadgeRenderer();

    @Test
    void shouldDeriveAStrongQuotedTagFromTheContent() {
        String svg = renderer.render(Badge.of("buildtime", "45s", BadgeColor.BLUE));

        String tag = ETags.strong(svg);

        assertThat(tag).matches("\"[0-9a-f]{32}\"");
        assertThat(ETags.strong(renderer.render(Badge.of("buildtime", "45s", BadgeColor.BLUE)))).isEqualTo(tag);
        assertThat(ETags.strong(renderer.render(Badge.of("buildtime", "46s", BadgeColor.BLUE)))).isNotEqualTo(tag);
        assertThat(ETags.strong(renderer.render(Badge.of("buildtime", "45s", BadgeColor.BLUE)
                .withStyle(BadgeStyle.PLASTIC)))).isNotEqualTo(tag);
    }

    @Test
    void shouldHashTheUtf8Bytes() {
        // SHA-256("") = e3b0c44298fc1c149afbf4c8996fb924...
        assertThat(ETags.strong("")).isEqualTo("\"e3b0c44298fc1c149afbf4c8996fb924\"");
    }

    @Test
    void shouldMatchIfNoneMatchWithWeakComparison() {
        String tag = ETags.strong("content");

        assertThat(ETags.matches(tag, tag)).isTrue();
        assertThat(ETags.matches("W/" + tag, tag)).isTrue();
        assertThat(ETags.matches("\"other\", " + tag, tag)).isTrue();
        assertThat(ETags.matches("*", tag)).isTrue();
        assertThat(ETags.matches("\"other\"", tag)).isFalse();
        assertThat(ETags.matches(tag.replace("\"", ""), tag)).isFalse();
        assertThat(ETags.matches(null, tag)).isFalse();
        assertThat(ETags.matches(" ".repeat(ETags.MAX_HEADER_LENGTH) + tag, tag)).isFalse();
    }
}
