package io.jenkins.plugins.perftracker.core.travis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Travis' legacy {@code Authorization} header: hex SHA-256 of the repository slug followed by the account token. */
public final class TokenCheck {
    private TokenCheck() {
    }

    /** The header value Travis sends for the slug and token. */
    public static String expected(final String slug, final String token) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((slug + token).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** Whether the header matches, compared in constant time ({@link MessageDigest#isEqual}). */
    public static boolean matches(final String header, final String slug, final String token) {
        if (header == null || token == null || token.isEmpty()) {
            return false;
        }
        byte[] given = header.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        byte[] wanted = expected(slug, token).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, wanted);
    }
}
