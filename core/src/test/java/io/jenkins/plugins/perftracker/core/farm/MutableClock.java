package io.jenkins.plugins.perftracker.core.farm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock the test moves by hand; thread-safe so that worker threads may read it. */
final class MutableClock extends Clock {
    private final AtomicReference<Instant> now;

    MutableClock(final Instant start) {
        now = new AtomicReference<>(start);
    }

    void advance(final Duration duration) {
        now.updateAndGet(t -> t.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(final ZoneId zone) {
        throw new UnsupportedOperationException("not needed");
    }
}
