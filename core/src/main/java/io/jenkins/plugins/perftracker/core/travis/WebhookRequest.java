package io.jenkins.plugins.perftracker.core.travis;

/**
 * What the webhook needs from an HTTP request; headers are null when absent.
 *
 * @param signature     the {@code Signature} header
 * @param authorization the {@code Authorization} header
 * @param repoSlug      the {@code Travis-Repo-Slug} header
 * @param payload       the decoded value of the {@code payload} form field, exactly as received
 */
public record WebhookRequest(String signature, String authorization, String repoSlug, String payload) {
}
