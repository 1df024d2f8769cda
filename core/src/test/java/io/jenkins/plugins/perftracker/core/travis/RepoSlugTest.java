package io.jenkins.plugins.perftracker.core.travis;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.*;

class RepoSlugTest {
    @ParameterizedTest
    @ValueSource(strings = {"hl7-fhir/fhir-svn", "buildtimetrend/python-lib", "a/b", "Owner_1/repo.name"})
    void shouldAcceptGithubSlugs(final String text) {
        assertThat(RepoSlug.parse(text)).get().hasToString(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "noslash", "a/b/c", "/repo", "owner/", "../etc", "owner/..", "own er/repo",
            "owner/re%2Fpo", "owner/<script>", "owner/repo\n"})
    void shouldRefuseAnythingElse(final String text) {
        assertThat(RepoSlug.parse(text)).isEmpty();
    }

    @Test
    void shouldBoundTheLength() {
        assertThat(RepoSlug.parse("o/" + "r".repeat(100))).isPresent();
        assertThat(RepoSlug.parse("o/" + "r".repeat(101))).isEmpty();
        assertThat(RepoSlug.parse(null)).isEmpty();
    }

    @Test
    void shouldCompareCanonicallyWithoutCase() {
        assertThat(new RepoSlug("HL7-FHIR", "Fhir-Svn").canonical()).isEqualTo("hl7-fhir/fhir-svn");
        assertThatIllegalArgumentException().isThrownBy(() -> new RepoSlug("a b", "c"))
                .withMessageContaining("owner/name");
    }
}
