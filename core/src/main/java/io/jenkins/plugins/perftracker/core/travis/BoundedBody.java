package io.jenkins.plugins.perftracker.core.travis;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends a request with one deadline for the whole exchange (headers and body, so a server trickling bytes
 * cannot hold a thread) and at most a given number of body bytes; non-2xx answers become exceptions that
 * carry Travis' {@code error_type} and {@code error_message}.
 */
final class BoundedBody {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_ERROR_BYTES = 16 * 1024;

    private BoundedBody() {
    }

    static String send(final HttpClient client, final HttpRequest request, final int maxBytes,
            final Duration timeout) throws TravisApiException, InterruptedException {
        String url = request.uri().toString();
        CompletableFuture<HttpResponse<byte[]>> exchange = client.sendAsync(request, info ->
                info.statusCode() / 100 == 2 ? new LimitedBodySubscriber(maxBytes, false)
                        : new LimitedBodySubscriber(MAX_ERROR_BYTES, true));
        try {
            HttpResponse<byte[]> response = exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (response.statusCode() / 100 != 2) {
                throw new TravisApiException(url, response.statusCode(), errorOf(response.body()));
            }
            return new String(response.body(), StandardCharsets.UTF_8);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw new TravisApiException(url, 0, "no complete answer within " + timeout.toMillis() + " ms", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof LimitedBodySubscriber.TooLargeException) {
                throw new TravisApiException(url, 200, "body larger than " + maxBytes + " bytes", cause);
            }
            throw new TravisApiException(url, 0, cause.getClass().getSimpleName() + " " + cause.getMessage(), cause);
        }
    }

    /** Travis v3 errors are {"@type": "error", "error_type": ..., "error_message": ...}. */
    private static String errorOf(final byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        try {
            JsonNode error = MAPPER.readTree(text);
            if (error != null && error.hasNonNull("error_type")) {
                return error.path("error_type").asText() + ": " + error.path("error_message").asText();
            }
        } catch (IOException e) {
            // not JSON: the raw text says more than the parse error
        }
        return text.isBlank() ? "no body" : JsonFields.abbreviate(text.strip());
    }
}
