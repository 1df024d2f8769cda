package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class FieldsTest {
    @Test
    void shouldSortIdsAsNumbersWhereTheyAreNumbers() {
        List<String> ids = new ArrayList<>(List.of("10.2", "9", "10", "b", "a10", "a9", "10.10", "007", "8", "0"));

        ids.sort(Fields.NATURAL);

        assertThat(ids).containsExactly("0", "007", "8", "9", "10", "10.2", "10.10", "a9", "a10", "b");
    }

    @Property
    void shouldOrderNumbersNumerically(@ForAll @IntRange(min = 0) final int a, @ForAll @IntRange(min = 0) final int b) {
        assertThat(Integer.signum(Fields.NATURAL.compare(String.valueOf(a), String.valueOf(b))))
                .isEqualTo(Integer.signum(Integer.compare(a, b)));
    }

    @Property
    void shouldBeAntisymmetric(@ForAll final String a, @ForAll final String b) {
        assertThat(Integer.signum(Fields.NATURAL.compare(a, b))).isEqualTo(-Integer.signum(Fields.NATURAL.compare(b, a)));
    }
}
