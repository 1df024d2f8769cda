package io.jenkins.plugins.perftracker.core.verdict;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;

import io.jenkins.plugins.perftracker.core.model.SeriesInfo;
import io.jenkins.plugins.perftracker.core.model.SeriesPoint;
import io.jenkins.plugins.perftracker.core.model.Status;

import static io.jenkins.plugins.perftracker.core.verdict.History.*;
import static org.assertj.core.api.Assertions.*;

class BuildJudgePropertyTest {
    private static final List<Baseline> BASELINES = List.of(Baseline.previous(), Baseline.lastSuccessful(),
            Baseline.pinned(3), Baseline.window(5), Baseline.changePoint(0));

    @Property(tries = 100)
    void shouldNotDependOnTheUnitNorTheOrderOfTheHistory(@ForAll final long seed,
            @ForAll @DoubleRange(min = 0.01, max = 1000) final double unit) {
        Random random = new Random(seed);
        List<SeriesPoint> points = history(random, 1);
        List<SeriesPoint> scaled = new ArrayList<>(history(new Random(seed), unit));
        Collections.shuffle(scaled, random);
        Baseline baseline = BASELINES.get(random.nextInt(BASELINES.size()));

        SeriesVerdict plain = judge(baseline, points);
        SeriesVerdict other = judge(baseline, scaled);

        assertThat(other.outcome()).isEqualTo(plain.outcome());
        assertThat(other.baselineBuilds()).isEqualTo(plain.baselineBuilds());
        if (!Double.isNaN(plain.pValue())) {
            assertThat(other.pValue()).isCloseTo(plain.pValue(), within(1e-9));
            assertThat(other.change().change()).isCloseTo(plain.change().change(), within(1e-9));
        }
    }

    private static SeriesVerdict judge(final Baseline baseline, final List<SeriesPoint> points) {
        Map<SeriesInfo, List<SeriesPoint>> history = Map.of(new SeriesInfo(LOGIN, true), points);
        return new BuildJudge(VerdictOptions.of(baseline), values -> values.length / 2)
                .judge(12, history, Set.of(1, 2, 3, 5, 8), null).series().get(0);
    }

    private static List<SeriesPoint> history(final Random random, final double unit) {
        List<SeriesPoint> points = new ArrayList<>();
        double step = random.nextBoolean() ? 1.0 : 1.2;
        for (int build = 1; build <= 12; build++) {
            double level = build > 8 ? 100 * step : 100;
            points.add(new SeriesPoint(build, build, unit * level * (1 + 0.01 * random.nextGaussian()),
                    unit * (1 + random.nextDouble()), 10, Status.SUCCESS));
        }
        return points;
    }
}
