package io.jenkins.plugins.perftracker.core.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.jenkins.plugins.perftracker.core.model.Unit.Dimension;
import io.jenkins.plugins.perftracker.core.model.Unit.Direction;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import static org.assertj.core.api.Assertions.*;
import static org.assertj.core.api.Assertions.within;

class UnitTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "ns, TIME, s, 1e-9, LESS_IS_BETTER",
            "us, TIME, s, 1e-6, LESS_IS_BETTER",
            "µs, TIME, s, 1e-6, LESS_IS_BETTER",
            "μs, TIME, s, 1e-6, LESS_IS_BETTER",
            "ms, TIME, s, 1e-3, LESS_IS_BETTER",
            "s, TIME, s, 1, LESS_IS_BETTER",
            "seconds, TIME, s, 1, LESS_IS_BETTER",
            "min, TIME, s, 60, LESS_IS_BETTER",
            "ns/op, TIME_PER, s/op, 1e-9, LESS_IS_BETTER",
            "us/op, TIME_PER, s/op, 1e-6, LESS_IS_BETTER",
            "ms/op, TIME_PER, s/op, 1e-3, LESS_IS_BETTER",
            "s/op, TIME_PER, s/op, 1, LESS_IS_BETTER",
            "ns/iter, TIME_PER, s/op, 1e-9, LESS_IS_BETTER",
            "ops/s, RATE, op/s, 1, MORE_IS_BETTER",
            "ops/sec, RATE, op/s, 1, MORE_IS_BETTER",
            "loops/sec, RATE, op/s, 1, MORE_IS_BETTER",
            "ops/ms, RATE, op/s, 1e3, MORE_IS_BETTER",
            "ops/us, RATE, op/s, 1e6, MORE_IS_BETTER",
            "ops/min, RATE, op/s, 0.016666666666666666, MORE_IS_BETTER",
            "req/s, RATE, req/s, 1, MORE_IS_BETTER",
            "items/s, RATE, items/s, 1, MORE_IS_BETTER",
            "MB/s, RATE, B/s, 1e6, MORE_IS_BETTER",
            "MB/sec, RATE, B/s, 1e6, MORE_IS_BETTER",
            "B/op, SIZE_PER, B/op, 1, LESS_IS_BETTER",
            "KiB/op, SIZE_PER, B/op, 1024, LESS_IS_BETTER",
            "allocs/op, COUNT_PER, allocs/op, 1, LESS_IS_BETTER",
            "bytes, SIZE, B, 1, LESS_IS_BETTER",
            "MB, SIZE, B, 1e6, LESS_IS_BETTER",
            "%, PERCENT, %, 1, UNKNOWN",
            "counts, OTHER, counts, 1, UNKNOWN",
            "parts/op, COUNT_PER, parts/op, 1, UNKNOWN"
    })
    void shouldParseUnitsIntoDimensionFactorAndDirection(final String text, final Dimension dimension,
            final String base, final double factor, final Direction direction) {
        Unit unit = Unit.valueOf(text);

        assertThat(unit.getText()).isEqualTo(text);
        assertThat(unit.getDimension()).isEqualTo(dimension);
        assertThat(unit.getBaseUnit()).isEqualTo(base);
        assertThat(unit.getFactor()).isCloseTo(factor, within(factor * 1e-12));
        assertThat(unit.getDirection()).isEqualTo(direction);
    }

    @Test
    void shouldConvertBetweenComparableUnits() {
        assertThat(Unit.valueOf("ms").convert(1.5, Unit.valueOf("us"))).isCloseTo(1500.0, within(1e-9));
        assertThat(Unit.valueOf("ops/ms").convert(2, Unit.valueOf("ops/s"))).isCloseTo(2000.0, within(1e-9));
        assertThat(Unit.valueOf("ns/op").toBase(250)).isCloseTo(2.5e-7, within(1e-18));
    }

    @Test
    void shouldRefuseToConvertBetweenDimensions() {
        assertThat(Unit.valueOf("ns/op").isComparableWith(Unit.valueOf("ops/s"))).isFalse();
        assertThat(Unit.valueOf("ns").isComparableWith(Unit.valueOf("ns/op"))).isFalse();
        assertThat(Unit.valueOf("req/s").isComparableWith(Unit.valueOf("ops/s"))).isFalse();
        assertThatThrownBy(() -> Unit.valueOf("ns").convert(1, Unit.valueOf("B")))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("'ns' cannot be converted to 'B'");
    }

    @Test
    void shouldKeepUnknownUnitsComparableOnlyWithThemselves() {
        Unit custom = Unit.valueOf("widgets");

        assertThat(custom.isComparableWith(Unit.valueOf("widgets"))).isTrue();
        assertThat(custom.isComparableWith(Unit.valueOf("gadgets"))).isFalse();
        assertThat(Unit.valueOf(null).getText()).isEmpty();
        assertThat(Unit.valueOf("ns/ms").getDirection()).isEqualTo(Direction.UNKNOWN);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(value = {"''", "'/'", "'ops/'", "'/s'", "'a/b/c'", "'  '"}, quoteCharacter = '\'')
    void shouldTreatDegenerateUnitsAsUnknownInsteadOfFailing(final String text) {
        Unit unit = Unit.valueOf(text);

        assertThat(unit.getText()).isEqualTo(text.trim());
        assertThat(unit.getFactor()).isEqualTo(1.0);
        assertThat(unit.isComparableWith(Unit.valueOf(text))).isTrue();
    }

    @Test
    void shouldSplitAtTheLastSlashSoThatNestedRatesStayApart() {
        Unit unit = Unit.valueOf("a/b/s");

        assertThat(unit.getDimension()).isEqualTo(Dimension.RATE);
        assertThat(unit.getBaseUnit()).isEqualTo("a/b/s");
        assertThat(unit.getDirection()).isEqualTo(Direction.MORE_IS_BETTER);
    }

    @Test
    void shouldFallBackWhenTheDirectionIsUnknown() {
        assertThat(Direction.UNKNOWN.isLessIsBetter(true)).isTrue();
        assertThat(Direction.UNKNOWN.isLessIsBetter(false)).isFalse();
        assertThat(Direction.MORE_IS_BETTER.isLessIsBetter(true)).isFalse();
        assertThat(Direction.LESS_IS_BETTER.isLessIsBetter(false)).isTrue();
    }

    @Test
    void shouldBeAValueWithItsTextAsIdentity() {
        assertThat(Unit.valueOf(" ns/op ")).isEqualTo(Unit.valueOf("ns/op")).hasSameHashCodeAs(Unit.valueOf("ns/op"));
        assertThat(Unit.valueOf("ns/op")).isNotEqualTo(Unit.valueOf("ns")).isNotEqualTo("ns/op");
    }

    @Property
    void shouldParseItsOwnStringForm(@ForAll final String text) {
        Unit unit = Unit.valueOf(text);

        Unit again = Unit.valueOf(unit.toString());
        assertThat(again).isEqualTo(unit);
        assertThat(again.getBaseUnit()).isEqualTo(unit.getBaseUnit());
        assertThat(again.getFactor()).isEqualTo(unit.getFactor());
    }

    @Property
    void shouldRoundTripConversionsWithinADimension(@ForAll final double value) {
        Unit ms = Unit.valueOf("ms");
        Unit ns = Unit.valueOf("ns");

        double back = ns.convert(ms.convert(value, ns), ms);
        if (Double.isFinite(value) && Math.abs(value) < 1e290) {
            assertThat(back).isCloseTo(value, within(Math.abs(value) * 1e-12));
        }
    }
}
