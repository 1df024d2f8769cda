package io.jenkins.plugins.perftracker.core.badge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Strong entity tags derived from the response content (RFC 9110 §8.8.3), and the {@code If-None-Match}
 * check that lets a badge request end in 304. The same content always gives the same tag, across restarts
 * and controllers, because the renderer is deterministic.
 */
public final class ETags {
    /** Longer {@code If-None-Match} headers are ignored rather than parsed. */
    static final int MAX_HEADER_LENGTH = 8192;
    private static final int HASH_BYTES = 16;

    private ETags() {
    }

    /** A strong, quoted tag: the first 128 bits of the content's SHA-256, in hex. */
    public static String strong(final String content) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return '"' + HexFormat.of().formatHex(hash, 0, HASH_BYTES) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /**
     * Whether an {@code If-None-Match} header matches the tag, with the weak comparison RFC 9110 §13.1.2
     * prescribes: {@code *}, or any listed tag equal after dropping {@code W/}.
     */
    public static boolean matches(final String ifNoneMatch, final String etag) {
        if (ifNoneMatch == null || ifNoneMatch.length() > MAX_HEADER_LENGTH) {
            return false;
        }
        String opaque = stripWeak(etag.trim());
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if ("*".equals(tag) || stripWeak(tag).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String stripWeak(final String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
