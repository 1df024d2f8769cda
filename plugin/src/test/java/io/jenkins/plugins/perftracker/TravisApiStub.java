package io.jenkins.plugins.perftracker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on 127.0.0.1 standing in for Travis CI: {@code /config} with the public half of a key pair
 * made here, and the recorded API v3 answers for build 129387521 of buildtimetrend/python-lib with a real job
 * log. It signs payloads as Travis does (base64 RSA-SHA1) and posts webhooks as Travis does (a form field).
 */
final class TravisApiStub implements AutoCloseable {
    static final String SLUG = "buildtimetrend/python-lib";
    /** The webhook payload of build #1203 (id 129387521) with its two jobs, as Travis sends it. */
    static final String PAYLOAD = "{\"id\":129387521,\"number\":\"1203\",\"state\":\"passed\",\"type\":\"push\","
            + "\"branch\":\"master\",\"commit\":\"3235fab5b8cbb1e4b4b4ef6f4b7a0ad5a7b0c4e1\","
            + "\"started_at\":\"2016-05-02T21:15:03Z\",\"finished_at\":\"2016-05-02T21:18:51Z\","
            + "\"repository\":{\"owner_name\":\"buildtimetrend\",\"name\":\"python-lib\"},"
            + "\"matrix\":[{\"id\":129387522},{\"id\":129387523}]}";

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final KeyPair travis = generate();

    TravisApiStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        route("/config", "application/json", "{\"config\":{\"notifications\":{\"webhook\":{\"public_key\":\""
                + pem().replace("\n", "\\n") + "\"}}}}");
        route("/build/129387521/jobs", "application/json", resource("jobs.json"));
        route("/build/129387521", "application/json", resource("build.json"));
        route("/job/", "text/plain", resource("job-log.txt"));
        server.start();
    }

    /** The API root to configure in Jenkins. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** What Travis puts in the Signature header for the payload. */
    String sign(final String payload) throws GeneralSecurityException {
        return sign(payload, travis.getPrivate());
    }

    static String sign(final String payload, final PrivateKey key) throws GeneralSecurityException {
        Signature signer = Signature.getInstance("SHA1withRSA");
        signer.initSign(key);
        signer.update(payload.getBytes(StandardCharsets.UTF_8));
        return Base64.getEncoder().encodeToString(signer.sign());
    }

    /** POSTs a webhook to Jenkins as Travis does: no session, no crumb, the payload in a form field. */
    static HttpResponse<String> post(final URI url, final String payload, final String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("payload=" + URLEncoder.encode(payload, StandardCharsets.UTF_8)));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
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

    private String pem() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(travis.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    private void route(final String path, final String contentType, final String body) {
        server.createContext(path, exchange -> send(exchange, contentType, body.getBytes(StandardCharsets.UTF_8)));
    }

    private static void send(final HttpExchange exchange, final String contentType, final byte[] body)
            throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String resource(final String name) {
        try (InputStream in = TravisApiStub.class.getResourceAsStream("travis/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No test resource travis/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
