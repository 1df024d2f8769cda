package io.jenkins.plugins.perftracker.core.badge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a badge URL under {@code /perftracker/badge/} asks for, read from the path (untrusted, bounded):
 * <ul>
 *   <li>{@code buildtime/<job full name>/<type>/<interval>}: a Jenkins job's build-time badge (Buildtime Trend's
 *       {@code /badge/<owner>/<repo>/<type>/<interval>}; both type and interval are required so that a job
 *       named like a type is never misread);</li>
 *   <li>{@code travis/<owner>/<repo>/<type>/<interval>}: the same for an imported Travis repository;</li>
 *   <li>{@code verdict/<job full name>}: the verdict of the job's last published build;</li>
 *   <li>{@code series/<job full name>}: the latest value of a series named by query parameters;</li>
 *   <li>{@code regressions/<job full name>}: the open regressions of the tag named by {@code ?tag=}.</li>
 * </ul>
 * Each segment is percent-decoded as UTF-8 ({@code +} stays a plus, as in a path); a job full name is its
 * segments joined by {@code /}, as Jenkins writes full names of jobs in folders.
 */
public record BadgePath(Kind kind, String subject, Optional<BuildtimeBadgeType> type,
        Optional<BadgeInterval> interval) {
    /** Longer paths are not badge URLs. */
    static final int MAX_PATH_CHARS = 1024;

    /** The badge families. */
    public enum Kind {
        BUILDTIME, TRAVIS, VERDICT, SERIES, REGRESSIONS;

        /** The first path segment naming this kind. */
        public String segment() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The badge the path names, or empty when it names none (the root action then answers the 404 badge). */
    public static Optional<BadgePath> parse(final String path) {
        if (path == null || path.length() > MAX_PATH_CHARS) {
            return Optional.empty();
        }
        Optional<List<String>> decoded = segments(path);
        if (decoded.isEmpty() || decoded.get().size() < 2) {
            return Optional.empty();
        }
        List<String> parts = decoded.get();
        Optional<Kind> kind = kind(parts.get(0));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        List<String> rest = parts.subList(1, parts.size());
        return switch (kind.get()) {
            case BUILDTIME, TRAVIS -> timed(kind.get(), rest);
            default -> Optional.of(new BadgePath(kind.get(), String.join("/", rest), Optional.empty(),
                    Optional.empty()));
        };
    }

    /** The path of this badge, each segment percent-encoded: the inverse of {@link #parse}. */
    public String toPath() {
        StringBuilder path = new StringBuilder(kind.segment());
        for (String segment : subject.split("/", -1)) {
            path.append('/').append(encode(segment));
        }
        type.ifPresent(t -> path.append('/').append(t.getId()));
        interval.ifPresent(i -> path.append('/').append(i.getId()));
        return path.toString();
    }

    private static Optional<BadgePath> timed(final Kind kind, final List<String> rest) {
        if (rest.size() < 3 || kind == Kind.TRAVIS && rest.size() != 4) {
            return Optional.empty();
        }
        String typeId = rest.get(rest.size() - 2);
        String intervalId = rest.get(rest.size() - 1);
        BuildtimeBadgeType type = BuildtimeBadgeType.parse(typeId);
        BadgeInterval interval = BadgeInterval.parse(intervalId);
        if (!type.getId().equals(typeId) || !interval.getId().equals(intervalId)) {
            return Optional.empty();
        }
        return Optional.of(new BadgePath(kind, String.join("/", rest.subList(0, rest.size() - 2)), Optional.of(type),
                Optional.of(interval)));
    }

    private static Optional<Kind> kind(final String segment) {
        for (Kind kind : Kind.values()) {
            if (kind.segment().equals(segment)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The decoded, non-empty segments; empty when a segment is empty, {@code .}, {@code ..} or badly encoded. */
    private static Optional<List<String>> segments(final String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        trimmed = trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
        List<String> segments = new ArrayList<>();
        for (String raw : trimmed.split("/", -1)) {
            Optional<String> segment = decode(raw);
            if (segment.isEmpty() || segment.get().isEmpty() || ".".equals(segment.get())
                    || "..".equals(segment.get()) || segment.get().indexOf('/') >= 0) {
                return Optional.empty();
            }
            segments.add(segment.get());
        }
        return Optional.of(segments);
    }

    private static Optional<String> decode(final String raw) {
        try {
            return Optional.of(java.net.URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Percent-encodes a path segment: everything but RFC 3986's unreserved characters. */
    static String encode(final String segment) {
        StringBuilder out = new StringBuilder();
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0)) {
                out.append(c);
            } else {
                out.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return out.toString();
    }
}
