package io.jenkins.plugins.perftracker.core.badge;

/**
 * shields.io's static-badge path notation, which Buildtime Trend's subjects are written in: {@code _} is a
 * space, {@code __} an underscore and {@code --} a dash.
 */
public final class ShieldsText {
    private ShieldsText() {
    }

    /** The displayed text of a path-notation text. */
    public static String decode(final String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean doubled = i + 1 < text.length() && text.charAt(i + 1) == c;
            if (c == '_' && doubled || c == '-' && doubled) {
                out.append(c);
                i++;
            } else {
                out.append(c == '_' ? ' ' : c);
            }
        }
        return out.toString();
    }
}
