package io.jenkins.plugins.perftracker.core.cli;

import io.jenkins.plugins.perftracker.core.changepoint.ChangePoint;
import io.jenkins.plugins.perftracker.core.changepoint.ChangePointDetector;
import io.jenkins.plugins.perftracker.core.changepoint.ChangePointOptions;
import io.jenkins.plugins.perftracker.core.ingest.Ingester;
import io.jenkins.plugins.perftracker.core.report.BadInputException;
import io.jenkins.plugins.perftracker.core.report.History;
import io.jenkins.plugins.perftracker.core.report.OtavaCsv;
import io.jenkins.plugins.perftracker.core.report.ReportBuilder;
import io.jenkins.plugins.perftracker.core.report.RunLoader;
import io.jenkins.plugins.perftracker.core.view.TrendsViews.SeriesTrend;

import java.util.List;
import java.util.Set;

/** {@code detect HISTORY… [--json]}: change points per series over an Otava-style CSV or runs in build order. */
final class DetectCommand implements Command {
    @Override
    public int run(final List<String> arguments, final Context context) throws UsageException, BadInputException {
        Args args = Args.parse(arguments, Set.of("--json", "--fail-on-regression"),
                Set.of("--format", "--window", "--max-p", "--min-magnitude"));
        if (args.positional().isEmpty()) {
            throw new UsageException("a HISTORY expected: a CSV file, a directory of run files, or run files");
        }
        ChangePointOptions defaults = ChangePointOptions.defaults();
        ChangePointOptions options = defaults
                .withWindow((int) args.number("--window", defaults.window(), 4, 10_000))
                .withMaxPValue(args.number("--max-p", defaults.maxPValue(), 1e-12, 0.5))
                .withMinMagnitude(args.number("--min-magnitude", 0, 0, 100));
        History history = history(args, context);
        List<SeriesTrend> trends = history.detect(new ChangePointDetector(options));
        context.out().print(args.flag("--json") ? DetectOutput.json(history, trends)
                : DetectOutput.text(history, trends));
        boolean regressed = trends.stream().anyMatch(t -> t.changePoints().stream()
                .anyMatch(c -> isRegression(c, t.lessIsBetter())));
        return args.flag("--fail-on-regression") && regressed ? Main.REGRESSION : Main.OK;
    }

    static boolean isRegression(final ChangePoint point, final boolean lessIsBetter) {
        return point.forwardChange() != 0 && point.forwardChange() > 0 == lessIsBetter;
    }

    private static History history(final Args args, final Context context) throws BadInputException {
        if (HistoryInputs.isCsv(args.positional(), context.base())) {
            return OtavaCsv.read(context.base().resolve(args.positional().get(0)), "");
        }
        List<RunLoader.LoadedRun> runs = new RunLoader(new Ingester(), context.base(), context.err()::println)
                .load(HistoryInputs.runs(args.positional(), context.base()), args.option("--format"));
        return History.ofRuns(ReportBuilder.builds(runs), runs.stream().map(RunLoader.LoadedRun::run).toList());
    }

    @Override
    public String usage() {
        return "detect HISTORY.csv|DIR|RUN… [--json] [--fail-on-regression] [--window N] [--max-p P]";
    }
}
