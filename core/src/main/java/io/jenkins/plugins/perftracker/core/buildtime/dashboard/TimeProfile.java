package io.jenkins.plugins.perftracker.core.buildtime.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.jenkins.plugins.perftracker.core.buildtime.BuildTimeRecord;

/**
 * Charts 7 and 8: the average job duration by the hour (UTC) and by the day of the week (Sun..Sat) the job
 * started, with one series each for the last week, month and year; independent of the selected timeframe.
 */
final class TimeProfile {
    private static final String[] SERIES = {"Last week", "Last month", "Last year"};
    private static final long SECONDS_PER_DAY = 86_400;
    /** 1970-01-01 was a Thursday: day 4 when Sunday is 0. */
    private static final long EPOCH_DAY_OF_WEEK = 4;
    private static final List<String> DAYS = List.of("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat");

    private final TimeWindow[] windows;
    private final AverageTable byHour = new AverageTable(24);
    private final AverageTable byDay = new AverageTable(7);

    TimeProfile(final Instant now) {
        windows = new TimeWindow[] {Timeframe.WEEK.window(now), Timeframe.MONTH.window(now),
            Timeframe.YEAR.window(now)};
    }

    /** A filtered record of any time; it counts in every window its finish falls into. */
    void add(final BuildTimeRecord record) {
        if (record.getStartedAt() == null) {
            return;
        }
        long second = record.getStartedAt().getEpochSecond();
        int hour = (int) Math.floorMod(second, SECONDS_PER_DAY) / 3600;
        int dayOfWeek = (int) Math.floorMod(Math.floorDiv(second, SECONDS_PER_DAY) + EPOCH_DAY_OF_WEEK, 7);
        double seconds = Fields.seconds(record.getDuration());
        for (int i = 0; i < windows.length; i++) {
            if (windows[i].contains(record.getFinishedAt())) {
                byHour.add(SERIES[i], hour, seconds);
                byDay.add(SERIES[i], dayOfWeek, seconds);
            }
        }
    }

    List<ChartModel> toCharts() {
        List<String> hours = new ArrayList<>();
        for (int h = 0; h < 24; h++) {
            hours.add(h + ":00");
        }
        return List.of(
                new ChartModel("buildtime-hour", 7, "Average buildtime per time of day", "bar", "seconds", hours,
                        series(byHour, 24)),
                new ChartModel("buildtime-weekday", 8, "Average buildtime per day of week", "bar", "seconds", DAYS,
                        series(byDay, 7)));
    }

    private static List<SeriesModel> series(final AverageTable table, final int slots) {
        List<SeriesModel> series = new ArrayList<>();
        for (String name : SERIES) {
            List<Double> values = new ArrayList<>(slots);
            for (int i = 0; i < slots; i++) {
                values.add(table.average(name, i));
            }
            series.add(new SeriesModel(name, null, values));
        }
        return series;
    }
}
