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
import io.jenkins.plugins.perftracker.core.report.SeriesDirections;
import io.jenkins.plugins.perftracker.core.view.TrendsViews.SeriesTrend;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** {@code detect HISTORY… [--json]}: change points per series over an Otava-style CSV or runs in build order. */
final class DetectCommand implements Command {
    static final Set<String> FLAGS = Set.of("--json", "--fail-on-regression");
    static final Set<String> OPTIONS = Set.of("--format", "--window", "--max-p", "--min-magnitude", "--mode",
            "--higher-is-better", "--lower-is-better", "--direction");

    @Override
    public int run(final List<String> arguments, final Context context) throws UsageException, BadInputException {
        Args args = Args.parse(arguments, FLAGS, OPTIONS);
        if (args.positional().isEmpty()) {
            throw new UsageException("a HISTORY expected: a CSV file, a directory of run files, or run files");
        }
        ChangePointOptions options = options(args);
        History history = withDirections(args, history(args, context));
        List<SeriesTrend> trends = history.detect(new ChangePointDetector(options));
        context.out().print(args.flag("--json") ? DetectOutput.json(history, trends)
                : DetectOutput.text(history, trends));
        boolean regressed = trends.stream().anyMatch(t -> t.changePoints().stream()
                .anyMatch(c -> isRegression(c, t.lessIsBetter())));
        return args.flag("--fail-on-regression") && regressed ? Main.REGRESSION : Main.OK;
    }

    private static ChangePointOptions options(final Args args) throws UsageException {
        ChangePointOptions defaults = ChangePointOptions.defaults();
        return defaults.withWindow((int) args.number("--window", defaults.window(), 4, 10_000))
                .withMaxPValue(args.number("--max-p", defaults.maxPValue(), 1e-12, 0.5))
                .withMinMagnitude(args.number("--min-magnitude", 0, 0, 100))
                .withMode(mode(args.option("--mode").orElse(null), defaults.mode()));
    }

    /** Any mode the detector has, by its name in any case (calibrated, rank, otava, …). */
    static ChangePointOptions.Mode mode(final String name, final ChangePointOptions.Mode defaultMode)
            throws UsageException {
        if (name == null) {
            return defaultMode;
        }
        return Arrays.stream(ChangePointOptions.Mode.values()).filter(m -> m.name().equalsIgnoreCase(name.strip()))
                .findFirst().orElseThrow(() -> new UsageException("--mode: one of " + modeNames()
                        + " expected but was '" + name + "'"));
    }

    private static String modeNames() {
        return Arrays.stream(ChangePointOptions.Mode.values()).map(m -> m.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("|"));
    }

    /** The history with the series turned the way the options say (a CSV cannot say "higher is better"). */
    private static History withDirections(final Args args, final History history) throws UsageException {
        try {
            return SeriesDirections.parse(args.option("--higher-is-better").orElse(null),
                    args.option("--lower-is-better").orElse(null), args.option("--direction").orElse(null))
                    .apply(history);
        }
        catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
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
        return "detect HISTORY.csv|DIR|RUN… [--json] [--fail-on-regression] [--mode " + modeNames()
                + "] [--window N] [--max-p P] [--min-magnitude M] [--higher-is-better REGEX] [--lower-is-better REGEX]"
                + " [--direction SERIES=up|down,…] [--format F]";
    }

    /** Every option with what it does and its default. */
    @Override
    public String help() {
        ChangePointOptions d = ChangePointOptions.defaults();
        return String.format(Locale.ROOT, "usage: perftracker %s%n%n"
                + "Change points per series over an Otava-style CSV (one row per build, oldest first), a directory of%n"
                + "run files (one run per file, in name order) or run files given oldest first.%n%n"
                + "  --json                    print JSON (schema in docs/cli.md) instead of a line per change point%n"
                + "  --fail-on-regression      exit 1 when a change point goes the worse way%n"
                + "  --mode M                  how a split's significance is computed: %s (default %s)%n"
                + "  --window N                points per sliding window, 4 to 10000 (default %d)%n"
                + "  --max-p P                 keep change points with p below P, 1e-12 to 0.5 (default %s)%n"
                + "  --min-magnitude M         ... or with a relative change above M, 0 to 100 (default 0: p only)%n"
                + "  --higher-is-better REGEX  series whose name matches are higher-is-better (throughput)%n"
                + "  --lower-is-better REGEX   series whose name matches are lower-is-better%n"
                + "  --direction S=up|down,…   exact series names: up = higher is better, down = lower is better%n"
                + "  --format F                read run files as format F (see docs/formats.md)%n"
                + "  --help                    this text%n%n"
                + "CSV series are lower-is-better unless chosen otherwise; run files carry their own direction.%n"
                + "Exit codes: 0 done, 1 regression found (with --fail-on-regression), 2 bad input or usage.%n",
                usage(), modeNames(), d.mode().name().toLowerCase(Locale.ROOT), d.window(),
                d.maxPValue());
    }
}
