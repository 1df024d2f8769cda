package io.jenkins.plugins.perftracker.core.badge;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class BadgeGeometryTest {
    private final TextWidths widths = TextWidths.dejaVuSans11();

    @Property
    void shouldPlaceEachTextInsideItsPart(
            @ForAll @CharRange(from = ' ', to = '~') @StringLength(min = 1, max = 40) final String label,
            @ForAll @CharRange(from = ' ', to = '~') @StringLength(min = 1, max = 40) final String message) {
        BadgeGeometry geometry = BadgeGeometry.of(label, message, widths);

        assertThat(geometry.width()).isEqualTo(geometry.leftWidth() + geometry.rightWidth());
        assertThat(geometry.leftWidth()).isEqualTo(geometry.labelTextWidth() + 10);
        assertThat(geometry.rightWidth()).isEqualTo(geometry.messageTextWidth() + 10);
        assertThat(geometry.labelTextWidth() % 2).isEqualTo(1);
        assertThat(geometry.messageTextWidth() % 2).isEqualTo(1);
        assertThat(geometry.labelX()).isBetween(0, 10 * geometry.leftWidth());
        assertThat(geometry.messageX()).isBetween(10 * geometry.leftWidth() - 10, 10 * geometry.width());
    }

    @Property
    void shouldGrowWithTheText(@ForAll @CharRange(from = 'a', to = 'z') @StringLength(max = 30) final String text) {
        BadgeGeometry shorter = BadgeGeometry.of("label", text, widths);
        BadgeGeometry longer = BadgeGeometry.of("label", text + "mm", widths);

        assertThat(longer.width()).isGreaterThan(shorter.width());
        assertThat(longer.leftWidth()).isEqualTo(shorter.leftWidth());
    }

    @Test
    void shouldLeaveNoLabelPartWithoutALabel() {
        BadgeGeometry geometry = BadgeGeometry.of("", "passing", widths);

        assertThat(geometry.leftWidth()).isZero();
        assertThat(geometry.labelTextWidth()).isZero();
        assertThat(geometry.width()).isEqualTo(geometry.rightWidth());
    }
}
