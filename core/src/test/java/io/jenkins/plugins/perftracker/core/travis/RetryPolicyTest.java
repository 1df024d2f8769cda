package io.jenkins.plugins.perftracker.core.travis;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.*;

class RetryPolicyTest {
    @ParameterizedTest
    @CsvSource({"1, 60", "2, 120", "3, 240", "4, 480", "5, 960"})
    void shouldDoubleTheDelayFromTheBase(final int retry, final long seconds) {
        assertThat(RetryPolicy.DEFAULTS.delayBefore(retry)).contains(Duration.ofSeconds(seconds));
    }

    @Test
    void shouldGiveUpAfterFiveRetries() {
        assertThat(RetryPolicy.DEFAULTS.delayBefore(6)).isEmpty();
        assertThat(RetryPolicy.DEFAULTS.delayBefore(0)).isEmpty();
    }

    @Test
    void shouldCapTheDelay() {
        RetryPolicy policy = new RetryPolicy(40, Duration.ofSeconds(1000), Duration.ofSeconds(1800));

        assertThat(policy.delayBefore(2)).contains(Duration.ofSeconds(1800));
        assertThat(policy.delayBefore(40)).contains(Duration.ofSeconds(1800));
    }

    @Test
    void shouldRetryOnlyFailuresThatMayPass() {
        RetryPolicy policy = new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(1));

        assertThat(policy.afterFailure(1, new TravisApiException("u", 0, "timeout"))).contains(Duration.ofSeconds(2));
        assertThat(policy.afterFailure(2, new TravisApiException("u", 503, "down"))).contains(Duration.ofSeconds(4));
        assertThat(policy.afterFailure(1, new TravisApiException("u", 429, "slow down"))).isPresent();
        assertThat(policy.afterFailure(1, new TravisApiException("u", 404, "not found"))).isEmpty();
        assertThat(policy.afterFailure(1, new TravisApiException("u", 403, "forbidden"))).isEmpty();
    }

    @Test
    void shouldRefuseInconsistentSettings() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetryPolicy(-1, Duration.ofSeconds(1), Duration.ofSeconds(1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetryPolicy(1, Duration.ofSeconds(10), Duration.ofSeconds(1)));
    }
}
