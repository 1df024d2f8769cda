package io.jenkins.plugins.perftracker.core.travis;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads the {@code payload} field from a raw {@code application/x-www-form-urlencoded} body, decoding it as
 * UTF-8 whatever charset the container assumes: Travis sends no charset, and a payload decoded as ISO-8859-1
 * (a commit message with an umlaut) no longer matches its signature. Bounded in size.
 */
public final class WebhookForm {
    /** The payload limit plus room for percent-encoding (each byte may take three characters). */
    public static final int MAX_BODY_BYTES = 3 * TravisPayloadParser.MAX_PAYLOAD_CHARS + 64;
    private static final String FIELD = "payload";

    private WebhookForm() {
    }

    /** The decoded {@code payload} value of the body; reads at most {@link #MAX_BODY_BYTES} + 1 bytes. */
    public static String payload(final InputStream body) throws IOException, TravisPayloadException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new TravisPayloadException("payload", "a form body of at most " + MAX_BODY_BYTES + " bytes expected");
        }
        return field(new String(bytes, StandardCharsets.US_ASCII), FIELD).orElseThrow(
                () -> new TravisPayloadException("payload", "a form field 'payload' expected but it is missing"));
    }

    /** The first value of the field in an urlencoded text, decoded as UTF-8. */
    static Optional<String> field(final String form, final String name) throws TravisPayloadException {
        for (String pair : form.split("&")) {
            int equals = pair.indexOf('=');
            String key = equals < 0 ? pair : pair.substring(0, equals);
            if (name.equals(decode(key))) {
                return Optional.of(equals < 0 ? "" : decode(pair.substring(equals + 1)));
            }
        }
        return Optional.empty();
    }

    private static String decode(final String text) throws TravisPayloadException {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new TravisPayloadException("payload", "valid percent-encoding expected: " + e.getMessage(), e);
        }
    }
}
