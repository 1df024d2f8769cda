package io.jenkins.plugins.perftracker.core.ingest.kit;

/** Content checks on the head of a file, shared by the readers' {@code detect} methods. */
public final class Heads {
    private Heads() {
    }

    /** The first character that is not white space or a byte-order mark, or 0 for a blank head. */
    public static char firstChar(final String head) {
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (!Character.isWhitespace(c) && c != '\uFEFF') {
                return c;
            }
        }
        return 0;
    }

    /** Whether the head holds every one of these texts. */
    public static boolean containsAll(final String head, final String... needles) {
        for (String needle : needles) {
            if (!head.contains(needle)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the head holds at least one of these texts. */
    public static boolean containsAny(final String head, final String... needles) {
        for (String needle : needles) {
            if (head.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** A JSON key as it appears in a file, quoted: {@code key("mode")} is {@code "mode"} with the quotes. */
    public static String key(final String name) {
        return '"' + name + '"';
    }
}
