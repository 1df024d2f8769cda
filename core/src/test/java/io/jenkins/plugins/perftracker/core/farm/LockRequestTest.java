package io.jenkins.plugins.perftracker.core.farm;

import io.jenkins.plugins.perftracker.core.model.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LockRequestTest {
    @Test
    void shouldUsePerfTrackersDefaults() {
        LockRequest manual = LockRequest.manual("My product perf job #123", "alice");

        assertThat(manual.isManual()).isTrue();
        assertThat(manual.getPlannedHours()).isEqualTo(24);
        assertThat(manual.getType()).isEqualTo(LockType.DEFAULT.getName());
        assertThat(manual.getBegin()).isEmpty();
        assertThat(LockRequest.automatic("nightly", "Jenkins").isManual()).isFalse();
        assertThat(manual).hasToString("'My product perf job #123' (alice)");
    }

    @Test
    void shouldChangeOneFieldPerCopy() {
        LockRequest base = LockRequest.manual("a", "b");
        LockRequest changed = base.withTitle("c").withOwner("d").withPlannedHours(0).withType("Autotest")
                .withBegin(Farms.T0);

        assertThat(changed.getTitle()).isEqualTo("c");
        assertThat(changed.getOwner()).isEqualTo("d");
        assertThat(changed.getPlannedHours()).isZero();
        assertThat(changed.getType()).isEqualTo("Autotest");
        assertThat(changed.getBegin()).contains(Farms.T0);
        assertThat(base.getTitle()).isEqualTo("a");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 24 * 366 + 1, Integer.MAX_VALUE, Integer.MIN_VALUE})
    void shouldRefusePlansOutsideAYear(final int hours) {
        assertThatThrownBy(() -> LockRequest.manual("a", "b").withPlannedHours(hours))
                .isInstanceOf(InvalidValueException.class)
                .hasMessage("plannedHours: 0..8784 expected but was " + hours);
    }

    @Test
    void shouldBoundTitleAndOwnerLikePerfTrackersColumns() {
        assertThat(LockRequest.manual("t".repeat(128), "o".repeat(64)).getTitle()).hasSize(128);
        assertThatThrownBy(() -> LockRequest.manual("t".repeat(129), "o"))
                .hasMessage("title: at most 128 characters expected but was 129");
        assertThatThrownBy(() -> LockRequest.manual("t", "o".repeat(65)))
                .hasMessage("owner: at most 64 characters expected but was 65");
        assertThatThrownBy(() -> LockRequest.manual("t", "o").withType(" "))
                .hasMessage("type: must not be empty");
    }

    @Test
    void shouldAllowAnEmptyTitleAndOwnerAsPerfTrackerDid() {
        LockRequest request = LockRequest.manual(null, null);

        assertThat(request.getTitle()).isEmpty();
        assertThat(request.getOwner()).isEmpty();
    }

    @Test
    void shouldValidateEditsWhenTheyAreMade() {
        assertThatThrownBy(() -> LockEdit.none().withTitle("t".repeat(129))).hasMessageStartingWith("title:");
        assertThatThrownBy(() -> LockEdit.none().withOwner("o".repeat(65))).hasMessageStartingWith("owner:");
        assertThatThrownBy(() -> LockEdit.none().withType("")).hasMessage("type: must not be empty");
        assertThat(LockEdit.none().withTitle("x").title()).contains("x");
        assertThat(LockEdit.none().title()).isEmpty();
    }
}
