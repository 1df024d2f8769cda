package io.jenkins.plugins.perftracker.core.badge;

import java.util.Map;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class BadgeAnswersTest {
    private final BadgeAnswers answers = new BadgeAnswers();
    private final Badge badge = BuildtimeBadges.badge(BuildtimeBadgeType.AVG, BadgeInterval.YEAR,
            OptionalDouble.of(192.4));

    private static BadgeRequest query(final String... pairs) {
        Map<String, String[]> map = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], new String[] {pairs[i + 1]});
        }
        return BadgeRequest.parse(map);
    }

    @Test
    void shouldAnswerSvgWithAnEtagAndTheIntervalsLifetime() {
        BadgeAnswer answer = answers.found(badge, query(), BadgeInterval.YEAR.getMaxAgeSeconds(), null, true);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.contentType()).isEqualTo("image/svg+xml;charset=utf-8");
        assertThat(answer.body()).startsWith("<svg").contains("3m 12s");
        assertThat(answer.etag()).isEqualTo(ETags.strong(answer.body()));
        assertThat(answer.cacheControl()).isEqualTo("public, max-age=1800");
    }

    @Test
    void shouldKeepBadgesOfNonPublicJobsOutOfSharedCaches() {
        assertThat(answers.found(badge, query(), 600, null, false).cacheControl()).isEqualTo("private, max-age=600");
    }

    @Test
    void shouldAnswer304WithoutBodyWhenTheTagMatches() {
        String etag = answers.found(badge, query(), 600, null, true).etag();

        BadgeAnswer again = answers.found(badge, query(), 600, "W/" + etag, true);

        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.etag()).isEqualTo(etag);
    }

    @Test
    void shouldAnswerAnotherTagWhenTheStyleChanges() {
        String flat = answers.found(badge, query(), 600, null, true).etag();

        BadgeAnswer plastic = answers.found(badge, query("style", "plastic"), 600, flat, true);

        assertThat(plastic.status()).isEqualTo(200);
        assertThat(plastic.etag()).isNotEqualTo(flat);
    }

    @Test
    void shouldAnswerEndpointJsonOnRequest() {
        BadgeAnswer answer = answers.found(badge, query("format", "json"), 600, null, true);

        assertThat(answer.contentType()).isEqualTo("application/json;charset=utf-8");
        assertThat(answer.body()).contains("\"message\":\"3m 12s\"").contains("\"cacheSeconds\":600");
    }

    @Test
    void shouldAnswerOneNotFoundBadgeNeverCachedAndNever304() {
        BadgeAnswer missing = answers.notFound(query(), null);
        BadgeAnswer again = answers.notFound(query(), missing.etag());

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("not found");
        assertThat(missing.cacheControl()).contains("no-store");
        assertThat(again).isEqualTo(missing);
    }
}
