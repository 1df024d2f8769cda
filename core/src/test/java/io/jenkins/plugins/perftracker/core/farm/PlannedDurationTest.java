package io.jenkins.plugins.perftracker.core.farm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The step's {@code duration} and {@code hosts}/{@code label}/{@code quantity} arguments. */
class PlannedDurationTest {
    @ParameterizedTest
    @CsvSource({"2h,2", "90m,2", "30m,1", "1d,24", "1h30m,2", "1d 2h,26", "' 3H ',3", "'',0"})
    void shouldPlanWholeHoursRoundedUp(final String text, final int hours) {
        assertThat(PlannedDuration.hours(text)).isEqualTo(hours);
    }

    @Test
    void shouldRefuseWhatIsNoDuration() {
        assertThatThrownBy(() -> PlannedDuration.hours("2 hours")).hasMessageContaining("'2h', '90m'")
                .hasMessageContaining("was '2 hours'");
        assertThatThrownBy(() -> PlannedDuration.hours("400d")).hasMessageContaining("plannedHours");
    }

    @Test
    void shouldTakeEitherHostsOrALabel() {
        assertThat(HostDemand.from(List.of("s1", "s2"), null, 1).describe()).isEqualTo("hosts 's1', 's2'");
        assertThat(HostDemand.from(List.of(), "x86", 2).describe()).isEqualTo("2 hosts with label 'x86'");
        assertThatThrownBy(() -> HostDemand.from(List.of("s1"), "x86", 1)).hasMessageContaining("not both");
        assertThatThrownBy(() -> HostDemand.from(null, " ", 1)).hasMessageContaining("not neither");
        assertThatThrownBy(() -> HostDemand.from(List.of("s1", "s2"), null, 3))
                .hasMessageContaining("quantity 3 does not fit 2 named hosts");
    }
}
