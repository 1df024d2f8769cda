package io.jenkins.plugins.perftracker.core.travis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers the verified webhook requests of the last {@code window}, so a captured request (a valid signature
 * or token with its payload) cannot be sent again to import the same build twice or to flood the import queue.
 * A request is known by the SHA-256 of its credential header and payload; at most {@code capacity} are kept,
 * the oldest forgotten first, so memory stays bounded whatever arrives. A window of zero remembers nothing.
 */
public final class ReplayGuard {
    /** One hour: Travis delivers a notification once, within seconds of the build's end. */
    public static final Duration DEFAULT_WINDOW = Duration.ofHours(1);
    /** Far more builds than a controller's Travis repositories finish in an hour. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private final Duration window;
    private final int capacity;
    private final Clock clock;
    private final Object lock = new Object();
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>(); // guarded by lock, oldest first

    public ReplayGuard(final Duration window, final int capacity, final Clock clock) {
        if (window.isNegative() || capacity < 1) {
            throw new IllegalArgumentException("A window >= 0 and a capacity >= 1 expected");
        }
        this.window = window;
        this.capacity = capacity;
        this.clock = clock;
    }

    /** The defaults on the system clock. */
    public static ReplayGuard defaults() {
        return new ReplayGuard(DEFAULT_WINDOW, DEFAULT_CAPACITY, Clock.systemUTC());
    }

    /**
     * Records the request and tells whether it is new: {@code false} when the same credential and payload were
     * recorded within the window (a replay).
     */
    public boolean firstSeen(final WebhookRequest request) {
        if (window.isZero()) {
            return true;
        }
        String key = fingerprint(request);
        Instant now = clock.instant();
        synchronized (lock) {
            forgetBefore(now.minus(window));
            if (seen.containsKey(key)) {
                return false;
            }
            if (seen.size() >= capacity) {
                Iterator<String> oldest = seen.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
            seen.put(key, now);
            return true;
        }
    }

    /** How many requests are remembered now. */
    public int size() {
        synchronized (lock) {
            forgetBefore(clock.instant().minus(window));
            return seen.size();
        }
    }

    private void forgetBefore(final Instant limit) {
        Iterator<Map.Entry<String, Instant>> entries = seen.entrySet().iterator();
        while (entries.hasNext() && !entries.next().getValue().isAfter(limit)) {
            entries.remove();
        }
    }

    static String fingerprint(final WebhookRequest request) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {request.signature(), request.authorization(), request.repoSlug(),
                    request.payload()}) {
                byte[] bytes = part == null ? new byte[0] : part.getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
