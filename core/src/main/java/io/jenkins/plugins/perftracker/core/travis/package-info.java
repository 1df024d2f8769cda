/**
 * Travis CI, as Buildtime Trend's service spoke to it, made safe: webhook verification (the RSA-SHA1
 * {@code Signature} header and the legacy {@code Authorization} token), payload parsing, allowed and denied
 * repositories, batch import planning with retries, and a Travis API v3 client. No Jenkins types: the
 * plugin's root action only hands over headers and the {@code payload} form value.
 */
package io.jenkins.plugins.perftracker.core.travis;
