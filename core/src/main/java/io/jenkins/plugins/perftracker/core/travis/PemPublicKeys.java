package io.jenkins.plugins.perftracker.core.travis;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an RSA public key in PEM: {@code BEGIN PUBLIC KEY} (X.509 SubjectPublicKeyInfo, what Travis' /config
 * returns) or {@code BEGIN RSA PUBLIC KEY} (PKCS#1, wrapped into SubjectPublicKeyInfo here).
 */
public final class PemPublicKeys {
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN (RSA )?PUBLIC KEY-----([A-Za-z0-9+/=\\s]+)-----END \\1?PUBLIC KEY-----");
    /** AlgorithmIdentifier of rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters, DER. */
    private static final byte[] RSA_ALGORITHM = {0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86,
            (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00};
    private static final int MAX_PEM_CHARS = 16 * 1024;
    /** The shortest RSA modulus accepted (NIST SP 800-131A: 2048 bits since 2014). */
    public static final int MIN_RSA_BITS = 2048;

    private PemPublicKeys() {
    }

    /** The RSA public key in the PEM text; a {@link GeneralSecurityException} names what is wrong. */
    public static PublicKey parse(final String pem) throws GeneralSecurityException {
        if (pem == null || pem.length() > MAX_PEM_CHARS) {
            throw new GeneralSecurityException("A PEM public key of at most " + MAX_PEM_CHARS + " characters expected");
        }
        Matcher matcher = PEM.matcher(pem);
        if (!matcher.find()) {
            throw new GeneralSecurityException("A PEM block 'BEGIN PUBLIC KEY' or 'BEGIN RSA PUBLIC KEY' expected");
        }
        byte[] der;
        try {
            der = Base64.getMimeDecoder().decode(matcher.group(2).replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            throw new GeneralSecurityException("The PEM body is not valid base64", e);
        }
        byte[] spki = matcher.group(1) == null ? der : wrapPkcs1(der);
        return requireStrong(KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(spki)));
    }

    /** The key itself when it is an RSA key of at least {@link #MIN_RSA_BITS} bits. */
    public static PublicKey requireStrong(final PublicKey key) throws GeneralSecurityException {
        if (!isStrong(key)) {
            throw new GeneralSecurityException("An RSA public key of at least " + MIN_RSA_BITS + " bits expected but "
                    + (key instanceof RSAPublicKey rsa ? "it has " + rsa.getModulus().bitLength() + " bits"
                    : "it is a " + key.getAlgorithm() + " key"));
        }
        return key;
    }

    /** Whether the key is an RSA key of at least {@link #MIN_RSA_BITS} bits. */
    public static boolean isStrong(final PublicKey key) {
        return key instanceof RSAPublicKey rsa && rsa.getModulus().bitLength() >= MIN_RSA_BITS;
    }

    /** SubjectPublicKeyInfo ::= SEQUENCE { AlgorithmIdentifier, BIT STRING (0 unused bits, RSAPublicKey) }. */
    static byte[] wrapPkcs1(final byte[] rsaPublicKey) {
        ByteArrayOutputStream bitString = new ByteArrayOutputStream();
        bitString.write(0);
        bitString.writeBytes(rsaPublicKey);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(RSA_ALGORITHM);
        body.writeBytes(tagged(0x03, bitString.toByteArray()));
        return tagged(0x30, body.toByteArray());
    }

    private static byte[] tagged(final int tag, final byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = content.length;
        if (length < 0x80) {
            out.write(length);
        } else {
            int bytes = (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write(length >>> (8 * i) & 0xff);
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }
}
