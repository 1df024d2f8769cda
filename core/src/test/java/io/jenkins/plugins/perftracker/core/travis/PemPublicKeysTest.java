package io.jenkins.plugins.perftracker.core.travis;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.*;

class PemPublicKeysTest {
    @Test
    void shouldReadSubjectPublicKeyInfoAsTravisConfigShowsIt() throws Exception {
        PublicKey key = RsaKeys.travis().getPublic();

        assertThat(PemPublicKeys.parse(RsaKeys.pem(key))).isEqualTo(key);
    }

    @Test
    void shouldReadPkcs1RsaPublicKeys() throws Exception {
        RSAPublicKey key = (RSAPublicKey) RsaKeys.travis().getPublic();
        byte[] pkcs1 = sequence(integer(key.getModulus()), integer(key.getPublicExponent()));
        String pem = "-----BEGIN RSA PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(pkcs1)
                + "\n-----END RSA PUBLIC KEY-----";

        assertThat(PemPublicKeys.parse(pem)).isEqualTo(key);
    }

    @Test
    void shouldFindTheBlockInsideSurroundingText() throws Exception {
        PublicKey key = RsaKeys.travis().getPublic();

        assertThat(PemPublicKeys.parse("Travis key:\r\n" + RsaKeys.pem(key).replace("\n", "\r\n") + "trailer"))
                .isEqualTo(key);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a key", "-----BEGIN PUBLIC KEY-----\n!!!!\n-----END PUBLIC KEY-----",
            "-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----",
            "-----BEGIN RSA PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"})
    void shouldRefuseWhatIsNotAnRsaPublicKey(final String pem) {
        assertThatExceptionOfType(GeneralSecurityException.class).isThrownBy(() -> PemPublicKeys.parse(pem));
    }

    @Test
    void shouldRefuseOversizedText() {
        assertThatExceptionOfType(GeneralSecurityException.class)
                .isThrownBy(() -> PemPublicKeys.parse("x".repeat(20_000))).withMessageContaining("at most");
        assertThatExceptionOfType(GeneralSecurityException.class).isThrownBy(() -> PemPublicKeys.parse(null));
    }

    @Test
    void shouldRefuseAnUnusableConfiguredKey() {
        assertThatExceptionOfType(KeyUnavailableException.class).isThrownBy(() -> PublicKeySource.ofPem("junk"))
                .withMessageContaining("configured Travis public key");
    }

    private static byte[] integer(final BigInteger value) {
        return tagged(0x02, value.toByteArray());
    }

    private static byte[] sequence(final byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            body.writeBytes(part);
        }
        return tagged(0x30, body.toByteArray());
    }

    /** DER TLV with the long length form for 128..65535 bytes, written independently of the code under test. */
    private static byte[] tagged(final int tag, final byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (content.length < 128) {
            out.write(content.length);
        } else if (content.length < 256) {
            out.write(0x81);
            out.write(content.length);
        } else {
            out.write(0x82);
            out.write(content.length >> 8);
            out.write(content.length & 0xff);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    @Test
    void shouldRefuseRsaKeysShorterThan2048Bits() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        String weak = RsaKeys.pem(generator.generateKeyPair().getPublic());

        assertThatExceptionOfType(GeneralSecurityException.class).isThrownBy(() -> PemPublicKeys.parse(weak))
                .withMessageContaining("at least 2048 bits").withMessageContaining("1024 bits");
    }

    @Test
    void shouldAcceptKeysOfExactly2048Bits() throws Exception {
        PublicKey key = RsaKeys.travis().getPublic();

        assertThat(((RSAPublicKey) key).getModulus().bitLength()).isEqualTo(2048);
        assertThat(PemPublicKeys.parse(RsaKeys.pem(key))).isEqualTo(key);
    }
}
