package io.jenkins.plugins.perftracker.core.badge;

/**
 * Cleans and escapes badge text, which may come from untrusted query parameters or payloads. Cleaning keeps
 * only characters XML 1.0 allows (so the SVG stays well-formed), drops invisible format characters (bidi
 * overrides), turns line breaks and tabs into spaces and bounds the length; escaping makes every character of markup inert inside text and attribute values.
 */
public final class BadgeText {
    /** The longest text a badge shows, in code points; longer text ends with an ellipsis. */
    public static final int MAX_LENGTH = 128;

    private BadgeText() {
    }

    /** The text without characters XML forbids, with whitespace runs collapsed, trimmed and bounded. */
    public static String clean(final String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_LENGTH + 1));
        int count = 0;
        for (int i = 0; i < text.length() && count <= MAX_LENGTH; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            int kept = Character.isWhitespace(cp) || Character.isSpaceChar(cp) ? ' ' : cp;
            if (isXmlChar(kept) && !isFormatChar(kept) && !isCollapsedSpace(out, kept)) {
                out.appendCodePoint(kept);
                count++;
            }
        }
        return truncate(out.toString().trim(), MAX_LENGTH);
    }

    /** The text cut to at most {@code max} code points, the last being an ellipsis when cut. */
    static String truncate(final String text, final int max) {
        if (text.codePointCount(0, text.length()) <= max) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, max - 1)) + '\u2026';
    }

    /** Escapes the five XML special characters and drops characters XML forbids. */
    public static String escapeXml(final String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (isXmlChar(cp)) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }

    /** XML 1.0's Char production, without the C0/C1 controls that have no business in a badge. */
    static boolean isXmlChar(final int cp) {
        return cp == '\t' || cp == '\n' || cp == '\r'
                || cp >= 0x20 && cp < 0x7F
                || cp >= 0xA0 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    /** Bidirectional overrides and other invisible format characters could make a badge lie. */
    private static boolean isFormatChar(final int cp) {
        return Character.getType(cp) == Character.FORMAT;
    }

    private static boolean isCollapsedSpace(final StringBuilder out, final int cp) {
        return cp == ' ' && (out.length() == 0 || out.charAt(out.length() - 1) == ' ');
    }
}
