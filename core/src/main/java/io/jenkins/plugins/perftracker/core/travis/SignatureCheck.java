package io.jenkins.plugins.perftracker.core.travis;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/** Travis' {@code Signature} header: base64 of an RSA signature with SHA-1 over the raw payload value. */
public final class SignatureCheck {
    /** An RSA-4096 signature is 512 bytes, 684 in base64; anything much longer is not a signature. */
    static final int MAX_HEADER_CHARS = 2048;

    private SignatureCheck() {
    }

    /**
     * Whether the header is a valid signature of the payload (its UTF-8 bytes) by the key; never with an RSA key
     * shorter than {@link PemPublicKeys#MIN_RSA_BITS}, whatever source it came from.
     */
    public static boolean verify(final String payload, final String signatureHeader, final PublicKey key) {
        if (signatureHeader == null || signatureHeader.length() > MAX_HEADER_CHARS || !PemPublicKeys.isStrong(key)) {
            return false;
        }
        try {
            byte[] signature = Base64.getMimeDecoder().decode(signatureHeader.trim());
            Signature verifier = Signature.getInstance("SHA1withRSA");
            verifier.initVerify(key);
            verifier.update(payload.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(signature);
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            return false;
        }
    }
}
