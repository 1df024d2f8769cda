package io.jenkins.plugins.perftracker.core.ingest;

/**
 * A short, escaped excerpt of untrusted file content for messages: at most {@link #MAX} characters, control
 * characters written as {@code \\uXXXX}, so a problem never carries more of a file than a reader needs to find it.
 */
public final class Excerpt {
    public static final int MAX = 60;

    private Excerpt() {
    }

    public static String of(final String text) {
        return of(text, MAX);
    }

    /** At most {@code max} characters of the text, escaped, with "…" when cut. */
    public static String of(final String text, final int max) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), max) + 8);
        int end = Math.min(text.length(), max);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            }
            else if (c < 0x20 || c == 0x7f || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            }
            else {
                out.append(c);
            }
        }
        return text.length() > max ? out.append('…').toString() : out.toString();
    }
}
