package io.jenkins.plugins.perftracker.core.farm;

import io.jenkins.plugins.perftracker.core.model.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LockTypeTest {
    @Test
    void shouldProvidePerfTrackersDefaultType() {
        assertThat(LockType.DEFAULT.getName()).isEqualTo("Default lock type");
        assertThat(LockType.DEFAULT.getBackground()).isEqualTo("#777");
        assertThat(LockType.DEFAULT.getForeground()).isEqualTo("#fff");
        assertThat(LockType.DEFAULT.isExpiring()).isFalse();
        assertThat(LockType.DEFAULT.isOutOfService()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"#003399,#003399", "#ABC,#abc", " #fFfFfF ,#ffffff"})
    void shouldAcceptShortAndLongHexColours(final String given, final String stored) {
        assertThat(LockType.of("Autotest", given, "#fff").getBackground()).isEqualTo(stored);
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "#12", "#1234", "#12345g", "#1234567", "", "rgb(1,2,3)", "#fff;x:y"})
    void shouldRefuseAnythingElseAsColour(final String colour) {
        assertThatThrownBy(() -> LockType.of("Autotest", "#fff", colour))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("foreground: a colour #rgb or #rrggbb expected");
    }

    @Test
    void shouldChangeOneRuleAtATime() {
        LockType maintenance = LockType.of("Maintenance", "#c00", "#fff").withOrder(2).withOutOfService(true);

        assertThat(maintenance.isOutOfService()).isTrue();
        assertThat(maintenance.isExpiring()).isFalse();
        assertThat(maintenance.getOrder()).isEqualTo(2);
        assertThat(maintenance.withExpiring(true)).isNotEqualTo(maintenance)
                .satisfies(t -> assertThat(t.isExpiring()).isTrue());
        assertThat(LockType.of("Maintenance", "#c00", "#fff").withOrder(2).withOutOfService(true))
                .isEqualTo(maintenance).hasSameHashCodeAs(maintenance);
    }
}
