package io.jenkins.plugins.perftracker.core.cli;

import io.jenkins.plugins.perftracker.core.compare.CompareOptions;
import io.jenkins.plugins.perftracker.core.compare.Comparison;
import io.jenkins.plugins.perftracker.core.compare.Outcome;
import io.jenkins.plugins.perftracker.core.compare.RunComparator;
import io.jenkins.plugins.perftracker.core.ingest.Ingester;
import io.jenkins.plugins.perftracker.core.model.PerfRun;
import io.jenkins.plugins.perftracker.core.report.BadInputException;
import io.jenkins.plugins.perftracker.core.report.RunLoader;
import io.jenkins.plugins.perftracker.core.view.ComparisonView;
import io.jenkins.plugins.perftracker.core.view.ComparisonViews;
import io.jenkins.plugins.perftracker.core.view.ViewJson;

import java.util.List;
import java.util.Set;

/** {@code compare BASE NEW… [--json] [--fail-on-regression]}: every run against the base, benchstat-style. */
final class CompareCommand implements Command {
    @Override
    public int run(final List<String> arguments, final Context context) throws UsageException, BadInputException {
        Args args = Args.parse(arguments, Set.of("--json", "--fail-on-regression"),
                Set.of("--format", "--alpha", "--min-effect", "--title"));
        if (args.positional().size() < 2 || args.positional().size() > RunComparator.MAX_RUNS) {
            throw new UsageException("a BASE and 1 to " + (RunComparator.MAX_RUNS - 1) + " NEW runs expected");
        }
        CompareOptions options = options(args);
        Comparison comparison = args.flag("--json") ? printJson(args, options, context)
                : printText(args, options, context);
        return args.flag("--fail-on-regression") && regressedAgainstBase(comparison) ? Main.REGRESSION : Main.OK;
    }

    private static Comparison printJson(final Args args, final CompareOptions options, final Context context)
            throws BadInputException {
        List<PerfRun> runs = load(args, context);
        Comparison comparison = new RunComparator(options).compare(runs);
        context.out().println(ViewJson.write(
                ComparisonViews.of(args.option("--title").orElse("Comparison"), comparison, runs)));
        return comparison;
    }

    /** The runs (their tests and samples) are let go once compared: the text needs only the comparison. */
    private static Comparison printText(final Args args, final CompareOptions options, final Context context)
            throws BadInputException {
        Compared compared = compared(args, options, context);
        CompareText.print(compared.comparison(), compared.headers(), compared.sources(), context.out());
        return compared.comparison();
    }

    private record Compared(Comparison comparison, List<ComparisonView.RunHeader> headers, List<String> sources) {
    }

    private static Compared compared(final Args args, final CompareOptions options, final Context context)
            throws BadInputException {
        List<RunLoader.LoadedRun> loaded = loaded(args, context);
        List<PerfRun> runs = loaded.stream().map(RunLoader.LoadedRun::run).toList();
        return new Compared(new RunComparator(options).compare(runs), ComparisonViews.headers(runs),
                loaded.stream().map(RunLoader.LoadedRun::source).toList());
    }

    private static List<PerfRun> load(final Args args, final Context context) throws BadInputException {
        return loaded(args, context).stream().map(RunLoader.LoadedRun::run).toList();
    }

    private static List<RunLoader.LoadedRun> loaded(final Args args, final Context context)
            throws BadInputException {
        List<RunLoader.LoadedRun> loaded = new RunLoader(new Ingester(), context.base(), context.err()::println)
                .load(args.positional(), args.option("--format"));
        ReportCommand.warnAboutEmpty(loaded, context);
        return loaded;
    }

    private static CompareOptions options(final Args args) throws UsageException {
        CompareOptions defaults = CompareOptions.defaults();
        return new CompareOptions(args.number("--alpha", defaults.alpha(), 1e-9, 0.5),
                args.number("--min-effect", defaults.minEffect(), 0, 10), defaults.confidence());
    }

    /** Whether a series regressed against the base by the gate outcome (Holm-adjusted, family-wise). */
    static boolean regressedAgainstBase(final Comparison comparison) {
        return comparison.rows().stream().flatMap(r -> r.cells().stream())
                .anyMatch(c -> c.against() == 0 && c.gateOutcome() == Outcome.REGRESSED);
    }

    @Override
    public String usage() {
        return "compare BASE NEW… [--json] [--fail-on-regression] [--alpha A] [--min-effect E] [--format F]";
    }
}
