package io.jenkins.plugins.perftracker.core.travis;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/** Real RSA key pairs and Travis-style signatures made in the test. */
final class RsaKeys {
    private static final KeyPair TRAVIS = generate();
    private static final KeyPair STRANGER = generate();

    private RsaKeys() {
    }

    static KeyPair travis() {
        return TRAVIS;
    }

    static KeyPair stranger() {
        return STRANGER;
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What Travis puts in the Signature header: base64(RSA-SHA1(payload)). */
    static String sign(final String payload, final PrivateKey key) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("SHA1withRSA");
        signer.initSign(key);
        signer.update(payload.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signer.sign());
    }

    /** The key as Travis' /config shows it. */
    static String pem(final PublicKey key) {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(key.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }
}
