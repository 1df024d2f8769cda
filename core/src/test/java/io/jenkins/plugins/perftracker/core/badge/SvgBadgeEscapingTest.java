package io.jenkins.plugins.perftracker.core.badge;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

import static org.assertj.core.api.Assertions.*;

/** Hostile label and message text must come out as inert text in a well-formed document. */
class SvgBadgeEscapingTest {
    private static final List<String> ELEMENTS = List.of("svg", "title", "linearGradient", "stop", "clipPath",
            "rect", "g", "text");
    private final SvgBadgeRenderer renderer = new SvgBadgeRenderer();

    @ParameterizedTest
    @ValueSource(strings = {"</text><script>alert(1)</script>", "\"onload=\"alert(1)", "' onmouseover='x",
            "<![CDATA[ ]]>", "&amp; &lt; &#x3c;", "<?xml-stylesheet href=\"x\"?>", "]]>", "<!-- -->",
            "<a xlink:href=\"javascript:alert(1)\">x</a>", "&unknown;"})
    void shouldKeepHostileTextInert(final String hostile) throws Exception {
        for (BadgeStyle style : BadgeStyle.values()) {
            SvgDocument svg = SvgDocument.parse(renderer.render(Badge.of(hostile, hostile, BadgeColor.RED)
                    .withStyle(style)));

            assertThat(svg.everyElement()).allSatisfy(element -> {
                assertThat(element.getLocalName()).isIn(ELEMENTS);
                assertThat(attributeNames(element)).noneMatch(name -> name.startsWith("on"));
            });
            assertThat(svg.visibleTexts()).extracting(Element::getTextContent).containsExactly(hostile, hostile);
            assertThat(svg.root().getAttribute("aria-label")).isEqualTo(hostile + ": " + hostile);
        }
    }

    @ParameterizedTest
    @EnumSource(BadgeStyle.class)
    void shouldDropCharactersXmlCannotCarry(final BadgeStyle style) throws Exception {
        String text = "a\u0000b\u0007c\uFFFEd\uD800e\u202Ef";
        SvgDocument svg = SvgDocument.parse(renderer.render(Badge.of(text, text, BadgeColor.BLUE).withStyle(style)));

        assertThat(svg.visibleTexts()).extracting(Element::getTextContent).containsExactly("abcdef", "abcdef");
    }

    @Property(tries = 300)
    void shouldAlwaysProduceWellFormedSvgShowingTheCleanedText(@ForAll @StringLength(max = 150) final String label,
            @ForAll @StringLength(max = 150) final String message) throws Exception {
        Badge badge = Badge.of(label, message, BadgeColor.BLUE);
        SvgDocument svg = SvgDocument.parse(renderer.render(badge));

        List<String> shown = svg.visibleTexts().stream().map(Element::getTextContent).toList();
        String expectedMessage = BadgeText.clean(message).isEmpty() ? "unknown" : BadgeText.clean(message);
        if (BadgeText.clean(label).isEmpty()) {
            assertThat(shown).containsExactly(expectedMessage);
        } else {
            assertThat(shown).containsExactly(BadgeText.clean(label), expectedMessage);
        }
    }

    private static List<String> attributeNames(final Element element) {
        NamedNodeMap attributes = element.getAttributes();
        return java.util.stream.IntStream.range(0, attributes.getLength())
                .mapToObj(i -> ((Attr) attributes.item(i)).getName()).toList();
    }
}
