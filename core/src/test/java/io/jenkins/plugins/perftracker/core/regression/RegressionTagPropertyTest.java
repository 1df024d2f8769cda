package io.jenkins.plugins.perftracker.core.regression;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

import static org.assertj.core.api.Assertions.*;

class RegressionTagPropertyTest {
    @Property(tries = 200)
    void shouldLinkExactlyTheMembersThatAreNotExcluded(@ForAll final long seed) {
        Random random = new Random(seed);
        List<BuildInfo> builds = new ArrayList<>();
        for (int b = 1; b <= 30; b++) {
            builds.add(new BuildInfo(b, b, "", random.nextBoolean() ? "t" : "u"));
        }
        RegressionTag tag = RegressionTag.of("t", builds);
        SortedSet<Integer> excluded = new TreeSet<>();
        for (int step = 0; step < 40; step++) {
            List<Integer> members = new ArrayList<>(tag.getMembers());
            if (members.isEmpty()) {
                break;
            }
            int build = members.get(random.nextInt(members.size()));
            boolean exclude = random.nextBoolean();
            tag = exclude ? tag.exclude(build) : tag.include(build);
            if (exclude) {
                excluded.add(build);
            }
            else {
                excluded.remove(build);
            }
        }

        SortedSet<Integer> expected = new TreeSet<>(tag.getMembers());
        expected.removeAll(excluded);
        assertThat(tag.getLinked()).containsExactlyElementsOf(expected);
        assertThat(tag.getExcluded()).containsExactlyElementsOf(excluded);
        assertThat(tag.getMembers()).allSatisfy(b -> assertThat(builds.get(b - 1).regressionTag()).isEqualTo("t"));
        for (int b : tag.getMembers()) {
            assertThat(tag.isLinked(b)).isEqualTo(!excluded.contains(b));
        }
    }

    @Property(tries = 100)
    void shouldKeepTheSummaryConsistentWithTheLinkedBuilds(@ForAll final long seed) {
        Random random = new Random(seed);
        List<BuildInfo> builds = new ArrayList<>();
        for (int b = 1; b <= 20; b++) {
            builds.add(new BuildInfo(b, 1000L * b + random.nextInt(500), "v" + b, "t"));
        }
        RegressionTag tag = RegressionTag.of("t", builds);
        for (int b = 1; b <= 20; b++) {
            if (random.nextInt(4) == 0) {
                tag = tag.exclude(b);
            }
        }

        TagSummary summary = new RegressionAnalyzer(builds.stream().collect(java.util.stream.Collectors.toMap(
                BuildInfo::build, java.util.function.Function.identity())), java.util.Map.of())
                .analyze(tag, java.util.Map.of()).summary();

        assertThat(summary.builds()).isEqualTo(tag.getLinked().size());
        assertThat(summary.excluded()).isEqualTo(tag.getExcluded().size());
        if (!tag.getLinked().isEmpty()) {
            assertThat(summary.firstBuild()).isEqualTo(tag.getLinked().first());
            assertThat(summary.lastBuild()).isEqualTo(tag.getLinked().last());
            assertThat(summary.durationMillis()).isNotNegative();
        }
    }
}
