package io.jenkins.plugins.perftracker.core.travis;

import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.*;

class RepoRulesTest {
    private static RepoSlug slug(final String text) {
        return RepoSlug.parse(text).orElseThrow();
    }

    private static List<String> list(final String entries) {
        return entries.isEmpty() ? List.of() : Arrays.asList(entries.split(";"));
    }

    @ParameterizedTest(name = "allowed [{0}] denied [{1}]: {2} -> {3}")
    @CsvSource({
            "'', '', any/repo, true",
            "buildtimetrend, '', buildtimetrend/python-lib, true",
            "buildtimetrend, '', ruleant/getback_gps, false",
            "python, '', buildtimetrend/python-lib, true",
            "'', python, buildtimetrend/python-lib, false",
            "buildtimetrend, python-lib, buildtimetrend/python-lib, false",
            "buildtimetrend, python-lib, buildtimetrend/service, true",
            "BuildTimeTrend, '', buildtimetrend/service, true",
            "=buildtimetrend/service, '', buildtimetrend/service, true",
            "=buildtimetrend/service, '', buildtimetrend/service-ng, false",
            "=buildtimetrend/serv, '', buildtimetrend/service, false",
            "buildtimetrend/*, '', buildtimetrend/python-lib, true",
            "buildtimetrend/*, '', buildtimetrend2/python-lib, false",
            "*/python-lib, '', anyone/python-lib, true",
            "*/python-lib, '', anyone/python-lib2, false",
            "build*, '', buildtimetrend/python-lib, false",
            "build**, '', buildtimetrend/python-lib, true",
            "buildtimetrend/py?hon-lib, '', buildtimetrend/python-lib, true",
            "buildtimetrend/*, =buildtimetrend/secret, buildtimetrend/secret, false",
            "buildtimetrend/*, =buildtimetrend/secret, buildtimetrend/public, true",
            "other;buildtimetrend, '', buildtimetrend/x, true",
            "'', a.b, ab/ab, true",
            "'', a.b, a.b/x, false"})
    void shouldApplyAllowedAndDeniedRules(final String allowed, final String denied, final String slug,
            final boolean result) {
        assertThat(new RepoRules(list(allowed), list(denied)).isAllowed(slug(slug))).isEqualTo(result);
    }

    @Test
    void shouldIgnoreBlankAndNullEntries() {
        RepoRules rules = new RepoRules(Arrays.asList(" ", null), null);

        assertThat(rules.isAllowed(slug("any/repo"))).isTrue();
    }

    @Test
    void shouldAllowEverythingByDefault() {
        assertThat(RepoRules.allowAll().isAllowed(slug("a/b"))).isTrue();
    }

    @Test
    void shouldPhraseTheRefusalLikeTheSeed() {
        assertThat(RepoRules.refusal(slug("a/b"))).isEqualTo("Project 'a/b' is not allowed.");
    }

    @Test
    void shouldQuoteRegexCharactersInGlobs() {
        assertThat(RepoRules.glob("a.b/*").matcher("axb/c").matches()).isFalse();
        assertThat(RepoRules.glob("a.b/*").matcher("a.b/c").matches()).isTrue();
        assertThat(RepoRules.glob("a+(b)/*").matcher("a+(b)/c").matches()).isTrue();
    }

    @Property
    void shouldLetDeniedWinOverEveryAllowedRule(@ForAll("slugs") final String slug) {
        RepoSlug repo = slug(slug);
        RepoRules rules = new RepoRules(List.of("**", slug, "=" + slug), List.of("=" + slug));

        assertThat(rules.isAllowed(repo)).isFalse();
        assertThat(new RepoRules(List.of("**"), List.of()).isAllowed(repo)).isTrue();
    }

    @Provide
    Arbitrary<String> slugs() {
        Arbitrary<String> part = Arbitraries.strings().withChars("abcXYZ019_.-").ofMinLength(1).ofMaxLength(12)
                .filter(p -> !".".equals(p) && !"..".equals(p));
        return Combinators.combine(part, part).as((owner, name) -> owner + "/" + name);
    }
}
