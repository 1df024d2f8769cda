package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.*;

/** The group × interval tables behind every chart. */
class TablesTest {
    @Test
    void shouldAverageAndSumPerGroupAndInterval() {
        AverageTable table = new AverageTable(3);
        table.add("b", 0, 10);
        table.add("b", 0, 20);
        table.add("a", 2, 5);
        table.add("", 1, 99);

        assertThat(table.groups()).containsExactly("a", "b");
        assertThat(table.average("b", 0)).isEqualTo(15.0);
        assertThat(table.average("b", 1)).isNull();
        assertThat(table.average("missing", 0)).isNull();
        assertThat(table.sum("b", 0)).isEqualTo(30.0);
        assertThat(table.sum("missing", 0)).isZero();
        assertThat(table.averagesPerGroup(g -> g.equals("a") ? "#fff" : null)).containsExactly(
                new SeriesModel("a", "#fff", java.util.Arrays.asList(null, null, 5.0)),
                new SeriesModel("b", null, java.util.Arrays.asList(15.0, null, null)));
        assertThat(table.sumsPerGroup().get(1).values()).containsExactly(30.0, 0.0, 0.0);
    }

    @Test
    void shouldGiveOneCategoryValuePerGroup() {
        AverageTable table = new AverageTable(1);
        table.add("10", 0, 4);
        table.add("9", 0, 2);
        table.add("9", 0, 4);

        assertThat(table.perGroup("avg", false)).isEqualTo(new SeriesModel("avg", null, List.of(3.0, 4.0)));
        assertThat(table.perGroup("sum", true)).isEqualTo(new SeriesModel("sum", null, List.of(6.0, 4.0)));
    }

    @Test
    void shouldCountDistinctKeysPerGroupAndInterval() {
        UniqueTable table = new UniqueTable(2);
        table.add("passed", 0, "1");
        table.add("passed", 0, "1");
        table.add("passed", 1, "1");
        table.add("failed", 1, "2");
        table.add("", 0, "3");

        assertThat(table.groups()).containsExactly("failed", "passed");
        assertThat(table.count("passed", 0)).isEqualTo(1);
        assertThat(table.count("passed", 1)).isEqualTo(1);
        assertThat(table.count("missing", 1)).isZero();
        assertThat(table.countsPerGroup(Colours::ofResult)).containsExactly(
                new SeriesModel("failed", Colours.RED, List.of(0.0, 1.0)),
                new SeriesModel("passed", Colours.GREEN, List.of(1.0, 1.0)));
    }

    @Test
    void shouldSumCountedJobsAndStagesIntoEvents() {
        UniqueTable counted = new UniqueTable(2);
        counted.add("org/a", 0, "1");
        counted.add("org/b", 1, "7");
        AverageTable stages = new AverageTable(2);
        stages.add("org/a", 0, 3);
        stages.add("org/c", 1, 2);

        ChartModel perInterval = EventsChart.perInterval(counted, stages, List.of("d1", "d2"));

        assertThat(perInterval.series()).containsExactly(new SeriesModel("org/a", null, List.of(4.0, 0.0)),
                new SeriesModel("org/b", null, List.of(0.0, 1.0)), new SeriesModel("org/c", null, List.of(0.0, 2.0)));
    }

    @Test
    void shouldKeepNullValuesInSeries() {
        SeriesModel series = new SeriesModel("s", null, java.util.Arrays.asList(1.0, null));

        assertThat(series.values()).containsExactly(1.0, null);
        assertThatThrownBy(() -> series.values().add(2.0)).isInstanceOf(UnsupportedOperationException.class);
    }
}
