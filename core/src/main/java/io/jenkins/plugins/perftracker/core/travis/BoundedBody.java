package io.jenkins.plugins.perftracker.core.travis;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
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
        HttpResponse<byte[]> response = await(exchange, url, maxBytes, timeout);
        if (response.statusCode() / 100 != 2) {
            throw new TravisApiException(url, response.statusCode(), errorOf(response.body()));
        }
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    private static HttpResponse<byte[]> await(final CompletableFuture<HttpResponse<byte[]>> exchange,
            final String url, final int maxBytes, final Duration timeout)
            throws TravisApiException, InterruptedException {
        try {
            return exchange.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            throw timedOut(url, timeout, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                throw timedOut(url, timeout, cause);
            }
            if (cause instanceof LimitedBodySubscriber.TooLargeException) {
                throw new TravisApiException(url, 200, "body larger than " + maxBytes + " bytes", cause);
            }
            throw new TravisApiException(url, 0, cause.getClass().getSimpleName() + " " + cause.getMessage(), cause);
        }
    }

    /** The client's own request timeout and our deadline for the whole exchange read the same. */
    private static TravisApiException timedOut(final String url, final Duration timeout, final Throwable cause) {
        return new TravisApiException(url, 0, "no complete answer within " + timeout.toMillis() + " ms", cause);
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
