package io.jenkins.plugins.perftracker.core.travis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Test resources under {@code /travis/}. */
final class Resources {
    private Resources() {
    }

    static String text(final String path) {
        try (InputStream in = Resources.class.getResourceAsStream("/travis/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource /travis/" + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The real Travis webhook payload (zulip/zulip fixture). */
    static String payload() {
        return text("webhook/build.json");
    }
}
