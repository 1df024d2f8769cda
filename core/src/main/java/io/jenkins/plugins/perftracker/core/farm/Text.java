package io.jenkins.plugins.perftracker.core.farm;

import io.jenkins.plugins.perftracker.core.model.InvalidValueException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/** Validation of the farm's untrusted text: bounded, trimmed, and restricted where it ends up in links or ids. */
final class Text {
    /** Ids, labels and credential ids: one token, no whitespace or markup characters. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._:@/+=-]+");
    private static final Pattern COLOR = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
    static final int MAX_LINK = 512;
    static final int MAX_TOKEN = 128;

    private Text() {
    }

    static String required(final String field, final String text, final int max) {
        String value = optional(field, text, max);
        if (value.isEmpty()) {
            throw new InvalidValueException(field, "must not be empty");
        }
        return value;
    }

    static String optional(final String field, final String text, final int max) {
        String value = text == null ? "" : text.strip();
        if (value.length() > max) {
            throw new InvalidValueException(field, "at most " + max + " characters expected but was " + value.length());
        }
        return xmlSafe(field, value);
    }

    /** Refuses characters XML 1.0 cannot carry, so that a saved farm can always be read again. */
    private static String xmlSafe(final String field, final String value) {
        for (int i = 0; i < value.length(); i++) {
            int c = value.codePointAt(i);
            boolean legal = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                    || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
            if (!legal) {
                throw new InvalidValueException(field, String.format("character U+%04X at %d is not allowed", c, i));
            }
            i += Character.charCount(c) - 1;
        }
        return value;
    }

    /** A single token such as a label, project or credentials id; empty allowed. */
    static String token(final String field, final String text) {
        String value = optional(field, text, MAX_TOKEN);
        if (!value.isEmpty() && !TOKEN.matcher(value).matches()) {
            throw new InvalidValueException(field, "letters, digits and ._:@/+=- expected but was '" + value + "'");
        }
        return value;
    }

    static Set<String> tokens(final String field, final Collection<String> values) {
        Set<String> result = new TreeSet<>();
        for (String value : values == null ? Set.<String>of() : values) {
            result.add(required(field, token(field, value), MAX_TOKEN));
        }
        return Collections.unmodifiableSet(result);
    }

    /** A link shown in the UI: only absolute http(s) URLs, so that no javascript: or data: link is stored. */
    static String link(final String field, final String text) {
        String value = optional(field, text, MAX_LINK);
        if (value.isEmpty()) {
            return value;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return value;
            }
        }
        catch (URISyntaxException e) {
            // reported below with the field name
        }
        throw new InvalidValueException(field, "an absolute http(s) URL expected but was '" + value + "'");
    }

    static Map<String, String> links(final String field, final Map<String, String> links) {
        Map<String, String> result = new TreeMap<>();
        if (links != null) {
            links.forEach((name, url) -> {
                String key = required(field + " name", token(field + " name", name), MAX_TOKEN);
                result.put(key, link(field + "." + key, url));
            });
        }
        return Collections.unmodifiableMap(result);
    }

    static String color(final String field, final String text) {
        String value = text == null ? "" : text.strip();
        if (!COLOR.matcher(value).matches()) {
            throw new InvalidValueException(field, "a colour #rgb or #rrggbb expected but was '" + value + "'");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    static int nonNegative(final String field, final int value) {
        if (value < 0) {
            throw new InvalidValueException(field, "must not be negative but was " + value);
        }
        return value;
    }

    static double nonNegative(final String field, final double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidValueException(field, "a finite, non-negative number expected but was " + value);
        }
        return value;
    }
}
