package io.jenkins.plugins.perftracker.core.travis;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class ReplayGuardTest {
    private final MutableClock clock = new MutableClock();

    private static WebhookRequest signed(final String signature, final String payload) {
        return new WebhookRequest(signature, null, null, payload);
    }

    @Test
    void shouldRecogniseARepeatWithinTheWindow() {
        ReplayGuard guard = new ReplayGuard(Duration.ofMinutes(60), 100, clock);

        assertThat(guard.firstSeen(signed("sig", "{}"))).isTrue();
        clock.advance(Duration.ofMinutes(59));
        assertThat(guard.firstSeen(signed("sig", "{}"))).isFalse();
    }

    @Test
    void shouldForgetARequestOnceTheWindowHasPassed() {
        ReplayGuard guard = new ReplayGuard(Duration.ofMinutes(60), 100, clock);
        guard.firstSeen(signed("sig", "{}"));

        clock.advance(Duration.ofMinutes(61));

        assertThat(guard.size()).isZero();
        assertThat(guard.firstSeen(signed("sig", "{}"))).isTrue();
    }

    @Test
    void shouldTellRequestsApartByEveryPart() {
        ReplayGuard guard = new ReplayGuard(Duration.ofMinutes(60), 100, clock);
        guard.firstSeen(new WebhookRequest("a", null, null, "b"));

        assertThat(guard.firstSeen(new WebhookRequest("a", null, null, "c"))).isTrue();
        assertThat(guard.firstSeen(new WebhookRequest(null, "a", null, "b"))).isTrue();
        assertThat(guard.firstSeen(new WebhookRequest(null, "a", "o/r", "b"))).isTrue();
        assertThat(guard.firstSeen(new WebhookRequest("ab", null, null, ""))).as("parts are length-prefixed").isTrue();
    }

    @Test
    void shouldKeepAtMostItsCapacityForgettingTheOldestFirst() {
        ReplayGuard guard = new ReplayGuard(Duration.ofMinutes(60), 3, clock);
        for (int i = 0; i < 5; i++) {
            guard.firstSeen(signed("sig" + i, "{}"));
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(guard.size()).isEqualTo(3);
        assertThat(guard.firstSeen(signed("sig4", "{}"))).isFalse();
        assertThat(guard.firstSeen(signed("sig0", "{}"))).as("evicted, so no longer known").isTrue();
    }

    @Test
    void shouldRememberNothingWithAZeroWindow() {
        ReplayGuard guard = new ReplayGuard(Duration.ZERO, 3, clock);

        assertThat(guard.firstSeen(signed("sig", "{}"))).isTrue();
        assertThat(guard.firstSeen(signed("sig", "{}"))).isTrue();
    }

    @Test
    void shouldRefuseNonsenseSettings() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReplayGuard(Duration.ofSeconds(-1), 3, clock));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReplayGuard(Duration.ofSeconds(1), 0, clock));
    }
}
