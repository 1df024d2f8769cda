package io.jenkins.plugins.perftracker.core.badge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The query parameters of a badge request, validated and bounded: {@code type}, {@code interval},
 * {@code style}, {@code label} (replaces the subject), {@code labelColor} and {@code format}
 * ({@code svg} or {@code json}). Unknown values fall back to the defaults the seed used and are reported
 * in {@link #getProblems()}; nothing from the request reaches a badge without being cleaned.
 */
public final class BadgeRequest {
    /** Longer parameter values are ignored. */
    static final int MAX_VALUE_LENGTH = 256;
    /** The longest label override, in code points. */
    public static final int MAX_LABEL_LENGTH = 64;

    /** What the request asks to receive. */
    public enum Format { SVG, JSON }

    private final BuildtimeBadgeType type;
    private final BadgeInterval interval;
    private final BadgeStyle style;
    private final Optional<String> label;
    private final Optional<BadgeColor> labelColor;
    private final Format format;
    private final List<String> problems;

    private BadgeRequest(final Map<String, String[]> parameters) {
        List<String> found = new ArrayList<>();
        Params params = new Params(parameters, found);
        this.type = params.choice("type", BuildtimeBadgeType::parse, BuildtimeBadgeType::getId);
        this.interval = params.choice("interval", BadgeInterval::parse, BadgeInterval::getId);
        this.style = params.choice("style", BadgeStyle::parse, BadgeStyle::getId);
        this.format = "json".equals(params.value("format").map(s -> s.toLowerCase(Locale.ROOT)).orElse("svg"))
                ? Format.JSON : Format.SVG;
        this.label = params.value("label").map(BadgeRequest::boundedLabel);
        this.labelColor = params.value("labelColor").flatMap(text -> {
            Optional<BadgeColor> color = BadgeColor.parse(text);
            if (color.isEmpty()) {
                found.add("labelColor: a colour name or hex expected, ignored");
            }
            return color;
        });
        this.problems = List.copyOf(found);
    }

    /** Reads the parameters as a servlet container hands them over (only the first value of each counts). */
    public static BadgeRequest parse(final Map<String, String[]> parameters) {
        return new BadgeRequest(parameters == null ? Map.of() : parameters);
    }

    /** The badge with this request's style, label and label colour applied. */
    public Badge apply(final Badge badge) {
        Badge styled = badge.withStyle(style);
        Badge labelled = label.map(styled::withLabel).orElse(styled);
        return labelColor.map(labelled::withLabelColor).orElse(labelled);
    }

    public BuildtimeBadgeType getType() {
        return type;
    }

    public BadgeInterval getInterval() {
        return interval;
    }

    public BadgeStyle getStyle() {
        return style;
    }

    public Optional<String> getLabel() {
        return label;
    }

    public Format getFormat() {
        return format;
    }

    /** Values that were ignored or replaced by a default, for a debug log; never shown in the badge. */
    public List<String> getProblems() {
        return problems;
    }

    private static String boundedLabel(final String text) {
        return BadgeText.truncate(BadgeText.clean(text), MAX_LABEL_LENGTH);
    }
}
