package io.jenkins.plugins.perftracker.core.regression;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

class RegressionTagTest {
    private static final List<BuildInfo> BUILDS = List.of(new BuildInfo(1, 100, "1.0", "rel-1"),
            new BuildInfo(2, 200, "1.1", "rel-1"), new BuildInfo(3, 300, "2.0", "rel-2"),
            new BuildInfo(4, 400, null, "rel-1"));

    @Test
    void shouldCollectTheBuildsPublishedWithTheTag() {
        RegressionTag tag = RegressionTag.of("rel-1", BUILDS);

        assertThat(tag.getMembers()).containsExactly(1, 2, 4);
        assertThat(tag.getLinked()).containsExactly(1, 2, 4);
        assertThat(tag.isLinked(3)).isFalse();
    }

    @Test
    void shouldExcludeAndPutBackAMemberWithoutChangingTheOriginal() {
        RegressionTag tag = RegressionTag.of("rel-1", BUILDS);

        RegressionTag without = tag.exclude(2);
        RegressionTag back = without.include(2);

        assertThat(without.getLinked()).containsExactly(1, 4);
        assertThat(without.getMembers()).containsExactly(1, 2, 4);
        assertThat(without.getExcluded()).containsExactly(2);
        assertThat(tag.isLinked(2)).isTrue();
        assertThat(back).isEqualTo(tag).hasSameHashCodeAs(tag);
        assertThat(without).isNotEqualTo(tag);
        assertThat(without.toString()).contains("rel-1", "excluded=[2]");
    }

    @Test
    void shouldRefuseBuildsOfAnotherTag() {
        RegressionTag tag = RegressionTag.of("rel-1", BUILDS);

        assertThatIllegalArgumentException().isThrownBy(() -> tag.exclude(3))
                .withMessageContaining("build #3").withMessageContaining("rel-1");
        assertThatIllegalArgumentException().isThrownBy(() -> tag.include(3));
        assertThat(RegressionTag.named("x").withBuild(9).withBuild(9).getLinked()).containsExactly(9);
    }

    @Test
    void shouldLabelBuildsWithoutVersion() {
        assertThat(BUILDS.get(3).label()).isEqualTo("?");
        assertThat(BUILDS.get(0).label()).isEqualTo("1.0");
        assertThat(BUILDS.get(3).regressionTag()).isEqualTo("rel-1");
    }
}
