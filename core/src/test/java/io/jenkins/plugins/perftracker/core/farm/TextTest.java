package io.jenkins.plugins.perftracker.core.farm;

import io.jenkins.plugins.perftracker.core.model.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TextTest {
    @ParameterizedTest
    @ValueSource(strings = {"http://grafana.lab/d/x", "https://10.0.1.1/", "HTTPS://BMC.example.com:8443/login",
            "https://grafana.example.com/d/s1?var-host=s1&orgId=1#panel-2"})
    void shouldAcceptAbsoluteHttpLinks(final String url) {
        assertThat(Text.link("links.x", url)).isEqualTo(url);
    }

    @ParameterizedTest
    @ValueSource(strings = {"JaVaScRiPt:alert(1)", "vbscript:x", "file:///etc/passwd", "//evil.example.com/",
            "http://exa mple.com/", "mailto:ops@example.com"})
    void shouldRefuseOtherLinks(final String url) {
        assertThatThrownBy(() -> Text.link("links.x", url)).isInstanceOf(InvalidValueException.class)
                .hasMessage("links.x: an absolute http(s) URL expected but was '" + url + "'");
    }

    @Test
    void shouldBoundLinks() {
        String longUrl = "https://example.com/" + "a".repeat(Text.MAX_LINK);

        assertThatThrownBy(() -> Text.link("links.x", longUrl)).hasMessageContaining("at most 512 characters");
        assertThat(Text.link("links.x", "")).isEmpty();
        assertThat(Text.link("links.x", null)).isEmpty();
    }

    @Test
    void shouldSortLinksAndRefuseBadNames() {
        Map<String, String> links = new LinkedHashMap<>();
        links.put("ipmi", "https://10.0.1.1/");
        links.put("dashboard", "https://grafana/");

        assertThat(Text.links("links", links).keySet()).containsExactly("dashboard", "ipmi");
        assertThatThrownBy(() -> Text.links("links", Map.of("my link", "https://x/")))
                .hasMessageStartingWith("links name:");
        assertThat(Text.links("links", null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"lab-ssh", "jenkins/ssh:key", "a.b_c@d+e=f", "9c1e7f2a-1b2c-4d5e-8f90-123456789abc"})
    void shouldAcceptCredentialIdsAndLabels(final String token) {
        assertThat(Text.token("id", token)).isEqualTo(token);
    }

    @ParameterizedTest
    @ValueSource(strings = {"a b", "<x>", "a\"b", "a'b", "x;y", "ü"})
    void shouldRefuseTokensWithBlanksQuotesOrMarkup(final String token) {
        assertThatThrownBy(() -> Text.token("id", token)).isInstanceOf(InvalidValueException.class)
                .hasMessageStartingWith("id: letters, digits and ._:@/+=- expected");
    }

    @Test
    void shouldSortAndDeduplicateTokens() {
        assertThat(Text.tokens("labels", Arrays.asList("x86", "numa", "x86"))).containsExactly("numa", "x86");
        assertThatThrownBy(() -> Text.tokens("labels", List.of(""))).hasMessage("labels: must not be empty");
        assertThat(Text.tokens("labels", null)).isEmpty();
    }

    @Test
    void shouldRefuseCharactersXmlCannotCarryButKeepEmojiAndLineBreaks() {
        assertThatThrownBy(() -> Text.optional("notes", "a\u0000b", 10))
                .hasMessage("notes: character U+0000 at 1 is not allowed");
        assertThatThrownBy(() -> Text.optional("notes", "x\ud800", 10))
                .hasMessage("notes: character U+D800 at 1 is not allowed");
        assertThat(Text.optional("notes", "line 1\r\nline 2 \ud83d\ude00", 40)).isEqualTo("line 1\r\nline 2 \ud83d\ude00");
    }

    @Test
    void shouldCheckNumbers() {
        assertThat(Text.nonNegative("cpus", 0)).isZero();
        assertThat(Text.nonNegative("ramGb", 0.5)).isEqualTo(0.5);
        assertThatThrownBy(() -> Text.nonNegative("ramGb", -0.5)).hasMessageStartingWith("ramGb: a finite");
        assertThatThrownBy(() -> Text.nonNegative("cpus", -1)).hasMessage("cpus: must not be negative but was -1");
    }
}
