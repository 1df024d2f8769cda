package io.jenkins.plugins.perftracker.core.travis;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class SignatureCheckTest {
    private final String payload = Resources.payload();

    @Test
    void shouldAcceptTravisSignatureOfTheRawPayload() throws Exception {
        String signature = RsaKeys.sign(payload, RsaKeys.travis().getPrivate());

        assertThat(SignatureCheck.verify(payload, signature, RsaKeys.travis().getPublic())).isTrue();
    }

    @Test
    void shouldAcceptLineBrokenBase64() throws Exception {
        String signature = RsaKeys.sign(payload, RsaKeys.travis().getPrivate());
        String broken = signature.substring(0, 60) + "\r\n" + signature.substring(60);

        assertThat(SignatureCheck.verify(payload, broken, RsaKeys.travis().getPublic())).isTrue();
    }

    @Test
    void shouldRefuseATamperedPayload() throws Exception {
        String signature = RsaKeys.sign(payload, RsaKeys.travis().getPrivate());

        assertThat(SignatureCheck.verify(payload.replace("\"passed\"", "\"failed\""), signature,
                RsaKeys.travis().getPublic())).isFalse();
        assertThat(SignatureCheck.verify(payload + " ", signature, RsaKeys.travis().getPublic())).isFalse();
    }

    @Test
    void shouldRefuseASignatureByAnotherKey() throws Exception {
        String signature = RsaKeys.sign(payload, RsaKeys.stranger().getPrivate());

        assertThat(SignatureCheck.verify(payload, signature, RsaKeys.travis().getPublic())).isFalse();
    }

    @Test
    void shouldRefuseMalformedHeaders() throws Exception {
        String signature = RsaKeys.sign(payload, RsaKeys.travis().getPrivate());
        byte[] raw = Base64.getDecoder().decode(signature);
        raw[10] ^= 1;

        assertThat(SignatureCheck.verify(payload, Base64.getEncoder().encodeToString(raw),
                RsaKeys.travis().getPublic())).isFalse();
        assertThat(SignatureCheck.verify(payload, "%%%not base64%%%", RsaKeys.travis().getPublic())).isFalse();
        assertThat(SignatureCheck.verify(payload, "", RsaKeys.travis().getPublic())).isFalse();
        assertThat(SignatureCheck.verify(payload, null, RsaKeys.travis().getPublic())).isFalse();
        assertThat(SignatureCheck.verify(payload, "A".repeat(SignatureCheck.MAX_HEADER_CHARS + 4),
                RsaKeys.travis().getPublic())).isFalse();
    }
}
