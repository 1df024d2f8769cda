package io.jenkins.plugins.perftracker.core.badge;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.jenkins.plugins.perftracker.core.badge.BadgeSnippets.Snippet;

import static org.assertj.core.api.Assertions.*;

class BadgeSnippetsTest {
    private static final String ROOT = "https://ci.example.com/perftracker/badge/";
    private static final String JOB = "https://ci.example.com/job/team/job/app/";

    @Test
    void shouldOfferEveryBuildTimeTypeTheVerdictAndEachTag() {
        List<Snippet> snippets = BadgeSnippets.forJob(ROOT, "team/app", JOB, List.of("nightly"));

        assertThat(snippets).hasSize(BuildtimeBadgeType.values().length + 2);
        assertThat(snippets.get(0).url()).isEqualTo(ROOT + "buildtime/team/app/latest/week");
        assertThat(snippets).extracting(Snippet::url).contains(ROOT + "verdict/team/app",
                ROOT + "regressions/team/app?tag=nightly");
    }

    @Test
    void shouldWriteMarkdownAndHtmlThatEmbedTheBadgeLinkedToTheJob() {
        Snippet verdict = BadgeSnippets.forJob(ROOT, "app", JOB, List.of()).get(6);

        assertThat(verdict.markdown()).isEqualTo("[![Verdict of the last build](" + ROOT + "verdict/app)](" + JOB + ")");
        assertThat(verdict.html()).isEqualTo("<a href=\"" + JOB + "\"><img src=\"" + ROOT
                + "verdict/app\" alt=\"Verdict of the last build\"></a>");
    }

    @Test
    void shouldEscapeHostileTagsForMarkdownAndHtml() {
        Snippet snippet = BadgeSnippets.forJob(ROOT, "app", "https://ci/job/a(b)/", List.of("x\"><script>]("))
                .get(7);

        assertThat(snippet.url()).endsWith("?tag=x%22%3E%3Cscript%3E%5D%28");
        assertThat(snippet.markdown()).contains("Open regressions of x\"><script>\\](").endsWith("(https://ci/job/a%28b%29/)");
        assertThat(snippet.html()).doesNotContain("<script>").contains("alt=\"Open regressions of x&quot;&gt;&lt;script&gt;](\"");
    }
}
