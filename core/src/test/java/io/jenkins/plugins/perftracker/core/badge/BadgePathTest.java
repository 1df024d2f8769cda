package io.jenkins.plugins.perftracker.core.badge;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.jenkins.plugins.perftracker.core.badge.BadgePath.Kind;

import static org.assertj.core.api.Assertions.*;

class BadgePathTest {
    @Test
    void shouldReadABuildTimeBadgeOfAJobInAFolder() {
        BadgePath path = BadgePath.parse("buildtime/team/app%20server/passed/month").orElseThrow();

        assertThat(path.kind()).isEqualTo(Kind.BUILDTIME);
        assertThat(path.subject()).isEqualTo("team/app server");
        assertThat(path.type()).contains(BuildtimeBadgeType.PASSED);
        assertThat(path.interval()).contains(BadgeInterval.MONTH);
    }

    @Test
    void shouldReadATravisRepositoryBadge() {
        BadgePath path = BadgePath.parse("/travis/buildtimetrend/service/last_fail/year/").orElseThrow();

        assertThat(path.kind()).isEqualTo(Kind.TRAVIS);
        assertThat(path.subject()).isEqualTo("buildtimetrend/service");
        assertThat(path.type()).contains(BuildtimeBadgeType.LAST_FAIL);
    }

    @Test
    void shouldReadPerformanceBadges() {
        assertThat(BadgePath.parse("verdict/team/app")).get().extracting(BadgePath::kind, BadgePath::subject)
                .containsExactly(Kind.VERDICT, "team/app");
        assertThat(BadgePath.parse("regressions/app")).get().extracting(BadgePath::kind).isEqualTo(Kind.REGRESSIONS);
        assertThat(BadgePath.parse("series/a+b")).get().extracting(BadgePath::subject).isEqualTo("a+b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "buildtime", "buildtime/app/avg", "buildtime/app/week/avg",
            "buildtime/app/average/week", "travis/owner/avg/week", "travis/a/b/c/avg/week", "verdict",
            "verdict/../secret", "verdict/a//b", "verdict/a%2Fb", "verdict/%zz", "stats/app", "Verdict/app"})
    void shouldRefuseWhatIsNotABadge(final String text) {
        assertThat(BadgePath.parse(text)).isEmpty();
    }

    @Test
    void shouldRefuseOverlongPaths() {
        assertThat(BadgePath.parse("verdict/" + "a".repeat(BadgePath.MAX_PATH_CHARS))).isEmpty();
    }

    @Test
    void shouldWriteThePathItReads() {
        BadgePath path = new BadgePath(Kind.BUILDTIME, "team/ä (x)+y", Optional.of(BuildtimeBadgeType.AVG),
                Optional.of(BadgeInterval.WEEK));

        assertThat(path.toPath()).isEqualTo("buildtime/team/%C3%A4%20%28x%29%2By/avg/week");
        assertThat(BadgePath.parse(path.toPath())).contains(path);
    }

    @Test
    void shouldKeepAPercentInAMultibranchJobNameByDoubleEncoding() {
        BadgePath branch = new BadgePath(Kind.VERDICT, "repo/feature%2Fx", Optional.empty(), Optional.empty());

        assertThat(branch.toPath()).isEqualTo("verdict/repo/feature%252Fx");
        assertThat(BadgePath.parse("verdict/repo/feature%252Fx")).get().extracting(BadgePath::subject)
                .isEqualTo("repo/feature%2Fx");
    }
}
