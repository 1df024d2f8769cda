package io.jenkins.plugins.perftracker.core.travis;

import java.security.PublicKey;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.jenkins.plugins.perftracker.core.travis.Verdict.Method;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class WebhookVerifierTest {
    private static final String SLUG = "hl7-fhir/fhir-svn";
    private static final String TOKEN = "secret-travis-token";
    private final String payload = Resources.payload();

    private static PublicKeySource travisKey() {
        return () -> RsaKeys.travis().getPublic();
    }

    private static WebhookVerifier withKey() {
        return new WebhookVerifier(Optional.of(travisKey()), Optional.empty());
    }

    private static WebhookVerifier withToken() {
        return new WebhookVerifier(Optional.empty(), Optional.of(TOKEN));
    }

    @Test
    void shouldAcceptAValidSignature() throws Exception {
        String signature = RsaKeys.sign(payload, RsaKeys.travis().getPrivate());

        Verdict verdict = withKey().verify(new WebhookRequest(signature, null, null, payload));

        assertThat(verdict.accepted()).isTrue();
        assertThat(verdict.method()).isEqualTo(Method.SIGNATURE);
    }

    @Test
    void shouldRefuseABadSignatureEvenWithAValidToken() throws Exception {
        WebhookVerifier both = new WebhookVerifier(Optional.of(travisKey()), Optional.of(TOKEN));
        String forged = RsaKeys.sign(payload, RsaKeys.stranger().getPrivate());

        Verdict verdict = both.verify(new WebhookRequest(forged, TokenCheck.expected(SLUG, TOKEN), SLUG, payload));

        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.reason()).contains("signature does not match");
    }

    @Test
    void shouldRetryOnceWithARefreshedKeyAfterRotation() throws Exception {
        AtomicInteger fetches = new AtomicInteger();
        PublicKeySource rotating = new PublicKeySource() {
            private PublicKey current = RsaKeys.stranger().getPublic();

            @Override
            public PublicKey currentKey() {
                fetches.incrementAndGet();
                return current;
            }

            @Override
            public void invalidate() {
                current = RsaKeys.travis().getPublic();
            }
        };
        String signature = RsaKeys.sign(payload, RsaKeys.travis().getPrivate());

        Verdict verdict = new WebhookVerifier(Optional.of(rotating), Optional.empty())
                .verify(new WebhookRequest(signature, null, null, payload));

        assertThat(verdict.accepted()).isTrue();
        assertThat(verdict.reason()).contains("refreshed");
        assertThat(fetches).hasValue(2);
    }

    @Test
    void shouldRefuseWhenTheKeyIsUnavailable() {
        PublicKeySource down = () -> {
            throw new KeyUnavailableException("connection refused");
        };

        Verdict verdict = new WebhookVerifier(Optional.of(down), Optional.empty())
                .verify(new WebhookRequest("c2ln", null, null, payload));

        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.reason()).contains("unavailable").contains("connection refused");
    }

    @Test
    void shouldAcceptAValidLegacyToken() {
        Verdict verdict = withToken().verify(new WebhookRequest(null, TokenCheck.expected(SLUG, TOKEN), SLUG, payload));

        assertThat(verdict.accepted()).isTrue();
        assertThat(verdict.method()).isEqualTo(Method.TOKEN);
    }

    @Test
    void shouldRefuseAWrongToken() {
        Verdict verdict = withToken().verify(new WebhookRequest(null, TokenCheck.expected(SLUG, "guess"), SLUG,
                payload));

        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.reason()).doesNotContain(TOKEN);
    }

    @Test
    void shouldRefuseAnAuthorizationWithoutRepoSlugHeader() {
        Verdict missing = withToken().verify(new WebhookRequest(null, TokenCheck.expected(SLUG, TOKEN), null, payload));
        Verdict blank = withToken().verify(new WebhookRequest(null, TokenCheck.expected(SLUG, TOKEN), " ", payload));
        Verdict invalid = withToken().verify(new WebhookRequest(null, TokenCheck.expected("a b/c", TOKEN), "a b/c",
                payload));

        assertThat(missing.accepted()).isFalse();
        assertThat(missing.reason()).contains("Travis-Repo-Slug");
        assertThat(blank.accepted()).isFalse();
        assertThat(invalid.accepted()).isFalse();
    }

    @Test
    void shouldRefuseARequestWithNeitherHeaderWhenSomethingIsConfigured() {
        WebhookRequest bare = new WebhookRequest(null, null, SLUG, payload);

        assertThat(withKey().verify(bare).accepted()).isFalse();
        assertThat(withToken().verify(bare).accepted()).isFalse();
        assertThat(withToken().verify(bare).reason()).contains("neither");
    }

    @Test
    void shouldRefuseAHeaderItCannotCheck() throws Exception {
        String signature = RsaKeys.sign(payload, RsaKeys.travis().getPrivate());

        Verdict signatureOnly = withToken().verify(new WebhookRequest(signature, null, SLUG, payload));
        Verdict tokenOnly = withKey().verify(new WebhookRequest(null, TokenCheck.expected(SLUG, TOKEN), SLUG, payload));

        assertThat(signatureOnly.accepted()).isFalse();
        assertThat(signatureOnly.reason()).contains("no Travis public key");
        assertThat(tokenOnly.accepted()).isFalse();
        assertThat(tokenOnly.reason()).contains("no Travis token");
    }

    @Test
    void shouldRefuseAnUnsignedRequestWhenNothingIsConfigured() {
        WebhookVerifier unconfigured = new WebhookVerifier(Optional.empty(), Optional.of(""));

        Verdict verdict = unconfigured.verify(new WebhookRequest(null, null, null, payload));

        assertThat(verdict.accepted()).isFalse();
        assertThat(verdict.reason()).contains("unsigned requests are not allowed");
    }

    @Test
    void shouldAcceptUnsignedRequestsOnlyWhenAnAdministratorAllowsThem() throws Exception {
        WebhookVerifier open = new WebhookVerifier(Optional.of(travisKey()), Optional.empty(), true);
        String forged = RsaKeys.sign(payload, RsaKeys.stranger().getPrivate());

        Verdict unsigned = open.verify(new WebhookRequest(null, null, null, payload));
        Verdict badlySigned = open.verify(new WebhookRequest(forged, null, null, payload));

        assertThat(unsigned.accepted()).isTrue();
        assertThat(unsigned.method()).isEqualTo(Method.NONE);
        assertThat(unsigned.reason()).contains("not verified");
        assertThat(badlySigned.accepted()).as("a signature present is still checked").isFalse();
    }

    @Test
    void shouldRefuseASignatureMadeWithAWeakKeyEvenIfTheSourceServesIt() throws Exception {
        java.security.KeyPairGenerator generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(1024);
        java.security.KeyPair weak = generator.generateKeyPair();
        WebhookVerifier verifier = new WebhookVerifier(Optional.of(weak::getPublic), Optional.empty());

        Verdict verdict = verifier.verify(new WebhookRequest(RsaKeys.sign(payload, weak.getPrivate()), null, null,
                payload));

        assertThat(verdict.accepted()).isFalse();
    }

    @Test
    void shouldBindTheTokenToThePayloadRepository() {
        WebhookRequest request = new WebhookRequest(null, "x", "HL7-FHIR/fhir-svn", payload);

        assertThat(WebhookVerifier.sameRepository(request, new RepoSlug("hl7-fhir", "fhir-svn"))).isTrue();
        assertThat(WebhookVerifier.sameRepository(request, new RepoSlug("hl7-fhir", "other"))).isFalse();
        assertThat(WebhookVerifier.sameRepository(new WebhookRequest(null, "x", null, payload),
                new RepoSlug("hl7-fhir", "fhir-svn"))).isFalse();
    }
}
