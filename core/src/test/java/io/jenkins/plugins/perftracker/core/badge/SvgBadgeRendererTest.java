package io.jenkins.plugins.perftracker.core.badge;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;

import static io.jenkins.plugins.perftracker.core.badge.SvgDocument.intOf;
import static org.assertj.core.api.Assertions.*;

class SvgBadgeRendererTest {
    private final SvgBadgeRenderer renderer = new SvgBadgeRenderer();

    @ParameterizedTest
    @CsvSource({"buildtime (week), 3m 12s", "passed (month), 87%", "last fail, 12 days",
            "perf: latency, 1.23k ms", "x, y"})
    void shouldSizeEachPartFromTheFontWidthOfItsText(final String label, final String message) throws Exception {
        SvgDocument svg = SvgDocument.parse(renderer.render(Badge.of(label, message, BadgeColor.BLUE)));

        int labelPart = FontMeasure.preferred(label) + 10;
        int messagePart = FontMeasure.preferred(message) + 10;
        assertThat(svg.rootInt("width")).isEqualTo(labelPart + messagePart);
        List<Element> rects = svg.backgroundRects();
        assertThat(intOf(rects.get(0), "width")).isEqualTo(labelPart);
        assertThat(intOf(rects.get(1), "x")).isEqualTo(labelPart);
        assertThat(intOf(rects.get(1), "width")).isEqualTo(messagePart);
        assertThat(intOf(rects.get(2), "width")).isEqualTo(labelPart + messagePart);
    }

    @Test
    void shouldCentreTextsInTheirPartsInTenthsOfAPixel() throws Exception {
        SvgDocument svg = SvgDocument.parse(renderer.render(Badge.of("buildtime", "45s", BadgeColor.BLUE)));

        int labelText = FontMeasure.preferred("buildtime");
        int messageText = FontMeasure.preferred("45s");
        List<Element> texts = svg.visibleTexts();
        // shields.io: label at 10 * (1 + w/2 + 5); message at 10 * (leftWidth - 1 + w/2 + 5)
        assertThat(intOf(texts.get(0), "x")).isEqualTo((int) Math.round(10 * (1 + labelText / 2.0 + 5)));
        assertThat(intOf(texts.get(1), "x"))
                .isEqualTo((int) Math.round(10 * (labelText + 10 - 1 + messageText / 2.0 + 5)));
        assertThat(intOf(texts.get(0), "textLength")).isEqualTo(10 * labelText);
        assertThat(intOf(texts.get(1), "textLength")).isEqualTo(10 * messageText);
        assertThat(texts).allSatisfy(text -> assertThat(text.getAttribute("transform")).isEqualTo("scale(.1)"));
    }

    @Test
    void shouldDrawAMessageOnlyBadgeWithoutLabelPart() throws Exception {
        SvgDocument svg = SvgDocument.parse(renderer.render(Badge.of("", "passing", BadgeColor.GREEN)));

        int messagePart = FontMeasure.preferred("passing") + 10;
        assertThat(svg.rootInt("width")).isEqualTo(messagePart);
        assertThat(svg.visibleTexts()).hasSize(1);
        // shields.io: without a label the message margin is 0 - 1 + 1
        assertThat(intOf(svg.visibleTexts().get(0), "x"))
                .isEqualTo((int) Math.round(10 * (0 + FontMeasure.preferred("passing") / 2.0 + 5)));
        assertThat(intOf(svg.backgroundRects().get(0), "width")).isZero();
        assertThat(svg.root().getAttribute("aria-label")).isEqualTo("passing");
    }

    @ParameterizedTest
    @CsvSource({"FLAT, 20, 3, 2, 140", "FLAT_SQUARE, 20, -1, 0, 140", "PLASTIC, 18, 4, 4, 130"})
    void shouldDrawEachStyleWithItsGeometry(final BadgeStyle style, final int height, final int radius,
            final int gradientStops, final int baseline) throws Exception {
        SvgDocument svg = SvgDocument.parse(renderer.render(Badge.of("jobs (week)", "42", BadgeColor.BLUE)
                .withStyle(style)));

        assertThat(svg.rootInt("height")).isEqualTo(height);
        assertThat(svg.all("stop")).hasSize(gradientStops);
        assertThat(svg.all("clipPath")).hasSize(radius < 0 ? 0 : 1);
        if (radius >= 0) {
            Element clip = (Element) svg.all("clipPath").get(0).getElementsByTagNameNS(SvgDocument.SVG_NS, "rect")
                    .item(0);
            assertThat(intOf(clip, "rx")).isEqualTo(radius);
        }
        assertThat(svg.visibleTexts()).allSatisfy(text -> assertThat(intOf(text, "y")).isEqualTo(baseline));
        assertThat(svg.shadowTexts()).hasSize(style == BadgeStyle.FLAT_SQUARE ? 0 : 2)
                .allSatisfy(text -> assertThat(intOf(text, "y")).isEqualTo(baseline + 10));
        assertThat(svg.backgroundRects()).allSatisfy(rect -> assertThat(intOf(rect, "height")).isEqualTo(height));
    }

    @Test
    void shouldCarryAccessibleNameAndTitle() throws Exception {
        SvgDocument svg = SvgDocument.parse(renderer.render(Badge.of("passed (week)", "87%", BadgeColor.YELLOW)));

        assertThat(svg.root().getAttribute("role")).isEqualTo("img");
        assertThat(svg.root().getAttribute("aria-label")).isEqualTo("passed (week): 87%");
        assertThat(svg.all("title").get(0).getTextContent()).isEqualTo("passed (week): 87%");
    }

    @Test
    void shouldUseDarkTextOnLightBackgrounds() throws Exception {
        SvgDocument svg = SvgDocument.parse(renderer.render(Badge.of("label", "value", BadgeColor.parse("ffffcc")
                .orElseThrow())));

        List<Element> texts = svg.visibleTexts();
        assertThat(texts.get(0).getAttribute("fill")).isEqualTo("#fff");
        assertThat(texts.get(1).getAttribute("fill")).isEqualTo("#333");
        assertThat(svg.shadowTexts().get(0).getAttribute("fill")).isEqualTo("#010101");
        assertThat(svg.shadowTexts().get(1).getAttribute("fill")).isEqualTo("#ccc");
    }

    @Test
    void shouldFillPartsWithLabelAndMessageColours() throws Exception {
        Badge badge = Badge.of("a", "b", BadgeColor.RED).withLabelColor(BadgeColor.parse("#123456").orElseThrow());
        List<Element> rects = SvgDocument.parse(renderer.render(badge)).backgroundRects();

        assertThat(rects.get(0).getAttribute("fill")).isEqualTo("#123456");
        assertThat(rects.get(1).getAttribute("fill")).isEqualTo("#e05d44");
        assertThat(rects.get(2).getAttribute("fill")).isEqualTo("url(#s)");
    }

    @EnumSource(BadgeStyle.class)
    @ParameterizedTest
    void shouldRenderTheSameBadgeToTheSameBytes(final BadgeStyle style) {
        Badge badge = Badge.of("buildtime", "1h 0m 5s", BadgeColor.BLUE).withStyle(style);

        assertThat(renderer.render(badge)).isEqualTo(new SvgBadgeRenderer().render(badge))
                .doesNotContain("\n").startsWith("<svg ").endsWith("</svg>");
    }
}
