package io.jenkins.plugins.perftracker.core.badge;

/**
 * Turns a badge into its HTTP answer: SVG or shields.io endpoint JSON as the request asks, a content-derived
 * ETag, {@code 304} when {@code If-None-Match} matches, and a {@code Cache-Control} lifetime from the badge's
 * interval. Badges that anonymous users may see are {@code public} (GitHub's image proxy may keep them for
 * that long); others are {@code private}, so no shared cache hands one user's badge to another.
 */
public final class BadgeAnswers {
    /** Performance badges have no interval; shields.io's shortest endpoint lifetime. */
    public static final int PERF_MAX_AGE_SECONDS = EndpointJson.MIN_CACHE_SECONDS;
    static final String SVG = "image/svg+xml;charset=utf-8";
    static final String JSON = "application/json;charset=utf-8";

    private final SvgBadgeRenderer renderer = new SvgBadgeRenderer();

    /**
     * The answer for a badge that was found.
     *
     * @param badge         the badge before the request's style and label are applied
     * @param request       the query parameters
     * @param maxAgeSeconds how long the badge may be cached
     * @param ifNoneMatch   the {@code If-None-Match} header, or null
     * @param publicBadge   whether anonymous users may see this badge
     */
    public BadgeAnswer found(final Badge badge, final BadgeRequest request, final int maxAgeSeconds,
            final String ifNoneMatch, final boolean publicBadge) {
        return answer(BadgeAnswer.OK, request.apply(badge), request, maxAgeSeconds, ifNoneMatch,
                (publicBadge ? "public" : "private") + ", max-age=" + Math.max(0, maxAgeSeconds));
    }

    /**
     * The one answer for a missing job, a hidden job and a malformed badge URL alike, so a URL never tells
     * whether a job exists: 404 with the badge "perftracker | not found", never cached.
     */
    public BadgeAnswer notFound(final BadgeRequest request, final String ifNoneMatch) {
        return answer(BadgeAnswer.NOT_FOUND, request.apply(notFoundBadge()), request, 0, ifNoneMatch,
                "no-cache, no-store, private");
    }

    /** The badge of {@link #notFound}. */
    public static Badge notFoundBadge() {
        return Badge.of("perftracker", "not found", BadgeColor.LIGHTGREY);
    }

    private BadgeAnswer answer(final int status, final Badge badge, final BadgeRequest request,
            final int maxAgeSeconds, final String ifNoneMatch, final String cacheControl) {
        boolean json = request.getFormat() == BadgeRequest.Format.JSON;
        String body = json ? EndpointJson.of(badge, maxAgeSeconds) : renderer.render(badge);
        String etag = ETags.strong(body);
        String type = json ? JSON : SVG;
        if (status == BadgeAnswer.OK && ETags.matches(ifNoneMatch, etag)) {
            return new BadgeAnswer(BadgeAnswer.NOT_MODIFIED, type, etag, cacheControl, "");
        }
        return new BadgeAnswer(status, type, etag, cacheControl, body);
    }
}
