package io.jenkins.plugins.perftracker.core.badge;

import java.nio.charset.StandardCharsets;

/**
 * The HTTP answer to a badge request, ready to copy to the response: status, headers and body. A 304 answer
 * has an empty body.
 *
 * @param status       200, 304 or 404
 * @param contentType  {@code image/svg+xml;charset=utf-8} or {@code application/json;charset=utf-8}
 * @param etag         the strong entity tag of the full body
 * @param cacheControl the {@code Cache-Control} header value
 * @param body         the SVG or JSON text, empty for 304
 */
public record BadgeAnswer(int status, String contentType, String etag, String cacheControl, String body) {
    public static final int OK = 200;
    public static final int NOT_MODIFIED = 304;
    public static final int NOT_FOUND = 404;

    /** The body as the bytes to send. */
    public byte[] bodyBytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
