package io.jenkins.plugins.perftracker.core.travis;

import java.time.Duration;
import java.util.Optional;

/**
 * Retries of a failed build import with exponential backoff: the n-th retry (n from 1) waits
 * {@code base × 2^(n-1)}, at most {@code cap}; after {@code maxRetries} retries the import gives up
 * (the seed retried 5 times, every 1800 s). Only failures that may pass are retried.
 */
public record RetryPolicy(int maxRetries, Duration base, Duration cap) {
    /** 5 retries from 60 s, at most the seed's 1800 s apart. */
    public static final RetryPolicy DEFAULTS = new RetryPolicy(5, Duration.ofSeconds(60), Duration.ofSeconds(1800));

    public RetryPolicy {
        if (maxRetries < 0 || base.isNegative() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("maxRetries >= 0 and 0 <= base <= cap expected");
        }
    }

    /** The wait before retry number {@code retry} (1 = first retry), or empty when retries are used up. */
    public Optional<Duration> delayBefore(final int retry) {
        if (retry < 1 || retry > maxRetries) {
            return Optional.empty();
        }
        int doublings = Math.min(retry - 1, 30);
        Duration delay = base.multipliedBy(1L << doublings);
        return Optional.of(delay.compareTo(cap) > 0 ? cap : delay);
    }

    /** The wait before the next try after {@code failure} on try {@code retry - 1}; empty to give up. */
    public Optional<Duration> afterFailure(final int retry, final TravisApiException failure) {
        return failure.isRetryable() ? delayBefore(retry) : Optional.empty();
    }
}
