package io.jenkins.plugins.perftracker.core.travis;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.jenkins.plugins.perftracker.core.ingest.ResultFormatException;
import io.jenkins.plugins.perftracker.core.ingest.kit.Json;

/**
 * A small Travis API v3 client (https://developer.travis-ci.com/): a repository's builds, a build, a build's
 * jobs and a job's log, as plain values. Every call sends {@code Travis-API-Version: 3} and, when a token is
 * configured, {@code Authorization: token …}; every answer is bounded in time and size.
 */
public final class TravisApiClient {
    private static final int MAX_PAGE = 100;

    private final HttpClient http;
    private final TravisApiSettings settings;

    public TravisApiClient(final HttpClient http, final TravisApiSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    /** Builds of the repository, newest first ({@code GET /repo/{slug}/builds}); limit 1..100. */
    public List<TravisBuild> builds(final RepoSlug slug, final int limit, final int offset)
            throws TravisApiException, InterruptedException {
        if (limit < 1 || limit > MAX_PAGE || offset < 0) {
            throw new IllegalArgumentException("limit 1.." + MAX_PAGE + " and offset >= 0 expected");
        }
        String path = "/repo/" + slug.owner() + "%2F" + slug.name() + "/builds?limit=" + limit + "&offset=" + offset
                + "&sort_by=number:desc";
        JsonNode root = json(path);
        return mapped(path, () -> TravisV3Json.builds(root));
    }

    /** One build by Travis' build id ({@code GET /build/{id}}). */
    public TravisBuild build(final long buildId) throws TravisApiException, InterruptedException {
        String path = "/build/" + buildId;
        JsonNode root = json(path);
        return mapped(path, () -> TravisV3Json.build(root, "$"));
    }

    /** The jobs of a build with their configuration ({@code GET /build/{id}/jobs?include=job.config}). */
    public List<TravisJob> jobs(final long buildId) throws TravisApiException, InterruptedException {
        String path = "/build/" + buildId + "/jobs?include=job.config";
        JsonNode root = json(path);
        return mapped(path, () -> TravisV3Json.jobs(root));
    }

    /** The raw log of a job ({@code GET /job/{id}/log.txt}), at most {@link TravisApiSettings#maxLogBytes()}. */
    public String log(final long jobId) throws TravisApiException, InterruptedException {
        return BoundedBody.send(http, request("/job/" + jobId + "/log.txt", "text/plain"), settings.maxLogBytes(),
                settings.timeout());
    }

    private JsonNode json(final String path) throws TravisApiException, InterruptedException {
        HttpRequest request = request(path, "application/json");
        String body = BoundedBody.send(http, request, settings.maxJsonBytes(), settings.timeout());
        try {
            return Json.tree(Path.of(path), body, "");
        } catch (ResultFormatException e) {
            throw new TravisApiException(request.uri().toString(), 200, "JSON expected: " + e.getMessage(), e);
        }
    }

    private HttpRequest request(final String path, final String accept) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
                .timeout(settings.timeout()).header("Travis-API-Version", "3").header("Accept", accept)
                .header("User-Agent", "perftracker").GET();
        settings.token().ifPresent(token -> builder.header("Authorization", "token " + token));
        return builder.build();
    }

    private <T> T mapped(final String path, final Mapping<T> mapping) throws TravisApiException {
        try {
            return mapping.map();
        } catch (TravisPayloadException e) {
            throw new TravisApiException(settings.baseUrl() + path, 200, e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Mapping<T> {
        T map() throws TravisPayloadException;
    }

    /**
     * A client with the JDK's HTTP client. Redirects are not followed: the API does not redirect, and a
     * followed redirect could carry the token to another host; a 3xx answer is an error.
     */
    public static TravisApiClient create(final TravisApiSettings settings) {
        return new TravisApiClient(HttpClient.newBuilder().connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build(), settings);
    }
}
