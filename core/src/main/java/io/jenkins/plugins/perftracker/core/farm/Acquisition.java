package io.jenkins.plugins.perftracker.core.farm;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** One pipeline's attempt to take a host: the checks, the take and the message when it waits in vain. */
final class Acquisition {
    /** The longest wait that still fits in nanoseconds with room to add System.nanoTime(). */
    private static final Duration MAX_WAIT = Duration.ofDays(365 * 100);
    private static final long ONE_MILLI = 1_000_000L;
    private static final int MAX_NAMED = 5;

    private final FarmState state;
    private final HostSelector selector;
    private final LockRequest request;

    Acquisition(final FarmState state, final HostSelector selector, final LockRequest request) {
        this.state = state;
        this.selector = selector;
        this.request = request;
        LockRules.checkType(state, request.getType());
    }

    static long nanos(final Duration timeout) {
        if (timeout.isNegative()) {
            return 0;
        }
        return timeout.compareTo(MAX_WAIT) > 0 ? MAX_WAIT.toNanos() : timeout.toNanos();
    }

    /** How long to sleep before the next lock ends by itself (at least 1 ms; forever if none will). */
    static long nanosUntil(final Optional<Instant> due, final Instant now) {
        return due.map(d -> Math.max(ONE_MILLI, nanos(Duration.between(now, d)))).orElse(Long.MAX_VALUE);
    }

    /** Takes the picked host; refuses at once when no host could ever match. */
    Optional<FarmLock> attempt(final Optional<String> picked, final Instant now) {
        if (picked.isPresent()) {
            return Optional.of(state.lock(request, List.of(picked.get()), now));
        }
        if (matching().isEmpty()) {
            throw new FarmException(selector.hostName().map(h -> "Unknown host '" + h + "'")
                    .orElse("No host matches " + selector.describe()));
        }
        return Optional.empty();
    }

    /** Names each matching host's holder, or that an earlier waiting request has it. */
    LockConflictException timedOut(final Duration timeout) {
        List<FarmHost> hosts = matching();
        String reasons = hosts.stream().limit(MAX_NAMED).map(this::reason).collect(Collectors.joining("; "));
        if (hosts.size() > MAX_NAMED) {
            reasons += "; and " + (hosts.size() - MAX_NAMED) + " more";
        }
        if (hosts.size() == 1 && timeout.isZero()) {
            return new LockConflictException(reasons);
        }
        return new LockConflictException("No host matching " + selector.describe() + " became free within "
                + timeout + ": " + reasons);
    }

    private String reason(final FarmHost host) {
        return state.conflict(host.getName(), 0).map(holder -> LockConflictException.message(host.getName(), holder))
                .or(() -> state.externalHolder(host.getName()).map(h -> LockConflictException.external(host.getName(), h)))
                .orElse("Host '" + host.getName() + "' is promised to an earlier waiting request");
    }

    private List<FarmHost> matching() {
        return state.hostsInOrder().stream().filter(selector::matches).toList();
    }
}
