package io.jenkins.plugins.perftracker.bench.travis;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.jenkins.plugins.perftracker.core.travis.RepoRules;
import io.jenkins.plugins.perftracker.core.travis.ReplayGuard;
import io.jenkins.plugins.perftracker.core.travis.TravisWebhook;
import io.jenkins.plugins.perftracker.core.travis.WebhookOutcome;
import io.jenkins.plugins.perftracker.core.travis.WebhookRequest;
import io.jenkins.plugins.perftracker.core.travis.WebhookVerifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One signed webhook request end to end: RSA-2048/SHA-1 verification, payload parsing, repository rules; and the
 * same with the replay memory at work (1,024 distinct signed requests in turn, 512 remembered, so every request is
 * new and each one evicts the oldest).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class WebhookVerifyBench {
    private static final String PAYLOAD = "{\"id\": 92495257, \"number\": \"4601\", \"type\": \"push\", \"state\":"
            + " \"passed\", \"branch\": \"master\", \"repository\": {\"id\": 2176580, \"name\": \"fhir-svn\","
            + " \"owner_name\": \"hl7-fhir\"}, \"started_at\": \"2015-11-21T23:28:22Z\", \"finished_at\":"
            + " \"2015-11-21T23:45:25Z\", \"matrix\": [{\"id\": 92495258, \"number\": \"4601.1\"}]}";

    private static final int DISTINCT = 1024;
    private TravisWebhook webhook;
    private WebhookRequest request;
    private TravisWebhook guarded;
    private WebhookRequest[] distinct;
    private int next;

    @Setup
    public void sign() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Signature signer = Signature.getInstance("SHA1withRSA");
        signer.initSign(pair.getPrivate());
        signer.update(PAYLOAD.getBytes(StandardCharsets.UTF_8));
        request = new WebhookRequest(Base64.getEncoder().encodeToString(signer.sign()), null, null, PAYLOAD);
        webhook = new TravisWebhook(new WebhookVerifier(Optional.of(pair::getPublic), Optional.empty()),
                new RepoRules(java.util.List.of("hl7-fhir/*"), java.util.List.of("=hl7-fhir/secret")),
                // remembers nothing: the benchmark sends the same request on purpose
                new ReplayGuard(java.time.Duration.ZERO, 1, java.time.Clock.systemUTC()));
    }

    @Setup
    public void signDistinct() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        distinct = new WebhookRequest[DISTINCT];
        for (int i = 0; i < DISTINCT; i++) {
            String payload = PAYLOAD.replace("\"4601\"", "\"" + (5000 + i) + "\"");
            Signature signer = Signature.getInstance("SHA1withRSA");
            signer.initSign(pair.getPrivate());
            signer.update(payload.getBytes(StandardCharsets.UTF_8));
            distinct[i] = new WebhookRequest(Base64.getEncoder().encodeToString(signer.sign()), null, null, payload);
        }
        guarded = new TravisWebhook(new WebhookVerifier(Optional.of(pair::getPublic), Optional.empty()),
                new RepoRules(java.util.List.of("hl7-fhir/*"), java.util.List.of("=hl7-fhir/secret")),
                new ReplayGuard(java.time.Duration.ofHours(1), DISTINCT / 2, java.time.Clock.systemUTC()));
    }

    @Benchmark
    public WebhookOutcome signedRequest() {
        return webhook.handle(request);
    }

    @Benchmark
    public WebhookOutcome signedRequestWithReplayMemory() {
        WebhookRequest current = distinct[next];
        next = (next + 1) % DISTINCT;
        return guarded.handle(current);
    }
}
