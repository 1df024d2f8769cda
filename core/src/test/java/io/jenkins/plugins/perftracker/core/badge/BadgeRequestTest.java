package io.jenkins.plugins.perftracker.core.badge;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class BadgeRequestTest {
    @Test
    void shouldReadEveryParameter() {
        BadgeRequest request = BadgeRequest.parse(Map.of("type", new String[] {"passed"},
                "interval", new String[] {"month"}, "style", new String[] {"plastic"},
                "label", new String[] {"tests"}, "labelColor", new String[] {"blue"}, "format", new String[] {"JSON"}));

        assertThat(request.getType()).isEqualTo(BuildtimeBadgeType.PASSED);
        assertThat(request.getInterval()).isEqualTo(BadgeInterval.MONTH);
        assertThat(request.getStyle()).isEqualTo(BadgeStyle.PLASTIC);
        assertThat(request.getLabel()).contains("tests");
        assertThat(request.getFormat()).isEqualTo(BadgeRequest.Format.JSON);
        assertThat(request.getProblems()).isEmpty();
    }

    @Test
    void shouldUseTheSeedDefaultsWithoutParameters() {
        BadgeRequest request = BadgeRequest.parse(null);

        assertThat(request.getType()).isEqualTo(BuildtimeBadgeType.AVG);
        assertThat(request.getInterval()).isEqualTo(BadgeInterval.WEEK);
        assertThat(request.getStyle()).isEqualTo(BadgeStyle.FLAT);
        assertThat(request.getLabel()).isEmpty();
        assertThat(request.getFormat()).isEqualTo(BadgeRequest.Format.SVG);
    }

    @Test
    void shouldFallBackAndReportUnknownValues() {
        BadgeRequest request = BadgeRequest.parse(Map.of("type", new String[] {"median"},
                "interval", new String[] {"decade"}, "style", new String[] {"social"},
                "labelColor", new String[] {"red\" onload=\"x"}));

        assertThat(request.getType()).isEqualTo(BuildtimeBadgeType.AVG);
        assertThat(request.getInterval()).isEqualTo(BadgeInterval.WEEK);
        assertThat(request.getStyle()).isEqualTo(BadgeStyle.FLAT);
        assertThat(request.getProblems()).containsExactlyInAnyOrder("type: unknown value, using avg",
                "interval: unknown value, using week", "style: unknown value, using flat",
                "labelColor: a colour name or hex expected, ignored");
    }

    @Test
    void shouldIgnoreOversizedValuesAndBoundTheLabel() {
        BadgeRequest huge = BadgeRequest.parse(Map.of("label", new String[] {"x".repeat(10_000)},
                "type", new String[] {"p".repeat(300)}));
        BadgeRequest longLabel = BadgeRequest.parse(Map.of("label", new String[] {"y".repeat(200)}));

        assertThat(huge.getLabel()).isEmpty();
        assertThat(huge.getProblems()).contains("label: longer than 256 characters, ignored",
                "type: longer than 256 characters, ignored");
        assertThat(longLabel.getLabel()).get().asString()
                .hasSize(BadgeRequest.MAX_LABEL_LENGTH).endsWith("\u2026");
    }

    @Test
    void shouldUseOnlyTheFirstValueAndSkipEmptyArrays() {
        BadgeRequest request = BadgeRequest.parse(Map.of("type", new String[] {"jobs", "builds"},
                "interval", new String[0], "label", new String[] {null}));

        assertThat(request.getType()).isEqualTo(BuildtimeBadgeType.JOBS);
        assertThat(request.getInterval()).isEqualTo(BadgeInterval.WEEK);
        assertThat(request.getLabel()).isEmpty();
    }

    @Test
    void shouldApplyStyleLabelAndLabelColourToABadge() {
        BadgeRequest request = BadgeRequest.parse(Map.of("style", new String[] {"flat-square"},
                "label", new String[] {" <b>mine</b>\n"}, "labelColor", new String[] {"#123"}));

        Badge badge = request.apply(Badge.of("buildtime", "45s", BadgeColor.BLUE));

        assertThat(badge.getStyle()).isEqualTo(BadgeStyle.FLAT_SQUARE);
        assertThat(badge.getLabel()).isEqualTo("<b>mine</b>");
        assertThat(badge.getLabelColor().toSvg()).isEqualTo("#123");
        assertThat(badge.getMessage()).isEqualTo("45s");
    }

    @Test
    void shouldAllowAnEmptyLabelOverrideForMessageOnlyBadges() {
        Badge badge = BadgeRequest.parse(Map.of("label", new String[] {""}))
                .apply(Badge.of("buildtime", "45s", BadgeColor.BLUE));

        assertThat(badge.getLabel()).isEmpty();
        assertThat(badge.accessibleText()).isEqualTo("45s");
    }
}
