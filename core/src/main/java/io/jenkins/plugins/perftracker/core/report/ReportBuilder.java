package io.jenkins.plugins.perftracker.core.report;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePointDetector;
import io.jenkins.plugins.perftracker.core.compare.CompareOptions;
import io.jenkins.plugins.perftracker.core.compare.RunComparator;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.view.ComparisonView;
import io.jenkins.plugins.perftracker.core.view.ComparisonViews;
import io.jenkins.plugins.perftracker.core.view.TrendsView;
import io.jenkins.plugins.perftracker.core.view.TrendsViews;
import io.jenkins.plugins.perftracker.core.view.TrendsViews.BuildRef;
import io.jenkins.plugins.perftracker.core.view.TrendsViews.SeriesTrend;
import io.jenkins.plugins.perftracker.core.view.run.SafeLinks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the report of runs given oldest first: a comparison of the oldest run (the baseline) with the newest
 * ones, and trends with change points once there are at least {@value #MIN_TREND_RUNS} runs.
 */
public final class ReportBuilder {
    /** Fewer runs than this make no trend worth drawing. */
    static final int MIN_TREND_RUNS = 3;

    private final CompareOptions compareOptions;
    private final ChangePointDetector detector;
    private final int compared;

    /** @param compared how many runs the comparison holds: the oldest and the {@code compared − 1} newest */
    public ReportBuilder(final CompareOptions compareOptions, final ChangePointDetector detector, final int compared) {
        if (compared < 2 || compared > RunComparator.MAX_RUNS) {
            throw new IllegalArgumentException("2 to " + RunComparator.MAX_RUNS + " compared runs expected but got "
                    + compared);
        }
        this.compareOptions = compareOptions;
        this.detector = detector;
        this.compared = compared;
    }

    /**
     * The report's HTML for runs in build order: comparison, trends and, with a regression tag, its page. A single
     * run gets its results page instead: its tables and charts by group.
     */
    public String fromRuns(final String title, final List<RunLoader.LoadedRun> runs) {
        List<HtmlReport.Page> pages = new ArrayList<>();
        if (runs.size() == 1) {
            List<PerfRun> one = List.of(runs.get(0).run());
            pages.add(new HtmlReport.Page("comparison", "Results",
                    ComparisonViews.of(title, new RunComparator(compareOptions).compare(one), one)));
        }
        comparison(title, runs).ifPresent(c -> pages.add(new HtmlReport.Page("comparison", "Comparison", c)));
        if (runs.size() >= MIN_TREND_RUNS) {
            List<PerfRun> all = runs.stream().map(RunLoader.LoadedRun::run).toList();
            List<SeriesTrend> trends = History.ofRuns(builds(runs), all).detect(detector);
            pages.add(new HtmlReport.Page("trends", "Trends and change points",
                    TrendsViews.of(title, builds(runs), trends)));
            RegressionPage.of(title, all, trends).ifPresent(
                    r -> pages.add(new HtmlReport.Page("regression", "Regression tag", r)));
        }
        return HtmlReport.render(title, pages);
    }

    /** The report's HTML for a history (trends only). */
    public String fromHistory(final String title, final History history) {
        return HtmlReport.render(title, Optional.empty(),
                Optional.of(TrendsViews.of(title, history.builds(), history.detect(detector))));
    }

    /** The comparison page of the chosen runs, empty for a single run. */
    public Optional<ComparisonView> comparison(final String title, final List<RunLoader.LoadedRun> runs) {
        if (runs.size() < 2) {
            return Optional.empty();
        }
        List<PerfRun> chosen = comparedIndexes(runs.size(), compared).stream().map(i -> runs.get(i).run()).toList();
        return Optional.of(ComparisonViews.of(title, new RunComparator(compareOptions).compare(chosen), chosen));
    }

    /** The trends page over all runs, empty when there are too few. */
    public Optional<TrendsView> trends(final String title, final List<RunLoader.LoadedRun> runs) {
        if (runs.size() < MIN_TREND_RUNS) {
            return Optional.empty();
        }
        List<BuildRef> builds = builds(runs);
        History history = History.ofRuns(builds, runs.stream().map(RunLoader.LoadedRun::run).toList());
        return Optional.of(TrendsViews.of(title, builds, history.detect(detector)));
    }

    /** The oldest run and the {@code count − 1} newest, in order. */
    static List<Integer> comparedIndexes(final int runs, final int count) {
        List<Integer> indexes = new ArrayList<>();
        indexes.add(0);
        for (int i = Math.max(1, runs - count + 1); i < runs; i++) {
            indexes.add(i);
        }
        return indexes;
    }

    /**
     * Build labels: the run titles when they are unique, else the inputs' names; links from a "build" link, kept
     * only when it is an http(s) address by the rule the plugin's pages use ({@link SafeLinks}): result files are
     * untrusted, and a {@code java\tscript:} link must not reach the page.
     */
    public static List<BuildRef> builds(final List<RunLoader.LoadedRun> runs) {
        Set<String> titles = new HashSet<>();
        boolean unique = runs.stream().allMatch(r -> !r.run().getTitle().isEmpty() && titles.add(r.run().getTitle()));
        return runs.stream().map(r -> new BuildRef(unique ? r.run().getTitle() : r.source(),
                safe(r.run().getLinks().getOrDefault("build", "")))).toList();
    }

    private static String safe(final String url) {
        return SafeLinks.isWebAddress(url) ? url : "";
    }
}
