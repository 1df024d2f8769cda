package io.jenkins.plugins.perftracker.core.badge;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A badge colour: one of shields.io's named colours (and their aliases) or a 3- or 6-digit hex colour with
 * or without {@code #}. Other CSS colour syntaxes are refused on purpose: a colour ends up inside an SVG
 * attribute, so only values that cannot carry markup are accepted.
 */
public final class BadgeColor {
    private static final Map<String, String> NAMED = Map.of("brightgreen", "#4c1", "green", "#97ca00",
            "yellow", "#dfb317", "yellowgreen", "#a4a61d", "orange", "#fe7d37", "red", "#e05d44",
            "blue", "#007ec6", "grey", "#555", "lightgrey", "#9f9f9f");
    private static final Map<String, String> ALIASES = Map.of("gray", "grey", "lightgray", "lightgrey",
            "critical", "red", "important", "orange", "success", "brightgreen", "informational", "blue",
            "inactive", "lightgrey");
    private static final Pattern HEX = Pattern.compile("#?((?:[0-9a-f]{3}){1,2})");
    /** shields.io: text on backgrounds brighter than this is dark. */
    private static final double LIGHT_THRESHOLD = 0.69;

    public static final BadgeColor BRIGHTGREEN = named("brightgreen");
    public static final BadgeColor GREEN = named("green");
    public static final BadgeColor YELLOW = named("yellow");
    public static final BadgeColor ORANGE = named("orange");
    public static final BadgeColor RED = named("red");
    public static final BadgeColor BLUE = named("blue");
    public static final BadgeColor GREY = named("grey");
    public static final BadgeColor LIGHTGREY = named("lightgrey");

    private final String name;
    private final String svg;

    private BadgeColor(final String name, final String svg) {
        this.name = name;
        this.svg = svg;
    }

    private static BadgeColor named(final String name) {
        return new BadgeColor(name, NAMED.get(name));
    }

    /** Parses a named colour, an alias or a hex colour; empty for anything else (including null). */
    public static Optional<BadgeColor> parse(final String text) {
        if (text == null || text.length() > 32) {
            return Optional.empty();
        }
        String key = text.trim().toLowerCase(Locale.ROOT);
        String resolved = ALIASES.getOrDefault(key, key);
        if (NAMED.containsKey(resolved)) {
            return Optional.of(named(resolved));
        }
        var hex = HEX.matcher(key);
        return hex.matches() ? Optional.of(new BadgeColor(hex.group(1), "#" + hex.group(1))) : Optional.empty();
    }

    /** The canonical name: a shields.io colour name, or the hex digits without {@code #}. */
    public String getName() {
        return name;
    }

    /** The value for an SVG {@code fill}: always {@code #} and hex digits. */
    public String toSvg() {
        return svg;
    }

    /** shields.io's brightness in [0, 1]: (299 r + 587 g + 114 b) / 255000, rounded to two decimals. */
    public double brightness() {
        String digits = svg.substring(1);
        if (digits.length() == 3) {
            digits = digits.replaceAll("(.)", "$1$1");
        }
        int rgb = Integer.parseInt(digits, 16);
        double value = ((rgb >> 16) * 299 + (rgb >> 8 & 0xff) * 587 + (rgb & 0xff) * 114) / 255_000.0;
        return Math.round(value * 100) / 100.0;
    }

    /** Whether text on this background is drawn dark ({@code #333}) rather than white. */
    public boolean isLight() {
        return brightness() > LIGHT_THRESHOLD;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof BadgeColor && ((BadgeColor) o).svg.equals(svg) && ((BadgeColor) o).name.equals(name);
    }

    @Override
    public int hashCode() {
        return svg.hashCode() * 31 + name.hashCode();
    }

    @Override
    public String toString() {
        return name;
    }
}
