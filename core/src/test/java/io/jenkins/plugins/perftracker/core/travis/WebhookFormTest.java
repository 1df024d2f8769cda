package io.jenkins.plugins.perftracker.core.travis;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class WebhookFormTest {
    private static InputStream body(final String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.US_ASCII));
    }

    private static String encode(final String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void shouldDecodeThePayloadOfARealNotification() throws Exception {
        String payload = Resources.payload();

        assertThat(WebhookForm.payload(body("payload=" + encode(payload)))).isEqualTo(payload);
    }

    @Test
    void shouldDecodeUtf8SoThatTheSignatureStillMatches() throws Exception {
        String payload = Resources.payload().replace("Debug+build+hooks", "Füge Prüfung hinzu – ✓");
        String signature = RsaKeys.sign(payload, RsaKeys.travis().getPrivate());

        String decoded = WebhookForm.payload(body("foo=bar&payload=" + encode(payload) + "&payload=second"));

        assertThat(decoded).isEqualTo(payload);
        assertThat(SignatureCheck.verify(decoded, signature, RsaKeys.travis().getPublic())).isTrue();
    }

    @Test
    void shouldNameWhatIsMissingOrBroken() {
        assertThatExceptionOfType(TravisPayloadException.class)
                .isThrownBy(() -> WebhookForm.payload(body("other=1"))).withMessageContaining("'payload'");
        assertThatExceptionOfType(TravisPayloadException.class)
                .isThrownBy(() -> WebhookForm.payload(body("payload=%zz"))).withMessageContaining("percent-encoding");
    }

    @Test
    void shouldReadAnEmptyField() throws Exception {
        assertThat(WebhookForm.payload(body("payload"))).isEmpty();
        assertThat(WebhookForm.payload(body("payload="))).isEmpty();
    }

    @Test
    void shouldRefuseOversizedBodiesWithoutReadingThemWhole() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }
        };

        assertThatExceptionOfType(TravisPayloadException.class).isThrownBy(() -> WebhookForm.payload(endless))
                .withMessageContaining("at most " + WebhookForm.MAX_BODY_BYTES);
    }
}
